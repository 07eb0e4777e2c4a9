/** The URL schemes a notice may link to: the web, email and telephone. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

// Browsers drop ASCII tabs and newlines anywhere in a URL, and spaces and control characters at
// its ends, before reading its scheme (WHATWG URL, "basic URL parser"), so `java\tscript:` is
// `javascript:`. The allow-list reads URLs the same way, or a trick would slip past it.
const STRIPPED_INSIDE = /[\t\n\r]/g;
const STRIPPED_AT_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** A URL as a browser reads it, before resolving: the characters it ignores removed. */
export function browserUrl(url: string): string {
	return url.replace(STRIPPED_INSIDE, '').replace(STRIPPED_AT_ENDS, '');
}

/** The URL's scheme in lower case (`https`, `javascript`), or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
	return SCHEME.exec(browserUrl(url))?.[1]?.toLowerCase();
}

/** Whether a link may lead there: one of {@link LINK_SCHEMES}, or a page on this site. */
export function isAllowedLink(url: string): boolean {
	const scheme = urlScheme(url);
	return scheme === undefined ? true : (LINK_SCHEMES as readonly string[]).includes(scheme);
}

/**
 * Whether a page may load a resource (an image) from there: only a path from the site root, so
 * that no reader's browser contacts another host. Only the characters of a plain path are taken,
 * so no backslash, percent-encoding or whitespace can make it name another host.
 */
export function isLocalResource(url: string): boolean {
	return /^\/(?![/\\])[A-Za-z0-9._~!$&'()*+,;=:@/-]*$/.test(url);
}
