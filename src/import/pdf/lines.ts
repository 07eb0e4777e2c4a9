import type { PdfItem } from './items.ts';

/** A run of a line's text set apart from the next by a wide gap: a table cell, or a column. */
export interface Segment {
	x: number;
	/** Right edge. */
	end: number;
	text: string;
	bold: boolean;
}

/** One printed line of a page: its items joined in reading order. */
export interface Line {
	page: number;
	/** Baseline, in points from the page's bottom. */
	y: number;
	/** Left edge of the first segment. */
	x: number;
	/** The size of most of its text. */
	size: number;
	/** True when all its text is bold. */
	bold: boolean;
	text: string;
	segments: Segment[];
}

// Items closer than this (a fraction of the font size) are one word: PDF.js splits words at
// ligatures ("Wren" "fi" "eld") and at kerning changes.
const JOIN = 0.12;
// A gap wider than this is not a word space: it separates table cells or columns.
const CELL_GAP = 1.5;

/** Sorts one page's items into lines by baseline, then left to right. */
function byLine(items: readonly PdfItem[]): PdfItem[][] {
	const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: PdfItem[][] = [];
	for (const item of sorted) {
		const line = lines.at(-1);
		// Superscripts and mixed sizes sit a little off the baseline: within half a size is one line.
		if (line && Math.abs(line[0]!.y - item.y) < Math.min(line[0]!.size, item.size) * 0.5) line.push(item);
		else lines.push([item]);
	}
	return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

/** Joins a line's items into segments: words joined, word spaces kept, wide gaps splitting. */
function segmentsOf(items: readonly PdfItem[]): Segment[] {
	const segments: (Segment & { boldChars: number; chars: number })[] = [];
	for (const item of items) {
		// Soft hyphens that did not break a line are invisible to a reader.
		const text = item.text.replace(/\u00AD/g, '');
		const last = segments.at(-1);
		const gap = last ? item.x - last.end : Infinity;
		if (last && gap < item.size * CELL_GAP) {
			const space = gap > item.size * JOIN && !/\s$/.test(last.text) && !/^\s/.test(text);
			last.text += (space ? ' ' : '') + text;
			last.end = Math.max(last.end, item.x + item.width);
		} else segments.push({ x: item.x, end: item.x + item.width, text, bold: false, boldChars: 0, chars: 0 });
		const segment = segments.at(-1)!;
		segment.chars += text.length;
		if (item.bold) segment.boldChars += text.length;
	}
	return segments.map(({ x, end, text, boldChars, chars }) => ({ x, end, text: text.replace(/\s+/g, ' ').trim(), bold: boldChars === chars })).filter((s) => s.text !== '');
}

/** The size most of a line's characters are set in. */
function commonSize(items: readonly PdfItem[]): number {
	const counts = new Map<number, number>();
	for (const item of items) counts.set(item.size, (counts.get(item.size) ?? 0) + item.text.length);
	return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Groups a document's items into lines, page by page, top to bottom. */
export function toLines(items: readonly PdfItem[]): Line[] {
	const pages = new Map<number, PdfItem[]>();
	for (const item of items) {
		if (!pages.has(item.page)) pages.set(item.page, []);
		pages.get(item.page)!.push(item);
	}
	const lines: Line[] = [];
	for (const page of [...pages.keys()].sort((a, b) => a - b)) {
		for (const lineItems of byLine(pages.get(page)!)) {
			const segments = segmentsOf(lineItems);
			if (segments.length === 0) continue;
			const y = lineItems[0]!.y;
			lines.push({ page, y, x: segments[0]!.x, size: commonSize(lineItems), bold: segments.every((s) => s.bold), text: segments.map((s) => s.text).join(' '), segments });
		}
	}
	return lines;
}
