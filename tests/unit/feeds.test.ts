import { XMLParser } from 'fast-xml-parser';
import type { Element as HtmlElement, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { changeNote, hostileFeed, info, name, orgName } from '../hostile-feed.ts';

type XmlNode = Record<string, unknown>;
interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlNode[];
}

const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	trimValues: false,
	parseTagValue: false,
	// Numeric character references (&#9;) are decoded too, as any XML parser does.
	htmlEntities: true,
});

function elementOf(node: XmlNode): XmlElement | undefined {
	const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text' && !key.startsWith('?'));
	return name ? { name, attributes: (node[':@'] ?? {}) as Record<string, string>, children: node[name] as XmlNode[] } : undefined;
}

function* descendants(nodes: readonly XmlNode[]): Generator<XmlElement> {
	for (const node of nodes) {
		const element = elementOf(node);
		if (!element) continue;
		yield element;
		yield* descendants(element.children);
	}
}

const textOf = (element: XmlElement) => element.children.map((child) => String(child['#text'] ?? '')).join('');
const childrenNamed = (element: XmlElement, name: string) => element.children.flatMap((child) => elementOf(child) ?? []).filter((e) => e.name === name);
function child(element: XmlElement, name: string): XmlElement {
	const found = childrenNamed(element, name)[0];
	if (!found) throw new Error(`<${element.name}> has no <${name}>`);
	return found;
}

/** What a reader shows for a text construct: the text itself, or the text of the HTML it holds. */
function readerText(element: XmlElement): string {
	return element.attributes['type'] === 'html' ? toText(fromHtml(textOf(element), { fragment: true })) : textOf(element);
}

function htmlElements(tree: Root | HtmlElement): HtmlElement[] {
	return tree.children.flatMap((node) => (node.type === 'element' ? [node, ...htmlElements(node)] : []));
}

/** The elements a reader would render from a text construct: none for type="text". */
function renderedElements(element: XmlElement): HtmlElement[] {
	return element.attributes['type'] === 'html' ? htmlElements(fromHtml(textOf(element), { fragment: true })) : [];
}
const tagsOf = (elements: readonly HtmlElement[]) => elements.map((e) => e.tagName);

const xml = hostileFeed();
const feed = elementOf((parser.parse(xml) as XmlNode[]).find((node) => 'feed' in node)!)!;
const [newest, first] = childrenNamed(feed, 'entry') as [XmlElement, XmlElement];

describe('Atom feeds', () => {
	test('give back the change note, title and organisation name exactly as the editor wrote them', () => {
		expect(readerText(child(feed, 'title'))).toBe(info.title);
		expect(readerText(child(feed, 'subtitle'))).toBe(info.description);
		expect(textOf(child(child(feed, 'author'), 'name'))).toBe(orgName);
		expect(readerText(child(newest, 'title'))).toBe(`${name}: new version from 1 January 2025`);
		expect(readerText(child(first, 'title'))).toBe(`${name}: first version from 1 January 2024`);
		expect(textOf(child(child(newest, 'author'), 'name'))).toBe(orgName);
		expect(readerText(child(newest, 'summary'))).toBe(`In force from 1 January 2025. Major change: ${changeNote}`);
		const paragraphs = renderedElements(child(newest, 'content')).filter((e) => e.tagName === 'p');
		expect(paragraphs.map((p) => toText(p, { whitespace: 'pre' }))).toEqual([
			'In force from 1 January 2025.',
			`Major change: ${changeNote}`,
			'Read this version or see what changed.',
		]);
		expect(child(newest, 'category').attributes['label']).toBe('Major change');
	});

	// tests/e2e/feeds.spec.ts reads this feed with a strict XML parser too.
	test('hold none of the content’s markup, as XML or as the HTML a reader renders from titles, summaries and content', () => {
		const elements = new Set([...descendants([{ feed: feed.children, ':@': feed.attributes }])].map((e) => e.name));
		const attributes = new Set([...descendants(feed.children), feed].flatMap((e) => Object.keys(e.attributes)));
		const atomElements = ['feed', 'id', 'title', 'subtitle', 'updated', 'generator', 'link', 'author', 'name', 'entry', 'published', 'category', 'summary', 'content'];
		expect([...elements].filter((e) => !atomElements.includes(e))).toEqual([]);
		expect([...attributes].filter((a) => !['xmlns', 'xml:lang', 'rel', 'href', 'type', 'term', 'label'].includes(a))).toEqual([]);
		for (const entry of [newest, first]) {
			for (const name of ['title', 'summary']) expect(tagsOf(renderedElements(child(entry, name))), name).toEqual([]);
			const rendered = renderedElements(child(entry, 'content'));
			expect(tagsOf(rendered).filter((tag) => tag !== 'p' && tag !== 'a')).toEqual([]);
			for (const link of rendered.filter((e) => e.tagName === 'a')) {
				expect(Object.keys(link.properties)).toEqual(['href']);
				expect(String(link.properties['href'])).toMatch(/^https:\/\/example\.test\/evil\/website\//);
			}
		}
		for (const name of ['title', 'subtitle']) expect(tagsOf(renderedElements(child(feed, name))), name).toEqual([]);
	});

	test('refuse to write a character XML 1.0 cannot hold, rather than drop it or write a broken feed', () => {
		expect(() => hostileFeed('We now keep\u0007 less.')).toThrow(/U\+0007/);
	});
});
