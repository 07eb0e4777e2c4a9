import type { Line } from './lines.ts';

// A table in a PDF is text in columns: lines split by wide gaps into segments whose left edges
// line up, row after row. It is read as a table only when that is unambiguous: two or more lines
// with several segments, every segment starting at one of the columns the first line sets. A
// cell that wraps puts a line with fewer segments under its row; it joins that row's cells.

/** Points within which two left edges are the same column. */
const ALIGN = 3;

/** A table found in a run of lines: its rows of cells, and how many lines it took. */
export interface FoundTable {
	rows: string[][];
	lines: number;
	/** True when some line had fewer cells than the columns and was joined to the row above. */
	wrapped: boolean;
}

/** What the lines from `start` are: a table, text in columns that do not line up, or neither. */
export type TableReading = { table: FoundTable } | { misaligned: number } | undefined;

const column = (columns: readonly number[], x: number) => columns.findIndex((c) => Math.abs(c - x) <= ALIGN);

/**
 * Reads a table starting at `lines[start]`, given the body text's line spacing (a wrapped cell's
 * next line is that far below; a new row is further). Undefined when the lines are not columns.
 */
export function readTable(lines: readonly Line[], start: number, spacing: number): TableReading {
	const first = lines[start]!;
	if (first.segments.length < 2) return undefined;
	const columns = first.segments.map((s) => s.x);
	const rows: string[][] = [];
	let wrapped = false;
	let multi = 0;
	let end = start;
	for (let k = start; k < lines.length; k++) {
		const line = lines[k]!;
		const previous = lines[k - 1];
		if (k > start && (line.page !== previous!.page || previous!.y - line.y > spacing * 2.2)) break;
		// A line in another size (a heading, or the body text after a table set smaller) ends it.
		if (Math.abs(line.size - first.size) > 0.5) break;
		const places = line.segments.map((s) => column(columns, s.x));
		if (places.includes(-1)) {
			// Two lines of several segments in a row that do not line up: columns, but not one table.
			if (line.segments.length > 1 && previous!.segments.length > 1) return { misaligned: k - start + 1 };
			break;
		}
		const newRow = k === start || (places[0] === 0 && (line.segments.length === columns.length || previous!.y - line.y > spacing * 1.15));
		if (!newRow && previous!.y - line.y > spacing * 1.15) break;
		if (line.segments.length > 1) multi++;
		if (newRow) rows.push(columns.map(() => ''));
		else wrapped = true;
		const row = rows.at(-1)!;
		line.segments.forEach((segment, s) => {
			const at = places[s]!;
			row[at] = row[at] ? `${row[at]} ${segment.text}` : segment.text;
		});
		end = k;
	}
	if (multi < 2 || rows.length < 2) return undefined;
	return { table: { rows, lines: end - start + 1, wrapped } };
}
