import type { Element, Root as HastRoot, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { ImportLog } from './report.ts';

/** The part of a page that holds the notice, and how the report names it. */
export interface MainContent {
	element: Element;
	/** How it was found: a `<main>` (or role=main), a lone `<article>`, or the densest block of text. */
	kind: 'main' | 'article' | 'densest';
	/** For the report: "the page's <main>", "the densest block of text, <div class="content">". */
	description: string;
}

type Parent = Element | HastRoot;

const attr = (el: Element, name: string) => (el.properties[name] === undefined ? '' : String(el.properties[name]));
const classes = (el: Element) => (Array.isArray(el.properties['className']) ? el.properties['className'].map(String) : []);
const elements = (node: Parent) => (node.children as RootContent[]).filter((c): c is Element => c.type === 'element');

/** Every element below `node` that passes `test`, in document order, without looking inside a match. */
function findAll(node: Parent, test: (el: Element) => boolean): Element[] {
	return elements(node).flatMap((child) => (test(child) ? [child] : findAll(child, test)));
}

/** An element as the report names it: its tag with its id, or else its classes. */
export function describeElement(el: Element): string {
	const id = attr(el, 'id');
	const names = classes(el).join(' ');
	return `<${el.tagName}${id ? ` id="${id}"` : names ? ` class="${names}"` : ''}>`;
}

// Text that is never shown, and text that is there for the site rather than the notice.
const UNSEEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link']);
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'menu']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const CHROME_MARKS = /\b(?:sidebar|side-bar|menu|navbar|masthead|breadcrumbs?|site-footer|footer|share|social|related)\b/;
const BLOCKS = new Set(['body', 'div', 'section', 'article', 'main']);
const PARAGRAPH_BONUS = 20;

const isHidden = (el: Element) => el.properties['hidden'] !== undefined || attr(el, 'ariaHidden') === 'true' || /display\s*:\s*none/i.test(attr(el, 'style'));
const isChrome = (el: Element) => CHROME.has(el.tagName) || CHROME_ROLES.has(attr(el, 'role')) || CHROME_MARKS.test(`${classes(el).join(' ')} ${attr(el, 'id')}`.toLowerCase());

/**
 * Scores every block below `node` and returns the best, readability-style: a block's score is its
 * text outside links and chrome, plus a bonus for each paragraph, less its link text and the text
 * of the navigation, headers, footers, asides and forms inside it. The text a block leaves out is
 * simply not in its score, so a block wins over its parent only by leaving out more chrome than
 * content; on a tie the outer block wins, so nothing is dropped for no gain.
 */
function densest(node: Parent): Element | undefined {
	const best: { el?: Element; score: number } = { score: -Infinity };
	const measure = (el: Element, noisy: boolean): { text: number; noise: number; paragraphs: number } => {
		const total = { text: 0, noise: 0, paragraphs: 0 };
		if (UNSEEN.has(el.tagName) || isHidden(el)) return total;
		const inNoise = noisy || el.tagName === 'a' || isChrome(el);
		for (const child of el.children) {
			if (child.type === 'text') total[inNoise ? 'noise' : 'text'] += child.value.replace(/\s+/g, ' ').trim().length;
			if (child.type !== 'element') continue;
			const part = measure(child, inNoise);
			total.text += part.text;
			total.noise += part.noise;
			total.paragraphs += part.paragraphs;
		}
		if (el.tagName === 'p' && !inNoise && total.text >= PARAGRAPH_BONUS) total.paragraphs += 1;
		const score = total.text + PARAGRAPH_BONUS * total.paragraphs - total.noise;
		// Children are compared before their parent, so on a tie the parent takes over.
		if (BLOCKS.has(el.tagName) && !inNoise && score >= best.score) Object.assign(best, { el, score });
		return total;
	};
	const root: Element = node.type === 'element' ? node : { type: 'element', tagName: 'body', properties: {}, children: node.children as Element['children'] };
	measure(root, false);
	return best.el !== root ? best.el : undefined;
}

/**
 * Finds the notice in a page's body: its `<main>` or `[role=main]`, else its one `<article>`, else
 * the densest block of text. Undefined when the body as a whole is the best there is.
 */
export function findMainContent(body: Parent): MainContent | undefined {
	const main = findAll(body, (el) => el.tagName === 'main' || attr(el, 'role') === 'main')[0];
	if (main) return { element: main, kind: 'main', description: main.tagName === 'main' ? "the page's <main>" : `the page's ${describeElement(main)} with role="main"` };
	// Several articles are a list of posts or cards, not one notice.
	const articles = findAll(body, (el) => el.tagName === 'article');
	if (articles.length === 1) return { element: articles[0]!, kind: 'article', description: "the page's <article>" };
	const block = densest(body);
	return block ? { element: block, kind: 'densest', description: `the densest block of text, ${describeElement(block)}` } : undefined;
}

/** The elements to keep when a page's content was found, and how the removals outside them are labelled. */
export interface Keep {
	elements: Element[];
	/** "the page's <main>", "the densest block of text". */
	label: string;
}

/**
 * What to keep of a page: its main content, as findMainContent finds it, recorded in the log. A page's `<h1>` outside
 * an article or the densest block, when the block has none of its own, is kept as the title.
 */
export function keepContent(body: Parent, log: ImportLog): Keep | undefined {
	const found = findMainContent(body);
	if (!found) return undefined;
	log.took(found.description);
	if (found.kind === 'main') return { elements: [found.element], label: "the page's <main>" };
	if (found.kind === 'densest') log.doubt(`The page has no <main> or <article>: the notice was taken to be ${found.description}`, toText(found.element));
	const isH1 = (el: Element) => el.tagName === 'h1';
	const title = findAll(found.element, isH1).length > 0 ? undefined : findAll(body, isH1)[0];
	return { elements: title ? [title, found.element] : [found.element], label: found.kind === 'article' ? "the page's <article>" : 'the densest block of text' };
}
