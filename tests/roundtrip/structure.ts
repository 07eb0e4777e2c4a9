import type { List, ListItem, Nodes, Root } from 'mdast';
import { words } from '../../src/import/recall.ts';

// The structure a round trip must keep, read from an mdast tree: the original's (a notice's MDX,
// or a corpus page's HTML read block by block) and each import's alike, so both sides are read
// by the same rules and compared in score.ts.

/** A heading: its normalised text and its level (1 for the title). */
export interface HeadingEntry {
	text: string;
	depth: number;
}

/** What a notice's structure is, block by block, each text normalised as word recall normalises it. */
export interface Structure {
	/** Headings in order, the title first at level 1 when there is one. */
	headings: HeadingEntry[];
	/** List items' own text, without the lists nested in them. */
	items: string[];
	/** Table cells that have text. */
	cells: string[];
	/** Blocks with line breaks in them (an address), as their lines joined by " / ". */
	lineBlocks: string[];
	/** Clause numbers as written, each with the first words after it: "1.2 what we collect". */
	clauses: string[];
	/** The text a reader sees, without the numbers a numbered list adds. */
	text: string;
}

/** Words as recall.ts counts them, joined by single spaces: how two texts are compared. */
export const normalise = (text: string) => words(text).join(' ');

/** Words of a clause kept with its number, enough to tell one clause from another. */
const CLAUSE_WORDS = 6;

// A clause number is a written one: 1.2 or 2.3.1 (a trailing dot allowed), 1. or 1), a bare 1 before
// a capital, or (a), (iv), (3). Four digits are a year, and a bare number before a small letter ("3 months") a quantity.
const CLAUSE = /^(?:(\d{1,3}(?:\.\d{1,3})+)\.?|(\d{1,3})[.)]|(\d{1,3})(?=\s+\p{Lu})|\((\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\))(?=\s)/u;

/** The clause number at the start of `text`, and the text after it, or undefined when it has none. */
export function clauseOf(text: string): { number: string; rest: string } | undefined {
	const trimmed = text.trimStart();
	const match = CLAUSE.exec(trimmed);
	if (!match) return undefined;
	const number = match[1] ?? match[2] ?? match[3] ?? `(${match[4]})`;
	return { number, rest: trimmed.slice(match[0].length) };
}

const clauseKey = (number: string, rest: string) => `${number} ${words(rest).slice(0, CLAUSE_WORDS).join(' ')}`.trim();

/** The text of a node as a reader sees it; lines of a line-broken block separated by "\n". */
function textOf(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
	if (node.type === 'break') return '\n';
	if (!('children' in node)) return '';
	const block = !['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference'].includes(node.type);
	return (node.children as Nodes[]).map(textOf).join(block ? '\n' : '');
}

/**
 * Reads the structure of `tree`. `title`, when given, is the notice's title (a frontmatter's or an
 * importer's), counted as its first heading. Ordered list items count as clauses on the output side
 * only (`listNumbers`), since there a numbered line may have become a numbered list.
 */
export function structureOf(tree: Root, title?: string, { listNumbers = false } = {}): Structure {
	const found: Structure = { headings: [], items: [], cells: [], lineBlocks: [], clauses: [], text: '' };
	if (title) found.headings.push({ text: normalise(title), depth: 1 });
	const clause = (text: string, listNumber?: number) => {
		const written = clauseOf(text);
		if (written) found.clauses.push(clauseKey(written.number, written.rest));
		else if (listNumber !== undefined) found.clauses.push(clauseKey(String(listNumber), text));
	};
	const visit = (node: Nodes, list?: List, index = 0) => {
		if (node.type === 'heading') {
			found.headings.push({ text: normalise(textOf(node)), depth: node.depth });
			clause(textOf(node));
		} else if (node.type === 'listItem') {
			const own = textOf({ ...node, children: node.children.filter((c) => c.type !== 'list') } as ListItem);
			found.items.push(normalise(own));
			clause(own, listNumbers && list?.ordered ? (list.start ?? 1) + index : undefined);
		} else if (node.type === 'tableCell') {
			const text = normalise(textOf(node));
			if (text) found.cells.push(text);
		} else if (node.type === 'paragraph' && list === undefined) {
			clause(textOf(node));
		}
		if ((node.type === 'paragraph' || node.type === 'tableCell') && node.children.some((c) => c.type === 'break')) {
			found.lineBlocks.push(textOf(node).split('\n').map(normalise).filter(Boolean).join(' / '));
		}
		if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell' || !('children' in node)) return;
		// A list item's first paragraph is the item itself: its clause is read once, as the item's.
		const inItem = node.type === 'listItem';
		(node.children as Nodes[]).forEach((child, k) => visit(child, node.type === 'list' ? node : inItem ? (list ?? { type: 'list', children: [] }) : undefined, k));
	};
	visit(tree);
	found.text = `${title ?? ''}\n${textOf(tree)}`;
	return found;
}
