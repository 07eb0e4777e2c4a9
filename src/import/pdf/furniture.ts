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

// What a browser prints in its default header and footer: the page's address ("about:blank" for
// a page with none), and the date and time it was printed ("12/1/26, 10:22 PM").
const ADDRESS = /^(?:about:blank|(?:https?|file):\/\/\S+)$/i;
const STAMP = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$/i;
/** The share of a page's height, at its top and bottom, that is margin. */
const BAND = 0.08;

/**
 * Whether a page's first or last line is a browser's header or footer: smaller than the text,
 * in the margin when the page's height is known, with the page's address or a print date in it.
 * Found on a single page too, where nothing repeats.
 */
function browserStamp(line: Line, body: number, height: number | undefined): boolean {
	if (line.size >= body) return false;
	if (height && line.y > height * BAND && line.y < height * (1 - BAND)) return false;
	return line.segments.some((segment) => ADDRESS.test(segment.text) || STAMP.test(segment.text));
}

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

/** The size of most characters: the body text's. */
function bodySize(lines: readonly Line[]): number {
	const counts = new Map<number, number>();
	for (const line of lines) counts.set(line.size, (counts.get(line.size) ?? 0) + line.text.length);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Each page's first and last line. */
function firstAndLast(lines: readonly Line[]): Set<Line> {
	const out = new Set<Line>();
	lines.forEach((line, k) => {
		if (lines[k - 1]?.page !== line.page || lines[k + 1]?.page !== line.page) out.add(line);
	});
	return out;
}

/**
 * Takes out running heads, footers and page numbers, and reports each distinct one once, with
 * how many pages it was on. In a document of one page nothing repeats: only a browser's header
 * or footer (the address, the print date) is told apart there. `pageHeights` (in points, by page)
 * place the margins.
 */
export function removeFurniture(lines: readonly Line[], log: ImportLog, pageHeights: readonly number[] = []): Line[] {
	const body = bodySize(lines);
	const outer = firstAndLast(lines);
	const stamped = new Set(lines.filter((line) => outer.has(line) && browserStamp(line, body, pageHeights[line.page - 1])));
	const removed = new Map<string, { text: string; pages: Set<number>; reason: string }>();
	const remove = (line: Line, reason: string) => {
		const entry = removed.get(masked(line.text)) ?? { text: line.text, pages: new Set<number>(), reason };
		entry.pages.add(line.page);
		removed.set(masked(line.text), entry);
	};
	const pageCount = new Set(lines.map((line) => line.page)).size;
	const candidates = pageCount < 2 ? new Set<Line>() : edges(lines);
	// On how many pages the same text (numbers masked) is near the same height.
	const byText = new Map<string, Line[]>();
	for (const line of candidates) {
		const text = masked(line.text);
		if (!byText.has(text)) byText.set(text, []);
		byText.get(text)!.push(line);
	}
	const repeated = (line: Line) => {
		const pages = new Set(byText.get(masked(line.text))!.filter((other) => Math.abs(other.y - line.y) <= SAME_PLACE).map((other) => other.page));
		// On every page but perhaps one (a title page): a table's header row that happens to start two pages of four is not furniture.
		return pages.size >= Math.max(2, pageCount - 1);
	};
	const kept = lines.filter((line) => {
		if (candidates.has(line)) {
			const pageNumber = PAGE_NUMBER.test(line.text.trim());
			if (pageNumber || repeated(line)) {
				remove(line, pageNumber ? 'page number' : 'running header or footer, repeated on most pages');
				return false;
			}
		}
		if (!stamped.has(line)) return true;
		remove(line, "a browser's page header or footer: the page's address or the date it was printed");
		return false;
	});
	for (const { text, pages, reason } of removed.values()) log.remove(pages.size > 1 ? `${text} (on ${pages.size} pages)` : text, reason);
	return kept;
}
