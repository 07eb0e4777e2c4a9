import type { Element, Root as HastRoot, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultHandlers, toMdast, type Handle } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { keepContent, type Keep } from './main-content.ts';
import { withoutMarkers } from './templates.ts';
import type { ImportLog } from './report.ts';

/** An HTML source read into mdast, with what the shared passes need from its head. */
export interface HtmlRead {
	tree: Root;
	/** The text a browser shows from the page's body, with template output unknown. */
	visible: string;
	/** The `<title>` element's text, a fallback when the page has no `<h1>`. */
	documentTitle?: string;
	/** `<meta name="description">`, a candidate summary. */
	description?: string;
}

const classes = (el: Element) => (Array.isArray(el.properties['className']) ? el.properties['className'].map(String) : []);
const attr = (el: Element, name: string) => (el.properties[name] === undefined ? '' : String(el.properties[name]));
const textOf = (node: Element | HastRoot) => toText(node).replace(/\s+/g, ' ').trim();
const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line;

/** Why an element is site chrome or cannot be imported, or undefined to keep it. */
function chromeReason(el: Element, inContent: boolean): string | undefined {
	const name = el.tagName;
	const role = attr(el, 'role');
	const marks = `${classes(el).join(' ')} ${attr(el, 'id')} ${attr(el, 'ariaLabel')}`.toLowerCase();
	if (name === 'script' || name === 'noscript') return 'script';
	if (name === 'style' || name === 'link') return 'style';
	if (name === 'template') return 'HTML template';
	if (el.properties['hidden'] !== undefined || attr(el, 'ariaHidden') === 'true' || /display\s*:\s*none/i.test(attr(el, 'style'))) return 'hidden element';
	if (name === 'nav' || role === 'navigation') return 'navigation';
	if (/breadcrumb/.test(marks)) return 'breadcrumbs';
	if (isCookieBanner(el, role, marks)) return 'cookie banner';
	if (name === 'a' && (/skip-?link/.test(marks) || (attr(el, 'href').startsWith('#') && /^skip to/i.test(textOf(el))))) return 'skip link';
	if (!inContent && (name === 'header' || role === 'banner') && !findElement(el, (e) => e.tagName === 'h1')) return 'site header';
	if (!inContent && (name === 'footer' || role === 'contentinfo')) return 'site footer';
	if (['button', 'input', 'select', 'textarea', 'option'].includes(name)) return 'form control';
	if (['iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'svg', 'map'].includes(name)) return 'embedded content';
	if (name === 'img' || name === 'picture') return 'image';
	return undefined;
}

/**
 * A cookie banner: marked as one (cookie-banner, cookie-consent, gdpr-banner), or marked "cookie"
 * and a dialog or holding buttons. A cookie notice's own sections and tables (`id="cookies-we-use"`,
 * `class="cookie-table"`) are its content, and kept.
 */
function isCookieBanner(el: Element, role: string, marks: string): boolean {
	if (/consent-banner|gdpr-banner|cookie-?(banner|bar|consent|message|popup|pop-up|prompt|modal|overlay|dialog)/.test(marks)) return true;
	if (!/cookie/.test(marks)) return false;
	return role === 'dialog' || role === 'alertdialog' || findElement(el, (e) => e.tagName === 'button' || e.tagName === 'form') !== undefined;
}

/** The first element below `node` (in document order) that passes `test`. */
function findElement(node: Element | HastRoot | undefined, test: (el: Element) => boolean): Element | undefined {
	for (const child of node?.children ?? []) {
		if (child.type !== 'element') continue;
		if (test(child)) return child;
		const found = findElement(child, test);
		if (found) return found;
	}
	return undefined;
}

/** Removes chrome and what cannot be imported, reporting each, and turns bold and italic classes into elements. */
function clean(parent: Element | HastRoot, inContent: boolean, keep: Keep | undefined, log: ImportLog): void {
	parent.children = parent.children.filter((child): boolean => {
		if (child.type === 'comment') {
			if (child.value.trim()) log.remove(child.value, 'HTML comment (not shown on the page)', lineOf(child));
			return false;
		}
		if (child.type !== 'element') return true;
		// With the content found, everything beside the path to it is chrome.
		if (keep && !inContent && !keep.elements.includes(child) && !findElement(child, (e) => keep.elements.includes(e))) {
			const text = textOf(child);
			if (text || child.tagName === 'script' || child.tagName === 'style') log.remove(text || `<${child.tagName}>`, `outside ${keep.label} (${chromeReason(child, false) ?? child.tagName})`, lineOf(child));
			return false;
		}
		const reason = chromeReason(child, inContent);
		if (reason) {
			const text = reason === 'image' ? `${attr(child, 'alt') || 'no alt text'} (${attr(child, 'src')})` : reason === 'script' || reason === 'style' ? `<${child.tagName}>${textOf(child) ? ` ${textOf(child)}` : ''}` : textOf(child) || `<${child.tagName}>`;
			log.remove(text, reason, lineOf(child));
			return false;
		}
		const marks = classes(child).join(' ');
		if (child.tagName === 'span' && /bold/i.test(marks)) child.tagName = 'strong';
		else if (child.tagName === 'span' && /italic/i.test(marks)) child.tagName = 'em';
		clean(child, inContent || keep?.elements.includes(child) === true || child.tagName === 'main' || child.tagName === 'article', keep, log);
		return true;
	});
}

/** Tables keep their caption as a "Table:" paragraph (which the site turns back into a caption), and say when they had no header row. */
function tableHandler(log: ImportLog): Handle {
	return (state, node) => {
		const rows: Element[] = [];
		const collect = (el: Element) => el.children.forEach((c) => c.type === 'element' && (c.tagName === 'tr' ? rows.push(c) : ['thead', 'tbody', 'tfoot'].includes(c.tagName) && collect(c)));
		collect(node);
		const first = rows[0]?.children.filter((c): c is Element => c.type === 'element') ?? [];
		if (first.length > 0 && !first.every((cell) => cell.tagName === 'th')) {
			log.doubt('A table had no header row: its first row is used as the header', first.map((c) => textOf(c)).join(' | '), lineOf(node));
		}
		const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
		const table = defaultHandlers.table(state, node);
		// Without <th>, the default handler adds an empty header row: the first row serves instead.
		const headerless = table && !Array.isArray(table) && table.type === 'table' && table.children[0]?.children.every((cell) => cell.children.length === 0);
		if (headerless && table.children.length > 1) table.children.shift();
		if (!caption || !textOf(caption)) return table;
		return [{ type: 'paragraph', children: [{ type: 'text', value: `Table: ${textOf(caption)}` }] }, ...(Array.isArray(table) ? table : table ? [table] : [])];
	};
}

/** Reads HTML (a whole page or a fragment) into mdast, removing and reporting site chrome, scripts and styles. */
export function readHtml(html: string, log: ImportLog): HtmlRead {
	const tree = fromHtml(html);
	const htmlElement = tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html');
	const part = (name: string) => htmlElement?.children.find((c): c is Element => c.type === 'element' && c.tagName === name);
	const head = part('head');
	const body = part('body') ?? tree;
	const title = findElement(head, (el) => el.tagName === 'title');
	const description = findElement(head, (el) => el.tagName === 'meta' && attr(el, 'name').toLowerCase() === 'description');
	for (const child of head?.children ?? []) {
		if (child.type === 'element' && ['script', 'style'].includes(child.tagName)) log.remove(`<${child.tagName}> in the page's head`, child.tagName, lineOf(child));
	}
	const { tree: mdast, visible } = toTree(body, false, log);
	return {
		tree: mdast,
		visible,
		...(title && textOf(title) ? { documentTitle: withoutMarkers(textOf(title)) } : {}),
		...(description && attr(description, 'content').trim() ? { description: attr(description, 'content').trim() } : {}),
	};
}

/** Reads a fragment of HTML found inside Markdown into mdast content, with the same cleaning. */
export function readHtmlFragment(html: string, log: ImportLog): { tree: Root; visible: string } {
	return toTree(fromHtml(html, { fragment: true }), true, log);
}

/** The visible text of `container`, then its content cleaned and turned into mdast. */
function toTree(container: Element | HastRoot, inContent: boolean, log: ImportLog): { tree: Root; visible: string } {
	const visible = withoutMarkers(toText(container));
	clean(container, inContent, inContent ? undefined : keepContent(container, log), log);
	const root: HastRoot = { type: 'root', children: container.children as RootContent[] };
	return { tree: toMdast(root, { handlers: { table: tableHandler(log), dl: definitionList } }) as Root, visible };
}

/**
 * A definition list as definition blocks: each term in bold, its definition on the next line. A
 * definition holding blocks (paragraphs, lists) keeps the default mapping, a list of terms.
 */
const definitionList: Handle = (state, node) => {
	const items = node.children.flatMap((child) => (child.type === 'element' && child.tagName === 'div' ? child.children : [child])).filter((c): c is Element => c.type === 'element' && (c.tagName === 'dt' || c.tagName === 'dd'));
	const phrasing = items.map((item) => state.all(item));
	if (phrasing.some((nodes) => nodes.some((n) => !PHRASING.has(n.type)))) return defaultHandlers.dl(state, node);
	const paragraphs: Paragraph[] = [];
	items.forEach((item, k) => {
		const content = phrasing[k] as PhrasingContent[];
		if (item.tagName === 'dt') paragraphs.push({ type: 'paragraph', children: [{ type: 'strong', children: content }] });
		else if (paragraphs.length > 0) paragraphs.at(-1)!.children.push({ type: 'break' }, ...content);
		else paragraphs.push({ type: 'paragraph', children: content });
	});
	return paragraphs;
};

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'inlineCode', 'break', 'image']);
