import type { Table } from 'mdast';
import type { ImportLog } from '../report.ts';
import { BULLET, linkify, RULE, wordCount, type Line } from './lines.ts';

// Tables in plain text: pipe tables from Markdown-like exports, tab-separated rows (what a browser
// or a spreadsheet copies), and columns lined up with spaces. They are found on the raw lines,
// before lines are joined, because their layout is the only thing that marks them.

/** A run of lines that is not a table, or a table read from lines `from`–`to`. */
export type Segment = { kind: 'lines'; lines: Line[] } | { kind: 'table'; table: Table; from: number; to: number };

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const pipeCells = (line: string) => line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim());
const tabCells = (line: string) => line.trim().split('\t').map((c) => c.trim());

/** A table of rows of cells, the first row its header. */
export function toTable(rows: string[][]): Table {
	const width = Math.max(...rows.map((r) => r.length));
	return {
		type: 'table',
		align: Array.from({ length: width }, () => null),
		children: rows.map((row) => ({ type: 'tableRow', children: Array.from({ length: width }, (_, k) => ({ type: 'tableCell', children: linkify(row[k] ?? '') })) })),
	};
}

/** Splits a block of lines on runs of two or more spaces, or where every line has a gap; undefined when they are not a table. */
function alignedRows(lines: string[]): string[][] | undefined {
	const rows = lines.filter((line) => !RULE.test(line));
	if (rows.length < 2) return undefined;
	const split = rows.map((line) => line.trim().split(/\t+| {2,}/).map((cell) => cell.trim()));
	const cellsShort = (cells: string[][], most = 8) => cells.every((row) => row.every((cell) => wordCount(cell) <= most));
	if (split.every((cells) => cells.length >= 2 && cells.length === split[0]!.length) && cellsShort(split)) return split;
	const tabbed = rows.map((line) => line.replace(/[^\t\n]*\t/g, (part) => part.slice(0, -1).padEnd(Math.ceil(part.length / 8) * 8)));
	// An indented table's margin is no column of it.
	const margin = Math.min(...tabbed.map((line) => /^ */.exec(line)![0].length));
	const expanded = tabbed.map((line) => line.slice(margin));
	const width = Math.max(...expanded.map((line) => line.length));
	const gap = Array.from({ length: width }, (_, col) => expanded.every((line) => (line[col] ?? ' ') === ' '));
	const starts: number[] = [0];
	for (let col = 2; col < width; col++) if (gap[col - 1] && gap[col - 2] && !gap[col]) starts.push(col);
	if (starts.length < 2) return undefined;
	const cells = expanded.map((line) => starts.map((start, k) => line.slice(start, starts[k + 1] ?? width).trim()));
	// A cell wrapped inside its column fills the column's width, more words than a line of a short cell has; lined up over three or more lines, the columns are a table's, not prose's.
	return cells[0]!.every((cell) => cell !== '') && cellsShort(cells, rows.length >= 3 ? 12 : 8) ? cells : undefined;
}

/** The length of the run of rows from `start` that `cells` splits into the same two or more cells. */
function runOf(lines: readonly Line[], start: number, test: (line: string) => boolean, cells: (line: string) => string[]): number {
	let end = start;
	while (end < lines.length && test(lines[end]!.text)) end++;
	const counts = lines.slice(start, end).filter((l) => !PIPE_RULE.test(l.text)).map((l) => cells(l.text).length);
	return end - start >= 2 && counts[0]! >= 2 && counts.every((n) => n === counts[0]) ? end - start : 0;
}

/** Finds the tables in a text's lines; each guess is reported. */
export function splitTables(lines: readonly Line[], log: ImportLog): Segment[] {
	const segments: Segment[] = [];
	const plain = (line: Line) => {
		const last = segments.at(-1);
		if (last?.kind === 'lines') last.lines.push(line);
		else segments.push({ kind: 'lines', lines: [line] });
	};
	const table = (rows: string[][], from: number, to: number, why: string) => {
		log.doubt(why, rows[0]!.join(' | '), from);
		segments.push({ kind: 'table', table: toTable(rows), from, to });
	};
	for (let k = 0; k < lines.length; ) {
		const pipes = runOf(lines, k, (t) => PIPE_ROW.test(t) || PIPE_RULE.test(t) && t.includes('|'), pipeCells);
		const tabs = pipes ? 0 : runOf(lines, k, (t) => /\S\t+\S/.test(t.trim()) && !BULLET.test(t.trim()) && !/^(?:\d{1,3}[.)]|\(?[a-z]{1,4}\))\t/.test(t.trim()), tabCells);
		const blockStart = k === 0 || lines[k - 1]!.text.trim() === '';
		let blockEnd = k;
		while (blockEnd < lines.length && lines[blockEnd]!.text.trim() !== '') blockEnd++;
		const aligned = pipes || tabs || !blockStart || blockEnd - k < 2 ? undefined : alignedRows(lines.slice(k, blockEnd).map((l) => l.text));
		if (pipes) {
			const rows = lines.slice(k, k + pipes).filter((l) => !PIPE_RULE.test(l.text)).map((l) => pipeCells(l.text));
			table(rows, lines[k]!.no, lines[k + pipes - 1]!.no, 'A pipe table was read as a table, its first row as the header');
			k += pipes;
		} else if (tabs) {
			table(lines.slice(k, k + tabs).map((l) => tabCells(l.text)), lines[k]!.no, lines[k + tabs - 1]!.no, 'Lines set out in columns were read as a table, its first row as the header');
			k += tabs;
		} else if (aligned) {
			table(aligned, lines[k]!.no, lines[blockEnd - 1]!.no, 'Lines set out in columns were read as a table, its first row as the header');
			k = blockEnd;
		} else plain(lines[k++]!);
	}
	return segments;
}
