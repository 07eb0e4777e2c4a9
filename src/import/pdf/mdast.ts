import type { Heading, List, ListItem, Root, RootContent, Table } from 'mdast';
import { linkify } from '../text/lines.ts';
import type { Block } from './layout.ts';

// Blocks become mdast as the other readers make it. List items nest by where their markers sit:
// further right is deeper. A run of "1." "2." "3." is a numbered list starting at the author's
// first number; a number out of sequence, or a letter or roman numeral, is kept as written at the
// start of the item's text, so no clause is renumbered.

/** Points within which two markers are at the same depth. */
const SAME_DEPTH = 2;

const paragraph = (text: string) => ({ type: 'paragraph' as const, children: linkify(text) });

/** The start number of a marker that Markdown can number, such as "3."; undefined otherwise. */
const numberOf = (marker: string) => (/^\d{1,3}\.$/.test(marker) ? Number(marker.slice(0, -1)) : undefined);

/** Whether an item with this marker can go on in this list without being renumbered. */
function fits(list: List, marker: string): boolean {
	const number = numberOf(marker);
	if (!list.ordered) return number === undefined;
	return number === (list.start ?? 1) + list.children.length;
}

/** Turns the layout's blocks into an mdast tree. */
export function toTree(blocks: readonly Block[]): Root {
	const root: Root = { type: 'root', children: [] };
	let lists: { x: number; list: List }[] = [];
	for (const block of blocks) {
		if (block.kind !== 'item') {
			lists = [];
			root.children.push(blockNode(block));
			continue;
		}
		while (lists.length > 0 && block.x < lists.at(-1)!.x - SAME_DEPTH) lists.pop();
		const top = lists.at(-1);
		const number = numberOf(block.marker);
		const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(number === undefined && !/^[-–—*•◦▪▫●○■□·‣⁃∙]$/u.test(block.marker) ? `${block.marker} ${block.text}` : block.text)] };
		if (top && Math.abs(block.x - top.x) <= SAME_DEPTH && fits(top.list, block.marker)) {
			top.list.children.push(item);
			continue;
		}
		const list: List = { type: 'list', ordered: number !== undefined, spread: false, children: [item], ...(number !== undefined ? { start: number } : {}) };
		const sibling = top && Math.abs(block.x - top.x) <= SAME_DEPTH;
		if (sibling) lists.pop();
		const parent = lists.at(-1)?.list.children.at(-1);
		if (parent) parent.children.push(list);
		else root.children.push(list);
		lists.push({ x: block.x, list });
	}
	return root;
}

function blockNode(block: Exclude<Block, { kind: 'item' }>): RootContent {
	if (block.kind === 'heading') return { type: 'heading', depth: block.depth as Heading['depth'], children: [{ type: 'text', value: block.text }] };
	if (block.kind === 'paragraph') return paragraph(block.text);
	const table: Table = {
		type: 'table',
		align: block.rows[0]!.map(() => null),
		children: block.rows.map((row) => ({ type: 'tableRow', children: row.map((cell) => ({ type: 'tableCell', children: linkify(cell) })) })),
	};
	return table;
}
