import type { Line } from './lines.ts';
import { readTable } from './tables.ts';

/** A block of the notice as the layout reads it, before it becomes mdast. */
export type Block =
	| { kind: 'heading'; depth: number; text: string }
	| { kind: 'paragraph'; text: string }
	| { kind: 'item'; x: number; marker: string; text: string }
	| { kind: 'table'; rows: string[][] };

/** A guess the layout made that the editor should check. */
export interface LayoutDoubt {
	message: string;
	text: string;
}

const BULLET = /^([•◦▪▫●○■□·‣⁃∙]|[-–—*](?=\s))\s*(\S.*)$/u;
const NUMBER = /^(\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,5})[.)])\s+(\S.*)$/;
const ENDS_SENTENCE = /[.!?:;)]$/;

/** The most common value, weighted: the body text's size, the usual line spacing. */
export function mode(values: Iterable<[number, number]>): number | undefined {
	const counts = new Map<number, number>();
	for (const [value, weight] of values) counts.set(value, (counts.get(value) ?? 0) + weight);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

/** Joins a line to the text before it: a word broken with a hyphen at the line end is made whole. */
export function joinLines(before: string, after: string, compounds: ReadonlySet<string>): string {
	const broken = /(\p{L}+)([-‐\u00AD])$/u.exec(before);
	const next = /^\p{Ll}[\p{L}]*/u.exec(after);
	if (!broken || !next) return `${before} ${after}`;
	// A hyphen the author wrote ("work-day") stays when the document has that word elsewhere.
	const keep = broken[2] === '-' && compounds.has(`${broken[1]}-${next[0]}`.toLowerCase());
	return `${before.slice(0, -1)}${keep ? '-' : ''}${after}`;
}

/** The hyphenated words written inside lines, to tell an author's hyphen from a line-end one. */
const compoundsOf = (lines: readonly Line[]) => new Set(lines.flatMap((line) => line.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)+/gu) ?? []));

const isHeadingStyle = (line: Line, body: number) => line.segments.length === 1 && line.text.length <= 120 && !BULLET.test(line.text) && (line.size >= body * 1.15 || (line.bold && line.size >= body * 0.95));

/** Points within which a line starts at the body's left margin. */
const AT_MARGIN = 3;

/**
 * The body's left margin and right edge: the leftmost place where a good share of the body text
 * starts (list items, indented, can outweigh the paragraphs at the margin), and where its longest
 * lines end.
 */
function textColumn(lines: readonly Line[], body: number): { left: number; right: number } {
	const bodyLines = lines.filter((line) => line.size === body);
	const chars = new Map<number, number>();
	for (const line of bodyLines) chars.set(Math.round(line.x), (chars.get(Math.round(line.x)) ?? 0) + line.text.length);
	const total = [...chars.values()].reduce((sum, n) => sum + n, 0);
	const left = Math.min(...[...chars].filter(([, n]) => n >= total * 0.15).map(([x]) => x), mode(chars) ?? 0);
	const ends = bodyLines.map((line) => line.segments.at(-1)!.end).sort((a, b) => a - b);
	return { left, right: ends[Math.floor(ends.length * 0.9)] ?? left };
}

/**
 * Whether a line in a heading's style is placed as a heading: at the left margin (an indented
 * bold line leads a list item), or, when larger than the body, centred over the text. A line that
 * ends in ":" with indented lines under it introduces a list, however it is set.
 */
function placedAsHeading(line: Line, next: Line | undefined, column: { left: number; right: number }, body: number): boolean {
	if (/:$/.test(line.text) && next && next.page === line.page && next.x > line.x + AT_MARGIN) return false;
	if (Math.abs(line.x - column.left) <= AT_MARGIN) return true;
	const end = line.segments.at(-1)!.end;
	return line.size >= body * 1.15 && Math.abs((line.x + end) / 2 - (column.left + column.right) / 2) <= body;
}

/**
 * Reads lines (page furniture already gone) as blocks: headings from size and weight, tables
 * from aligned columns, list items from bullets and numbers, paragraphs from the rest, joined
 * across lines and pages.
 */
