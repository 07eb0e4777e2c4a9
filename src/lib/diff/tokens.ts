import type { Element, ElementContent, Root, RootContent } from 'hast';

/** A word, a run of whitespace, or one punctuation mark: the unit of a word-level diff. */
const TOKEN = /\s+|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Splits text into words, whitespace runs and single punctuation marks, losing nothing. */
export function tokenize(text: string): string[] {
	return text.match(TOKEN) ?? [];
}

/** True for a token that is a word (letters or digits), which the change summary counts. */
export function isWord(token: string): boolean {
	return /[\p{L}\p{N}]/u.test(token);
}

/** The text of a node and its descendants, like the DOM's `textContent`. */
export function textOf(node: Root | RootContent | ElementContent): string {
	if (node.type === 'text') return node.value;
	if ('children' in node) return node.children.map((child) => textOf(child as RootContent)).join('');
	return '';
}

/** Text with runs of whitespace collapsed and the ends trimmed: what a reader sees as "the same". */
export function normalise(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** True for an element, as opposed to text, comments and the rest. */
export function isElement(node: RootContent | ElementContent | undefined): node is Element {
	return node?.type === 'element';
}

/** The element children of a node, skipping whitespace between them. */
export function elementChildren(node: Root | Element): Element[] {
	return (node.children as (RootContent | ElementContent)[]).filter(isElement);
}

/**
 * A key that is equal for two blocks a reader would call identical: the tag, the link targets
 * and the normalised text. Whitespace-only edits give equal keys, so they are never shown.
 */
export function blockKey(node: Element): string {
	let key = keys.get(node);
	if (key === undefined) {
		key = keyOf(node);
		keys.set(node, key);
	}
	return key;
}

// A version's tree is compared with every other version of its notice: each block's key is
// worked out once.
const keys = new WeakMap<Element, string>();

function keyOf(node: Element): string {
	const links: string[] = [];
	const visit = (n: Element) => {
		if (n.tagName === 'a') links.push(String(n.properties['href'] ?? ''));
		elementChildren(n).forEach(visit);
	};
	visit(node);
	return `${node.tagName}|${links.join(' ')}|${normalise(textOf(node))}`;
}
