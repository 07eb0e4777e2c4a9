// The site's security policy, written once: Base.astro puts the Content Security Policy and the
// referrer policy in every page's <head>, and the build writes the same policy, with the
// directives a <meta> cannot carry, as response headers (`_headers`, and the nginx and Apache
// lines in the README). Decision 0010 explains each choice.

/**
 * What a page may run: nothing (every reading page), its own script (a history page's compare
 * form), or the search (its script, and Pagefind's WebAssembly, fetches and worker).
 */
export type PageScripts = 'none' | 'own' | 'search';

/** Every kind of page, from the strictest policy to the widest. */
export const PAGE_SCRIPTS: readonly PageScripts[] = ['none', 'own', 'search'];

/**
 * The Content Security Policy of a page, as directives. Everything is refused unless allowed:
 * styles and images only from the site itself, so a page can load nothing from another host, and
 * scripts only where the page has its own. No inline script or style is allowed: the build writes
 * none (astro.config.mjs turns inlining off). A notice's JSON-LD (`<script type="application/ld+json">`)
 * is not a script but an HTML data block, which browsers never run, so script-src does not apply to
 * it. `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly on the search page and in its
 * worker; it allows no JavaScript `eval`.
 */
export function cspDirectives(scripts: PageScripts): (readonly [string, ...string[]])[] {
	const search = scripts === 'search' ? "'self'" : "'none'";
	return [
		['default-src', "'none'"],
		['script-src', ...({ none: ["'none'"], own: ["'self'"], search: ["'self'", "'wasm-unsafe-eval'"] } as const)[scripts]] as [string, ...string[]],
		['style-src', "'self'"],
		// No data: URLs: no stylesheet or page uses one, and they are a way to smuggle content in.
		['img-src', "'self'"],
		// Pagefind fetches its index, fragments and WebAssembly, and runs a worker.
		['connect-src', search],
		['worker-src', search],
		['object-src', "'none'"],
		['base-uri', "'none'"],
		['form-action', "'self'"],
	];
}

/** Directives that browsers ignore in a <meta> policy, so they are sent only as headers. */
export const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [['frame-ancestors', "'none'"]];

const serialise = (directives: readonly (readonly string[])[]) => directives.map((d) => d.join(' ')).join('; ');

/** The policy in a page's `<meta http-equiv="Content-Security-Policy">`. */
export const metaCsp = (scripts: PageScripts = 'none') => serialise(cspDirectives(scripts));

/**
 * The policy of a page served by `astro dev`, which is never published: the built page's, except
 * that the dev server's own client may run (a script from the site, which reloads the page when
 * a file is saved, over a connection back to the site) and the styles it puts in the page, as
 * inline style elements, apply. Everything from other hosts stays refused, so a preview still
 * shows what would not load once published.
 */
export function devCsp(scripts: PageScripts = 'none'): string {
	const dev: Record<string, readonly string[]> = {
		'script-src': scripts === 'search' ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"],
		'style-src': ["'self'", "'unsafe-inline'"],
		'connect-src': ["'self'"],
	};
	return serialise(cspDirectives(scripts).map(([name, ...values]) => [name, ...(dev[name] ?? values)]));
}

/**
 * The policy sent as a `Content-Security-Policy` header, the same for every address: the widest
 * page policy, the search page's, and the header-only directives. A browser enforces both the
 * header and the page's own <meta>, so each page is held to the stricter of the two: reading pages
 * still run nothing. One header for all keeps `_headers` to one rule (see headersFile).
 */
export const HEADER_CSP = serialise([...cspDirectives('search'), ...HEADER_ONLY_DIRECTIVES]);

/** Sends no address to other sites when a reader follows a link: which notice someone read is their business. */
export const REFERRER_POLICY = 'no-referrer';

// Powerful features, each denied to the page and to anything it might embed. Only features that
// Chromium recognises are listed, as it warns in the console about any other.
const DENIED_FEATURES = [
	'accelerometer', 'autoplay', 'camera', 'display-capture', 'encrypted-media', 'fullscreen', 'geolocation',
	'gyroscope', 'hid', 'idle-detection', 'magnetometer', 'microphone', 'midi', 'payment', 'picture-in-picture',
	'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
];

/** Every response header the site should be served with, by name, in the order they are written. */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
	['Content-Security-Policy', HEADER_CSP],
	['Referrer-Policy', REFERRER_POLICY],
	['X-Content-Type-Options', 'nosniff'],
	['Permissions-Policy', DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
];

/**
 * The `_headers` file for Netlify and Cloudflare Pages: every header on every address under the
 * base path. One rule for every page: hosts differ on what two matching rules do to one header
 * (Cloudflare joins them, which would enforce both), and each page's <meta> narrows it anyway.
 */
export function headersFile(base: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return [
		'# Written by the build from src/lib/security-headers.ts: edit that, not this file.',
		`${prefix}*`,
		...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
		'',
	].join('\n');
}
