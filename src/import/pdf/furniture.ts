import type { ImportLog } from '../report.ts';
import type { Line } from './lines.ts';

// Page furniture is what a printer or word processor repeats on every page: running heads,
// footers, page numbers. It is not the notice. A line is furniture when it is among the first or
// last few lines of its page and either reads as a page number, or its text (with any numbers
// masked, so "Page 2 of 9" matches "Page 3 of 9") recurs at about the same height on most pages.

const PAGE_NUMBER = /^(?:page\s+)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** How many lines at the top and at the bottom of a page may be furniture. */
const EDGE = 3;
/** Points of height within which two pages' lines count as "the same place". */
const SAME_PLACE = 6;

const masked = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** The lines near the top and bottom of each page: the only places furniture is looked for. */
function edges(lines: readonly Line[]): Set<Line> {
	const pages = new Map<number, Line[]>();
	for (const line of lines) {
		if (!pages.has(line.page)) pages.set(line.page, []);
		pages.get(line.page)!.push(line);
	}
	const out = new Set<Line>();
	for (const page of pages.values()) for (const line of [...page.slice(0, EDGE), ...page.slice(-EDGE)]) out.add(line);
	return out;
}

/**
 * Takes out running heads, footers and page numbers, and reports each distinct one once, with
 * how many pages it was on. A document of one page has no furniture to tell apart.
 */
export function removeFurniture(lines: readonly Line[], log: ImportLog): Line[] {
	const pageCount = new Set(lines.map((line) => line.page)).size;
	if (pageCount < 2) return [...lines];
	const candidates = edges(lines);
	// On how many pages the same text (numbers masked) is near the same height.
	const byText = new Map<string, Line[]>();
	for (const line of candidates) {
		const text = masked(line.text);
		if (!byText.has(text)) byText.set(text, []);
		byText.get(text)!.push(line);
	}
	const repeated = (line: Line) => {
		const pages = new Set(byText.get(masked(line.text))!.filter((other) => Math.abs(other.y - line.y) <= SAME_PLACE).map((other) => other.page));
		return pages.size >= 2 && pages.size >= pageCount / 2;
	};
	const removed = new Map<string, { text: string; pages: Set<number>; reason: string }>();
	const kept = lines.filter((line) => {
		if (!candidates.has(line)) return true;
		const pageNumber = PAGE_NUMBER.test(line.text.trim());
		if (!pageNumber && !repeated(line)) return true;
		const reason = pageNumber ? 'page number' : 'running header or footer, repeated on most pages';
		const entry = removed.get(masked(line.text)) ?? { text: line.text, pages: new Set<number>(), reason };
		entry.pages.add(line.page);
		removed.set(masked(line.text), entry);
		return false;
	});
	for (const { text, pages, reason } of removed.values()) log.remove(pages.size > 1 ? `${text} (on ${pages.size} pages)` : text, reason);
	return kept;
}
