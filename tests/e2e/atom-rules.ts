/**
 * What an Atom feed lacks of what RFC 4287 requires, each said as a sentence; none when it is
 * valid. Runs in the browser, whose XML parser is strict (fast-xml-parser's validator lets
 * control characters and undefined entities through), so it uses nothing from outside itself.
 */
export function atomProblems(xml: string): string[] {
	const ATOM = 'http://www.w3.org/2005/Atom';
	const doc = new DOMParser().parseFromString(xml, 'application/xml');
	const error = doc.querySelector('parsererror');
	if (error) return [`It is not well-formed XML: ${error.textContent}`];
	const feed = doc.documentElement;
	if (feed.namespaceURI !== ATOM || feed.localName !== 'feed') return [`Its root is <${feed.tagName}>, not an Atom <feed>.`];
	const problems: string[] = [];
	const kids = (parent: Element, name: string) => [...parent.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
	const where = (el: Element) => (el === feed ? 'The feed' : `The entry ${kids(el, 'id')[0]?.textContent ?? 'with no id'}`);
	const one = (el: Element, name: string) => {
		const found = kids(el, name);
		if (found.length !== 1) problems.push(`${where(el)} has ${found.length} <${name}> elements, not one.`);
		return found[0];
	};
	const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
	const required = (el: Element) => {
		one(el, 'id');
		one(el, 'title');
		const updated = one(el, 'updated')?.textContent ?? '';
		if (!rfc3339.test(updated) || Number.isNaN(Date.parse(updated))) problems.push(`${where(el)} has <updated>${updated}</updated>, not an RFC 3339 date-time.`);
	};
	const authored = (el: Element) => kids(el, 'author').some((a) => kids(a, 'name').some((n) => (n.textContent ?? '').trim() !== ''));
	const links = (el: Element, rel: string) => kids(el, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === rel && l.getAttribute('href'));

	required(feed);
	if (links(feed, 'self').length === 0) problems.push('The feed has no <link rel="self">.');
	const entries = kids(feed, 'entry');
	for (const entry of entries) {
		required(entry);
		if (!authored(feed) && !authored(entry)) problems.push(`${where(entry)} has no <author> with a <name>, and neither has the feed.`);
		if (links(entry, 'alternate').length === 0) problems.push(`${where(entry)} has no <link rel="alternate">.`);
		if (kids(entry, 'summary').length + kids(entry, 'content').length === 0) problems.push(`${where(entry)} has neither <summary> nor <content>.`);
	}
	if (entries.length === 0 && !authored(feed)) problems.push('The feed has no entries and no <author> with a <name>.');
	const ids = [feed, ...entries].map((el) => kids(el, 'id')[0]?.textContent ?? '');
	for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`The id ${id} is used more than once.`);
	for (const el of doc.querySelectorAll('*')) {
		const lang = el.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang');
		if (lang === null) continue;
		try {
			Intl.getCanonicalLocales(lang);
		} catch {
			problems.push(`<${el.localName}> has xml:lang="${lang}", which is not a language tag.`);
		}
	}
	return problems;
}
