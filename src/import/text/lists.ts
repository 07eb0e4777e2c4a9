import type { BlockContent, List, ListItem, Paragraph } from 'mdast';
import type { ImportLog } from '../report.ts';
import { BULLET, linkify, type Unit } from './lines.ts';
import { clauseNumber, type ClauseNumber } from './numbers.ts';

// Lists and clauses keep the numbers a reader sees. Markdown numbers an ordered list itself, from
// its first number up, so a run is written as an ordered list only when its numbers already run
// that way ("1." "2." "3."); otherwise, and for clause numbers such as 1.2 or (a), each item is a
// paragraph that starts with its number as written, which the writer escapes so it stays text.

/** A list item's marker: a bullet, or a clause number. */
export interface Marker {
	bullet: boolean;
	number?: ClauseNumber;
	rest: string;
}

/** The bullet or clause number a unit starts with; a bullet before a clause number ("- 1.1 …") gives way to the number. */
export function markerOf(unit: Unit): Marker | undefined {
	const bullet = BULLET.exec(unit.text);
	const number = clauseNumber(bullet ? bullet[2]! : unit.text);
	if (number && !number.bare) return { bullet: false, number, rest: number.rest };
	return bullet ? { bullet: true, rest: bullet[2]! } : undefined;
}

const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: linkify(value) });
/** A plain "1." or "1)" number, which Markdown can write as an ordered list item. */
const listable = (n: ClauseNumber | undefined) => n?.kind === 'decimal' && n.depth === 1 && !n.bare;

/** Builds the blocks for a run of marker units: nested lists by indentation, clauses as numbered paragraphs. */
export function toBlocks(units: readonly Unit[], log: ImportLog): BlockContent[] {
	const out: BlockContent[] = [];
	const numbers = new Map<List, ClauseNumber[]>();
	const stack: { indent: number; list: List }[] = [];
	for (const unit of units) {
		const marker = markerOf(unit)!;
		if (BULLET.test(unit.text) && marker.number) log.doubt('A bullet before a clause number was dropped: the number is what readers of the original saw', unit.text, unit.no);
		while (stack.length > 0 && unit.indent < stack.at(-1)!.indent) stack.pop();
		const top = stack.at(-1);
		const holder = top && unit.indent > top.indent ? top.list.children.at(-1) : undefined;
		if (!top || (!holder && top.indent !== unit.indent)) stack.length = 0;
		if (!marker.bullet && !listable(marker.number)) {
			// A clause, (a) or 1.2: a paragraph of its own, inside the list item above when indented under one.
			if (!holder) stack.length = 0;
			(holder ? holder.children : out).push(paragraph(`${marker.number!.label} ${marker.rest}`));
			continue;
		}
		const same = stack.at(-1);
		if (!same || holder || same.list.ordered !== !marker.bullet) {
			const list: List = { type: 'list', ordered: !marker.bullet, spread: false, children: [] };
			if (marker.number) list.start = marker.number.value;
			if (!holder) stack.length = 0;
			(holder ? holder.children : out).push(list);
			stack.push({ indent: unit.indent, list });
		}
		const list = stack.at(-1)!.list;
		list.children.push({ type: 'listItem', spread: false, children: [paragraph(marker.rest)] });
		if (marker.number) numbers.set(list, [...(numbers.get(list) ?? []), marker.number]);
	}
	return keepNumbers(out, numbers, log);
}

/** Replaces each ordered list whose numbers do not run from its first one up (which Markdown would renumber) with its items as paragraphs that start with their numbers as written. */
function keepNumbers(blocks: BlockContent[], numbers: ReadonlyMap<List, ClauseNumber[]>, log: ImportLog): BlockContent[] {
	return blocks.flatMap((block): BlockContent[] => {
		if (block.type !== 'list') return [block];
		for (const item of block.children) item.children = keepNumbers(item.children as BlockContent[], numbers, log) as ListItem['children'];
		const written = numbers.get(block) ?? [];
		const delimiter = written[0]?.label.slice(-1);
		if (!block.ordered || written.every((n, k) => n.value === written[0]!.value + k && n.label.endsWith(delimiter!))) return [block];
		log.doubt('A numbered list skips or repeats a number: its items keep their numbers as text, so none changes', written.map((n) => n.label).join(' '));
		return block.children.flatMap((item, k) => {
			const first = item.children[0];
			if (first?.type === 'paragraph') first.children.unshift({ type: 'text', value: `${written[k]!.label} ` });
			return item.children as BlockContent[];
		});
	});
}
