import type { BlockContent, Heading, Root, RootContent } from 'mdast';
import type { ImportLog } from '../report.ts';
import { readBlock, shortList } from './blocks.ts';
import { removeChrome } from './chrome.ts';
import { closeUpRanks, headingAt, inCapitals } from './headings.ts';
import { joinLines } from './join.ts';
import { LABEL, linkify, unpunctuated, wordCount, type Unit } from './lines.ts';
import { markerOf, toBlocks } from './lists.ts';
import { detectShapes } from './shape.ts';
import { splitTables } from './tables.ts';

// Plain text has no markup, so its structure is read from layout, and each reading that could be
// wrong is reported as a doubt. In order: page chrome goes (chrome.ts); the file's shapes are
// found (shape.ts); tables are read from the raw lines (tables.ts); lines are joined into logical
// lines (join.ts); then each logical line is a heading (headings.ts), a block of lines that keep
// their breaks (blocks.ts), a run of list items or clauses (lists.ts), or a paragraph.

/** A "Label: value" line that states a fact ("Last updated: 2 May 2026"), not a title with a colon in it. */
const isField = (text: string) => {
	const label = LABEL.exec(text);
	return label !== null && (wordCount(label[2]!) <= 3 || /\d/.test(label[2]!));
};

/** True when the units next to `k` carry the numbers just before or after its own, at the same depth: a list, not headings. */
function inNumberedRun(units: readonly Unit[], k: number): boolean {
	const own = markerOf(units[k]!)?.number;
	if (!own) return false;
	return [-1, 1].some((step) => {
		const other = units[k + step] && markerOf(units[k + step]!)?.number;
		return other !== undefined && other.kind === own.kind && other.depth === own.depth && other.value === own.value + step && other.rest !== '' && !inCapitals(other.rest);
	});
}

/** Reads the logical lines of one stretch of text between tables into blocks and ranked headings. */
function readUnits(units: readonly Unit[], out: RootContent[], ranks: Map<Heading, number>, state: { lastRank: number; titled: boolean; afterHeading: boolean }, log: ImportLog, tableAfter: boolean): void {
	const noBlanks = units.every((u, k) => k === 0 || !u.blankBefore);
	for (let k = 0; k < units.length; ) {
		const unit = units[k]!;
		const context = { lastRank: state.lastRank, inRun: inNumberedRun(units, k), tableAfter, afterHeading: state.afterHeading, noBlanks };
		state.afterHeading = false;
		if (!state.titled) {
			state.titled = true;
			if (wordCount(unit.text) <= 15 && unpunctuated(unit.text) && !markerOf(unit) && !isField(unit.text)) {
				log.doubt('The first line was taken as the title', unit.text, unit.no);
				out.push({ type: 'heading', depth: 1, children: linkify(unit.text) });
				state.afterHeading = true;
				k++;
				continue;
			}
		}
		const heading = headingAt(units, k, context);
		if (heading) {
			if (heading.doubt) log.doubt(heading.doubt, heading.text, unit.no);
			if (!heading.doubt || inCapitals(heading.text)) state.lastRank = heading.rank;
			const node: Heading = { type: 'heading', depth: 2, children: linkify(heading.text) };
			ranks.set(node, heading.rank);
			out.push(node);
			state.afterHeading = true;
			k++;
			if (heading.listEnd) {
				log.doubt('Lines under a heading, each short and unfinished, were read as a list', units[k]!.text, units[k]!.no);
				out.push(shortList(units.slice(k, heading.listEnd)));
				k = heading.listEnd;
				state.afterHeading = false;
			}
			continue;
		}
		const block = markerOf(unit) ? undefined : readBlock(units, k, log);
		if (block) {
			out.push(...block.nodes);
			k = block.next;
			continue;
		}
		let end = k;
		while (end < units.length && markerOf(units[end]!) && (end === k || !headingAt(units, end, { ...context, inRun: inNumberedRun(units, end), afterHeading: false }))) end++;
		const blocks: BlockContent[] = end > k ? toBlocks(units.slice(k, end), log) : [{ type: 'paragraph', children: linkify(unit.text) }];
		out.push(...blocks);
		k = Math.max(end, k + 1);
	}
}

/** Reads plain text into mdast, reporting the shapes it found, what it removed, and each structure guessed from layout. */
export function readText(source: string, log: ImportLog): Root {
	const lines = removeChrome(source.split('\n'), log);
	const shapes = detectShapes(lines, log);
	const children: RootContent[] = [];
	const ranks = new Map<Heading, number>();
	const state = { lastRank: 3, titled: false, afterHeading: false };
	const segments = splitTables(lines, log);
	segments.forEach((segment, k) => {
		if (segment.kind === 'table') {
			state.titled = true;
			children.push(segment.table);
		} else readUnits(joinLines(segment.lines, shapes, log), children, ranks, state, log, segments[k + 1]?.kind === 'table');
	});
	const headings = [...ranks.keys()];
	closeUpRanks(headings.map((h) => ranks.get(h)!)).forEach((depth, k) => (headings[k]!.depth = depth as Heading['depth']));
	return { type: 'root', children };
}
