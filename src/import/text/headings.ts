import { HEADER_CELL, LABEL, POSTCODE, wordCount, type Unit } from './lines.ts';
import { clauseNumber, type ClauseNumber } from './numbers.ts';
import { markerOf } from './lists.ts';

// A heading is a line that stands above text: numbered (1, 1.0, 1.1, A., (a), Part 1, Section 2),
// in capitals, or short, in title or sentence case or phrased as a question, with text after it.
// A list item never is one. Its rank says how deep it sits: parts above sections, sections above
// capitals and "1.", "1." above "1.1", lettered and bracketed numbers below the number above them,
// and an unnumbered short line one below the last numbered or capitalised heading.

/** Why a unit was read as a heading, and how deep it sits before ranks are closed up. */
export interface HeadingGuess {
	rank: number;
	/** The heading's text: numbers stay in it, as written. */
	text: string;
	/** The doubt to report, when the reading rests on layout alone. */
	doubt?: string;
	/** Where the list of short lines under the heading ends, when it stands above one. */
	listEnd?: number;
}

const letters = (text: string) => text.replace(/[^\p{L}]/gu, '');
/** All capitals, and a word or more of them: not a postcode or an acronym on its own. */
export const inCapitals = (text: string) => letters(text).length >= 4 && letters(text) === letters(text).toUpperCase() && !POSTCODE.test(text) && /\p{Lu}{3}/u.test(text);
// A heading is one phrase: no sentence ends inside it, and it holds no email address.
const headingLike = (text: string) => wordCount(text) <= 12 && text.length <= 90 && (/[?]$/.test(text) || !/[.,;:!]$/.test(text)) && /^[\p{Lu}\d"“‘(]/u.test(text) && !LABEL.test(text) && !/\p{Ll}{2}[.!?] \p{Lu}|@/u.test(text);
/** Body text: a sentence, or more words than a heading has. */
// A footnote's line ends with its way back to the text ("… sections 3 to 5. ↩").
const isBody = (unit: Unit | undefined) => unit !== undefined && (wordCount(unit.text) > 10 || /[.:;!]\s*↩?$/.test(unit.text) || markerOf(unit) !== undefined);

/**
 * The line after unit `k` of a list copied without its bullets, set apart from the list as a heading is:
 * the list's items are indented and it is not, or they start in lower case or as "Label: value" and it
 * does not, or the last is long and it is short.
 */
function afterList(units: readonly Unit[], k: number, longLast = true): boolean {
	const unit = units[k]!;
	const previous = units[k - 1];
	if (!previous || unit.blankBefore || POSTCODE.test(unit.text) || LABEL.test(unit.text)) return false;
	if (previous.indent > 0) return unit.indent < previous.indent;
	return unit.indent === 0 && ((longLast && wordCount(previous.text) > 8 && wordCount(unit.text) <= 8) || /^\p{Ll}/u.test(previous.text) || LABEL.test(previous.text));
}

/** Text under unit `k`, set apart as under a heading: after a blank line, or a line that leads into more. */
const overText = (units: readonly Unit[], k: number) => isBody(units[k + 1]) && (units[k + 1]!.blankBefore || /:$/.test(units[k + 1]!.text));

/** Stands for a table after the last line of a stretch of text. */
const TABLE: Unit = { text: 'A table follows, with more words than a heading has.', indent: 0, no: 0, last: 0, blankBefore: true };

const NUMBERED_RANK: Record<ClauseNumber['kind'], number> = { part: 1, section: 2, upper: 3, decimal: 3, lower: 0, roman: 0, paren: 0 };

/** What the reader knows around a unit: the last explicit heading's rank, and what is next to the unit. */
export interface Context {
	lastRank: number;
	/** The unit is one of a run of numbered items in sequence: a list, not headings. */
	inRun: boolean;
	/** A table comes straight after the unit's stretch of text. */
	tableAfter: boolean;
	/** The unit before was read as a heading or the title. */
	afterHeading: boolean;
	/** The text has no blank lines (Word's "save as text"), so a heading cannot be told by the blank above it. */
	noBlanks: boolean;
	/** Set when asking whether the next unit is a heading: a heading above a heading above a heading is a list. */
	ahead?: boolean;
}

/** The heading unit `k` is, in its context; undefined when it is not one. */
export function headingAt(units: readonly Unit[], k: number, { lastRank, inRun, tableAfter, afterHeading, noBlanks, ahead }: Context): HeadingGuess | undefined {
	const unit = units[k]!;
	// The last line before a table has the table after it: that is text for a heading to stand above.
	const next = units[k + 1] ?? (tableAfter ? TABLE : undefined);
	const previous = units[k - 1];
	const hashes = /^(#{1,6})\s+(\S.*?)\s*#*$/.exec(unit.text);
	if (hashes) return { rank: hashes[1]!.length + 2, text: hashes[2]! };
	if (!next || inRun || /:$/.test(previous?.text ?? '')) return undefined;
	const marker = markerOf(unit);
	if (marker?.bullet) return undefined;
	// "1 Who we are", with no full stop, is a numbered heading only when text follows it.
	const bare = clauseNumber(unit.text);
	const number = marker?.number ?? (bare?.bare && isBody(next) ? bare : undefined);
	if (number) {
		if (!headingLike(number.rest) && number.rest !== '') return undefined;
		const base = NUMBERED_RANK[number.kind];
		// Indented numbering ("  1." under "1.") is a level deeper for each step in: ranks are closed up later, so the indent's size does not matter.
		const rank = base === 0 ? lastRank + 1 : number.kind === 'decimal' ? 3 + number.depth + Math.floor(unit.indent / 2) : base;
		return { rank, text: unit.text };
	}
	if (!headingLike(unit.text)) return undefined;
	if (inCapitals(unit.text)) return { rank: 4, text: unit.text, doubt: 'A line in capitals was taken as a heading' };
	// A line the wrap broke goes on in the next: a sentence too long for a line, not a heading.
	if (unit.last > unit.no) return undefined;
	// "Purpose" above "Lawful basis": the header of a table flattened into one cell a line.
	const cell = (u: Unit | undefined) => u !== undefined && HEADER_CELL.test(u.text) && wordCount(u.text) <= 6;
	// A pair of them followed by text is a heading and its subheading ("What information we collect", "Information you give us").
	if (cell(unit) && ((cell(next) && !next!.blankBefore && !isBody(units[k + 2])) || (cell(previous) && !unit.blankBefore && !isBody(next)))) return undefined;
	// A line straight after an unfinished one, with no blank between, is more likely the next item of a list or line of an address.
	// In text with no blank lines every line is a paragraph, and only a short one is likely a list item or an address line.
	const afterShort = previous && !unit.blankBefore && !afterHeading && !markerOf(previous) && !/[.!?]$/.test(previous.text) && (!noBlanks || wordCount(previous.text) <= 8);
	// Except the short last line of such a stretch, under a long line and over a blank line and text:
	// a browser copies a heading straight after a list with no blank line between ("by post to …",
	// then "Changes to this notice"), as a list's items run on from line to line.
	// Or a heading and its subheading straight after the list, the subheading over text, when the list's items are plainly items (a long last line is not enough).
	const pair = !ahead && !isBody(next) && next !== undefined && !next.blankBefore && next !== TABLE && headingLike(next.text) && wordCount(next.text) <= 8 && (units[k + 2] === undefined ? tableAfter : overText(units, k + 1));
	const endsStretch = (afterList(units, k) && overText(units, k)) || (afterList(units, k, false) && pair);
	if (afterShort && !endsStretch) return undefined;
	// A heading may stand above another ("Your data", then "Purpose", then text), set apart by a blank line where the text has them.
	const following = units[k + 1];
	const aboveHeading = !ahead && !isBody(next) && following !== undefined && (following.blankBefore || noBlanks || (following === next && !following.blankBefore && (units[k + 2] === undefined ? tableAfter : overText(units, k + 1)))) && headingAt(units, k + 1, { lastRank, inRun: false, tableAfter, afterHeading: true, noBlanks, ahead: true }) !== undefined;
	// A line with a blank line on each side stands on its own, as a heading does in PDF text.
	// Not so when the next line stands alone too: that is a run of one-line paragraphs, such as an address set out that way.
	const isolated = (j: number) => units[j] !== undefined && units[j]!.blankBefore && (units[j + 1]?.blankBefore ?? true) && wordCount(units[j]!.text) <= 12 && !isBody(units[j]);
	const alone = isolated(k) && next !== TABLE && !isolated(k + 1) && !isolated(k - 1);
	// Above a list copied without its bullets: a run of short lines, not an address, then a blank line.
	let end = k + 1;
	while (units[end] && !units[end]!.blankBefore && wordCount(units[end]!.text) <= 20 && !/[.;]$/.test(units[end]!.text) && !(afterList(units, end) && overText(units, end))) end++;
	const aboveList = unit.blankBefore && end - k > 2 && !units.slice(k + 1, end).some((u) => POSTCODE.test(u.text) || /@|\d{4}/.test(u.text) || cell(u));
	if ((!isBody(next) && !aboveHeading && !alone && !aboveList) || wordCount(unit.text) > (unit.text.endsWith('?') ? 15 : 10)) return undefined;
	const doubt = unit.text.endsWith('?') ? 'A question on a line of its own was taken as a heading' : 'A short line above text was taken as a heading';
	return { rank: lastRank + 1, text: unit.text, doubt, ...(aboveList && !isBody(next) ? { listEnd: end } : {}) };
}

/** Closes up ranks so the outline skips no level, the top rank becoming level 2 below the title. */
export function closeUpRanks(ranks: readonly number[]): number[] {
	const present = [...new Set(ranks)].sort((a, b) => a - b);
	return ranks.map((rank) => Math.min(6, present.indexOf(rank) + 2));
}
