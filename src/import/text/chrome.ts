import type { ImportLog } from '../report.ts';
import { RULE, type Line } from './lines.ts';

// Text copied from a web page brings the page's furniture with it, and text taken out of a PDF
// brings each page's header, footer and number. Neither is the notice: each is removed here,
// before anything reads the layout, and reported with its text.

const WEB_CHROME: [RegExp, string][] = [
	[/^(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation)$/i, 'skip link'],
	[/^(?:back|return|go) to (?:the )?top(?: of (?:the )?page)?$|^top of page$|^↑?\s*top$/i, 'back-to-top link'],
	[/^print(?: this page)?$/i, 'print link'],
	[/^(?:accept|reject|allow|decline)(?: all| additional| analytics| optional)? cookies$|^(?:cookie settings|manage cookies|view cookies|hide (?:this )?message|change your cookie settings)$/i, 'cookie banner'],
];
const BREADCRUMB = /^(?:home|[^\s>›»]+(?: [^\s>›»]+){0,4})(?: [>›»] [^>›»]{1,60}){1,6}$/i;
const PAGE_NUMBER = /^(?:page\s+)?(\d{1,3})(?:\s*(?:of|\/)\s*\d{1,3})?$|^[-–]\s*(\d{1,3})\s*[-–]$/i;
const SITE_SUFFIX = /^(.*\b(?:privacy|notice|policy|cookies?|data protection)\b.*?)\s+[|–—-]\s+(\S.{0,60})$/i;

/** The lines without web chrome, page headers, footers and numbers, each removal reported. */
export function removeChrome(source: readonly string[], log: ImportLog): Line[] {
	const lines: (Line | undefined)[] = source.map((text, k) => ({ text: text.replace(/\f/g, '').trimEnd(), no: k + 1 }));
	const drop = (k: number, reason: string) => {
		log.remove(lines[k]!.text.trim(), reason, lines[k]!.no);
		lines[k] = undefined;
	};
	const buttons: number[] = [];
	lines.forEach((line, k) => {
		const found = WEB_CHROME.find(([pattern]) => pattern.test(line!.text.trim()));
		if (found?.[1] === 'cookie banner') buttons.push(k);
		if (found) drop(k, found[1]);
		else if (k < 15 && BREADCRUMB.test(line!.text.trim()) && / [>›»] /.test(line!.text)) drop(k, 'breadcrumb trail');
	});
	removeCookieBanner(lines, buttons, drop);
	removePageFurniture(lines, log);
	const first = lines.find((l) => l && l.text.trim());
	const suffix = first && SITE_SUFFIX.exec(first.text.trim());
	if (first && suffix) {
		log.remove(suffix[2]!, "site name after the title", first.no);
		first.text = suffix[1]!;
	}
	return lines.filter((l): l is Line => l !== undefined);
}

/** A cookie banner: the lines of the block around an accept or reject button, near the start or end. */
function removeCookieBanner(lines: (Line | undefined)[], buttons: readonly number[], drop: (k: number, reason: string) => void): void {
	const near = (k: number) => k < 40 || k > lines.length - 40;
	buttons.forEach((k) => {
		if (!near(k)) return;
		// k held a cookie button, now dropped: the banner is its block, up to three lines above it; a notice's own words about cookies are further off.
		for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
			const above = lines[j];
			if (!above || !above.text.trim()) break;
			if (/cookie/i.test(above.text) || /^cookies on\b/i.test(above.text.trim())) drop(j, 'cookie banner');
		}
	});
}

/** Removes lines that repeat on every page (headers, footers) and page numbers, with the blank lines around them. */
function removePageFurniture(lines: (Line | undefined)[], log: ImportLog): void {
	const key = (text: string) => text.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
	const seen = new Map<string, number[]>();
	lines.forEach((line, k) => {
		const text = line?.text.trim();
		if (!text || RULE.test(text) || text.length > 100) return;
		seen.set(key(text), [...(seen.get(key(text)) ?? []), k]);
	});
	const furniture = new Set<number>();
	const candidates: { at: number[]; steady: boolean }[] = [];
	for (const [, at] of seen) {
		// Pages are of a length: a line that comes back at a steady interval of 15 lines or more is the page's, not the notice's.
		const gaps = at.slice(1).map((k, i) => k - at[i]!);
		const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
		const steady = median >= 15 && gaps.every((gap) => gap >= median * 0.6 && gap <= median * 1.4);
		candidates.push({ at, steady: at.length >= 3 && steady });
	}
	const numbers = lines.flatMap((line, k) => {
		const m = line && PAGE_NUMBER.exec(line.text.trim());
		return m ? [{ k, n: Number(m[1] ?? m[2]) }] : [];
	});
	const rising = numbers.length >= 2 && numbers.every((p, i) => i === 0 || p.n > numbers[i - 1]!.n);
	if (rising) numbers.forEach((p) => furniture.add(p.k));
	// Where pages are numbered, a header or footer sits beside the numbers (a table's header row repeated is not one);
	// where they are not, it is a line that comes back steadily.
	const besideNumber = (k: number) => numbers.some((p) => Math.abs(p.k - k) <= 3);
	// A header or footer is on (nearly) every page; a table's header row near a page break on two pages of six is not.
	const onMostPages = (at: readonly number[]) => at.length >= Math.max(2, numbers.length - 1);
	for (const { at, steady } of candidates) if (rising ? onMostPages(at) && at.every(besideNumber) : steady) at.forEach((k) => furniture.add(k));
	const reported = new Set<string>();
	for (const k of [...furniture].sort((a, b) => a - b)) {
		const line = lines[k]!;
		const isNumber = PAGE_NUMBER.test(line.text.trim());
		if (isNumber || !reported.has(key(line.text))) {
			log.remove(line.text.trim(), isNumber ? 'page number' : `page header or footer, on ${seen.get(key(line.text))!.length} pages`, line.no);
			reported.add(key(line.text));
		}
		lines[k] = undefined;
		// The blank lines around the furniture go too, and one blank line marks the page break, which a paragraph may run across.
		for (const step of [-1, 1]) for (let j = k + step; lines[j] !== undefined && lines[j]!.text.trim() === ''; j += step) lines[j] = undefined;
		lines[k] = { text: '', no: line.no, pageBreak: true };
	}
	// Furniture lines next to each other leave one page break.
	lines.forEach((line, k) => {
		if (line?.pageBreak && lines.slice(k + 1).find((l) => l !== undefined)?.pageBreak) lines[k] = undefined;
	});
}