export function layout(lines: readonly Line[]): { blocks: Block[]; doubts: LayoutDoubt[] } {
	const body = mode(lines.map((line) => [line.size, line.text.length])) ?? 0;
	const spacing = mode(lines.slice(1).flatMap((line, k) => (line.page === lines[k]!.page && line.size === body && lines[k]!.size === body ? [[Math.round((lines[k]!.y - line.y) * 2) / 2, 1] as [number, number]] : []))) ?? body * 1.4;
	const compounds = compoundsOf(lines);
	const column = textColumn(lines, body);
	const blocks: Block[] = [];
	const doubts: LayoutDoubt[] = [];
	const headingStyles: { size: number; bold: boolean; line: Line }[] = [];
	let open: { block: Block; last: Line } | undefined;
	for (let k = 0; k < lines.length; k++) {
		const line = lines[k]!;
		const table = readTable(lines, k, spacing);
		if (table && 'table' in table) {
			blocks.push({ kind: 'table', rows: table.table.rows });
			if (table.table.wrapped) doubts.push({ message: 'A table has cells on more than one line: each was joined to the row above; check the rows', text: table.table.rows[0]!.join(' | ') });
			k += table.table.lines - 1;
			open = undefined;
			continue;
		}
		if (table) doubts.push({ message: 'Text in columns that do not line up was read as paragraphs: check whether it was a table', text: line.text });
		if (isHeadingStyle(line, body) && placedAsHeading(line, lines[k + 1], column, body)) {
			const previous = open?.block.kind === 'heading' ? open : undefined;
			const sameHeading = previous && previous.last.page === line.page && previous.last.size === line.size && previous.last.bold === line.bold && previous.last.y - line.y < line.size * 1.6;
			if (sameHeading && previous.block.kind === 'heading') {
				previous.block.text = `${previous.block.text} ${line.text}`;
				previous.last = line;
				continue;
			}
			const block: Block = { kind: 'heading', depth: 0, text: line.text };
			headingStyles.push({ size: line.size, bold: line.bold, line });
			blocks.push(block);
			open = { block, last: line };
			continue;
		}
		const marker = BULLET.exec(line.text) ?? NUMBER.exec(line.text);
		if (marker) {
			const block: Block = { kind: 'item', x: line.x, marker: marker[1]!, text: marker[2]! };
			blocks.push(block);
			open = { block, last: line };
			continue;
		}
		if (open && continues(open.block, open.last, line, spacing)) {
			if (open.block.kind === 'paragraph' || open.block.kind === 'item') open.block.text = joinLines(open.block.text, line.text, compounds);
			open.last = line;
			continue;
		}
		const block: Block = { kind: 'paragraph', text: line.text };
		blocks.push(block);
		open = { block, last: line };
	}
	assignDepths(blocks, headingStyles);
	return { blocks, doubts };
}

/** Whether a line carries on the paragraph or list item above it, on the same page or the next. */
function continues(block: Block, last: Line, line: Line, spacing: number): boolean {
	if (block.kind !== 'paragraph' && block.kind !== 'item') return false;
	if (line.page !== last.page) return line.page === last.page + 1 && !ENDS_SENTENCE.test(block.text);
	if (last.y - line.y > spacing * 1.3) return false;
	// A list item's wrapped lines hang under its text, to the right of its marker.
	return block.kind === 'paragraph' || line.x > block.x + 1;
}

/** Heading levels by size, largest first; bold at body size last. A style used once, first, is the title. */
function assignDepths(blocks: Block[], styles: readonly { size: number; bold: boolean; line: Line }[]): void {
	const keys = [...new Set(styles.map((s) => s.size * 10 + (s.bold ? 1 : 0)))].sort((a, b) => b - a);
	const largest = styles.filter((s) => s.size * 10 + (s.bold ? 1 : 0) === keys[0]);
	const titled = largest.length === 1 && styles[0] === largest[0] && keys.length > 1;
	let k = 0;
	for (const block of blocks) {
		if (block.kind !== 'heading') continue;
		const style = styles[k++]!;
		const rank = keys.indexOf(style.size * 10 + (style.bold ? 1 : 0));
		block.depth = Math.min(6, titled ? rank + 1 : rank + 2);
	}
}
