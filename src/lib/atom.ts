// A small, exact Atom 1.0 writer (RFC 4287), in place of the `feed` package. That package wrote
// every entry's title, summary and content as type="html" inside CDATA, so markup an editor
// typed in a change note or a name reached readers as HTML; it wrote no author, which RFC 4287
// requires; and its XML library turns a typed "&amp;" into "&". Here every text construct is
// type="text" except the content, whose HTML we build ourselves from escaped text, and every
// string is escaped for XML so that a parser gives back exactly what was written.

/** A link from a feed or an entry; `rel` as RFC 4287 section 4.2.7.2 defines it. */
export interface AtomLink {
	rel: 'alternate' | 'self';
	href: string;
	/** The media type of what the link leads to, such as `application/atom+xml`. */
	type?: string;
}

/** One entry. Dates are RFC 3339 date-times; `contentHtml` is HTML built with `escapeHtml`. */
export interface AtomEntry {
	id: string;
	title: string;
	updated: string;
	published: string;
	link: string;
	/** Names of the entry's authors: at least one, so an entry never inherits the wrong one. */
	authors: readonly string[];
	category: { term: string; label: string };
	summary: string;
	contentHtml: string;
}

/** A whole feed: its own details, and its entries in the order given. */
export interface AtomFeed {
	id: string;
	title: string;
	subtitle: string;
	updated: string;
	/** BCP 47 tag for the feed's own words, written as `xml:lang`. */
	lang: string;
	generator: string;
	links: readonly AtomLink[];
	authors: readonly string[];
	entries: readonly AtomEntry[];
}

// XML 1.0's Char production: anything else makes the document invalid, and no escape can carry it.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function checked(text: string): string {
	const bad = NOT_XML.exec(text);
	if (bad) {
		const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
		// The content check reports these to editors first; dropping one would change what they wrote.
		throw new Error(`A feed cannot hold the character U+${code}, which XML 1.0 does not allow, in "${text}".`);
	}
	return text;
}

// A carriage return is written as a reference because XML parsers turn a literal one into a line
// feed; in attributes, tabs and line feeds too, which parsers turn into spaces.
const reference = (c: string) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? `&#${c.charCodeAt(0)};`;
const inText = (text: string) => checked(text).replace(/[&<>\r]/g, reference);
const inAttribute = (text: string) => checked(text).replace(/[&<>"\t\n\r]/g, reference);

/** Escapes text for HTML (an attribute's value when `inAttribute`), to show as written in type="html" content. */
export const escapeHtml = (text: string, inAttribute = false) => text.replace(inAttribute ? /[&<>"]/g : /[&<>]/g, reference);

function element(name: string, attributes: Record<string, string | undefined>, text?: string): string {
	const attrs = Object.entries(attributes).flatMap(([key, value]) => (value === undefined ? [] : [` ${key}="${inAttribute(value)}"`]));
	return text === undefined ? `<${name}${attrs.join('')}/>` : `<${name}${attrs.join('')}>${inText(text)}</${name}>`;
}

const author = (name: string, indent: string) => `${indent}<author>${element('name', {}, name)}</author>`;

function entryXml(entry: AtomEntry): string {
	return [
		'  <entry>',
		`    ${element('id', {}, entry.id)}`,
		`    ${element('title', { type: 'text' }, entry.title)}`,
		`    ${element('link', { rel: 'alternate', type: 'text/html', href: entry.link })}`,
		`    ${element('published', {}, entry.published)}`,
		`    ${element('updated', {}, entry.updated)}`,
		...entry.authors.map((name) => author(name, '    ')),
		`    ${element('category', { term: entry.category.term, label: entry.category.label })}`,
		`    ${element('summary', { type: 'text' }, entry.summary)}`,
		`    ${element('content', { type: 'html' }, entry.contentHtml)}`,
		'  </entry>',
	].join('\n');
}

/** The feed as an Atom 1.0 document. Throws on a character that XML 1.0 cannot hold. */
export function atomXml(feed: AtomFeed): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${inAttribute(feed.lang)}">`,
		`  ${element('id', {}, feed.id)}`,
		`  ${element('title', { type: 'text' }, feed.title)}`,
		`  ${element('subtitle', { type: 'text' }, feed.subtitle)}`,
		`  ${element('updated', {}, feed.updated)}`,
		...feed.links.map((link) => `  ${element('link', { rel: link.rel, type: link.type, href: link.href })}`),
		...feed.authors.map((name) => author(name, '  ')),
		`  ${element('generator', {}, feed.generator)}`,
		...feed.entries.map(entryXml),
		'</feed>',
		'',
	].join('\n');
}
