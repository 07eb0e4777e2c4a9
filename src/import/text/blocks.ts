import type { BlockContent, List } from 'mdast';
import type { ImportLog } from '../report.ts';
import { brokenLines, HEADER_CELL, LABEL, linkify, POSTCODE, wordCount, type Unit } from './lines.ts';
import { markerOf } from './lists.ts';
import { toTable } from './tables.ts';

// Blocks whose lines mean something as lines: an address or contact block keeps its line breaks;
// "Label: value" lines keep one labelled line each, and records repeating the same labels become
// one table with the labels as its columns; short lines after a colon are a list, or, when they
// are a table flattened into one cell per line and its header and cell count are clear, a table.

const CONTACT = /^(?:e-?mail|tel(?:ephone)?|phone|mobile|fax|fao|f\.a\.o\.|post|address|write to|web(?:site)?)\b/i;
const short = (unit: Unit) => unit.text.length <= 60 && wordCount(unit.text) <= 8 && !/[.;]$/.test(unit.text) && !markerOf(unit);

/** What a block read from units `k` onwards makes, and the unit after it. */
export interface Block {
	nodes: BlockContent[];
	next: number;
}

/** Reads a block of lines that keep their breaks, a record table, or a list of short lines, starting at unit `k`. */
export function readBlock(units: readonly Unit[], k: number, log: ImportLog): Block | undefined {
	const labelled = labelRecords(units, k, log);
	if (labelled) return labelled;
	let end = k + 1;
	while (end < units.length && !units[end]!.blankBefore && short(units[end]!)) end++;
	const run = units.slice(k, end);
	if (run.length < 2 || !run.every(short)) return undefined;
	const lines = `lines ${run[0]!.no}–${run.at(-1)!.last}`;
	if (run.some((u) => POSTCODE.test(u.text) || CONTACT.test(u.text))) return { nodes: [{ type: 'paragraph', children: brokenLines(run.map((u) => u.text)) }], next: end };
	const header = run.findIndex((u) => !HEADER_CELL.test(u.text) || wordCount(u.text) > 4);
	if (header >= 2 && run.length % header === 0 && run.length / header >= 2) {
		const rows = Array.from({ length: run.length / header }, (_, r) => run.slice(r * header, (r + 1) * header).map((u) => u.text));
		log.doubt(`A table flattened into one cell per line was rebuilt with ${header} columns, ${lines}`, rows[0]!.join(' | '), run[0]!.no);
		return { nodes: [toTable(rows)], next: end };
	}
	if (header >= 2) log.doubt(`This looks like a table, ${lines}, but its cells do not divide into its ${header} columns: it is kept as a list`, run[0]!.text, run[0]!.no);
	if (header >= 2 || /:$/.test(units[k - 1]?.text ?? '')) {
		if (header < 2) log.doubt('Short lines after a colon were read as a list', run[0]!.text, run[0]!.no);
		return { nodes: [shortList(run)], next: end };
	}
	return { nodes: [{ type: 'paragraph', children: brokenLines(run.map((u) => u.text)) }], next: end };
}

/** Short lines as the bulleted list they were before their bullets were lost. */
export function shortList(run: readonly Unit[]): List {
	return { type: 'list', ordered: false, spread: false, children: run.map((u) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: linkify(u.text) }] })) };
}

/** "Label: value" lines from `k`: one table when two or more records repeat the same labels, else labelled lines. */
function labelRecords(units: readonly Unit[], k: number, log: ImportLog): Block | undefined {
	let end = k;
	while (end < units.length && LABEL.test(units[end]!.text) && (end === k || !units[end]!.blankBefore || LABEL.exec(units[end]!.text)![1] === LABEL.exec(units[k]!.text)![1])) end++;
	if (end - k < 2) return undefined;
	const first = LABEL.exec(units[k]!.text)![1]!;
	const records: [string, string][][] = [];
	for (const unit of units.slice(k, end)) {
		const [, label, value] = LABEL.exec(unit.text)!;
		if (label === first) records.push([]);
		records.at(-1)!.push([label!, value!]);
	}
	const labels = records[0]!.map(([label]) => label);
	const same = records.every((r) => r.length === labels.length && r.every(([label], i) => label === labels[i]));
	if (records.length >= 2 && labels.length >= 2 && same) {
		log.doubt(`${records.length} records with the same labels were read as one table, lines ${units[k]!.no}–${units[end - 1]!.last}`, labels.join(' | '), units[k]!.no);
		return { nodes: [toTable([labels, ...records.map((r) => r.map(([, value]) => value))])], next: end };
	}
	// Not repeated records: the labelled lines up to the first blank line.
	let stop = k + 1;
	while (stop < end && !units[stop]!.blankBefore) stop++;
	if (stop - k < 2) return undefined;
	const pairs = units.slice(k, stop).map((u) => LABEL.exec(u.text)!.slice(1, 3) as [string, string]);
	// Three or more short facts with different labels, none a way to get in touch, are one record: a table of two columns.
	const record = pairs.length >= 3 && new Set(pairs.map(([label]) => label)).size === pairs.length && pairs.every(([label, value]) => !CONTACT.test(label) && wordCount(value) <= 10);
	if (record) {
		log.doubt(`"Label: value" lines that form a record were read as a table of two columns, its first line as the header, lines ${units[k]!.no}–${units[stop - 1]!.last}`, pairs[0]!.join(' | '), units[k]!.no);
		return { nodes: [toTable(pairs)], next: stop };
	}
	// Otherwise each keeps its line, its label bold.
	return { nodes: [{ type: 'paragraph', children: brokenLines(units.slice(k, stop).map((u) => u.text)) }], next: stop };
}
