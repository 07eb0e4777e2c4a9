import type { ImportLog } from '../report.ts';
import { BULLET, indentOf, LABEL, RULE, wordCount, type Line, type Unit } from './lines.ts';
import { clauseNumber } from './numbers.ts';
import type { Shapes } from './shape.ts';

// Lines are joined back into the paragraphs they were wrapped from: a line near the wrap column
// of hard-wrapped text, or a long line that stops mid-sentence before a line in lower case,
// continues on the next. A line that starts something of its own (a bullet, a clause number, a
// label, a rule) never continues the one above.

const startsOwnUnit = (text: string) => BULLET.test(text) || LABEL.test(text) || RULE.test(text) || /^\|/.test(text) || (clauseNumber(text) !== undefined && !clauseNumber(text)!.bare);

/** Whether `next` continues `line` in a file of these shapes. */
function continues(line: string, next: string, shapes: Shapes): boolean {
	// A line broken by the wrap mid-sentence goes on in the next, even when that reads as "Label: value" ("… appears on the" / "Information Commissioner's website at: …").
	const brokenByWrap = shapes.wrap > 0 && line.length >= shapes.wrap - 15 && line.length + 1 + /^\S+/.exec(next)![0].length > shapes.wrap && !/[.!?:;,]$/.test(line) && !LABEL.test(line);
	if (startsOwnUnit(next) && !(brokenByWrap && LABEL.test(next) && !BULLET.test(next) && clauseNumber(next) === undefined)) return false;
	if (/\p{L}-$/u.test(line) && /^\p{Ll}/u.test(next)) return true;
	// Hard-wrapped: the line broke because the next word would not fit, or it runs nearly to the wrap column mid-sentence.
	const firstWord = /^\S+/.exec(next)![0];
	if (shapes.wrap > 0 && line.length + 1 + firstWord.length > shapes.wrap && !/^\p{Lu}[\p{Lu}\s\d]*$/u.test(line)) return true;
	if (shapes.wrap > 0 && line.length >= shapes.wrap - 15 && !/[.!?:]$/.test(line)) return true;
	// Each line of "save as text" is a paragraph of its own, however it ends.
	if (shapes.has.has('word')) return false;
	return line.length > 40 && wordCount(line) > 6 && !/[.!?:;]$/.test(line) && /^[\p{Ll}(]/u.test(next);
}

/** Joins the lines of a text into logical lines, rejoining words hyphenated at line ends. */
export function joinLines(lines: readonly Line[], shapes: Shapes, log: ImportLog): Unit[] {
	const all = lines.map((l) => l.text).join('\n');
	const units: Unit[] = [];
	const rejoined: string[] = [];
	let open: Unit | undefined;
	let blank = true;
	let pageBreak = false;
	for (const line of lines) {
		const text = line.text.trim();
		if (text === '') {
			// A paragraph runs across a page break when the page ended mid-sentence and the next page goes on in lower case;
			// and a page break is not a blank line the author put there.
			if (!line.pageBreak) open = undefined;
			pageBreak = line.pageBreak === true;
			blank ||= !pageBreak;
			continue;
		}
		const across = !pageBreak || /^\p{Ll}/u.test(text) || (open !== undefined && !/[.!?:]$/.test(open.text));
		pageBreak = false;
		if (open && across && continues(open.text, text, shapes)) {
			open.text = joinWords(open.text, text, all, rejoined);
			open.last = line.no;
			continue;
		}
		open = { text, indent: indentOf(line.text), no: line.no, last: line.no, blankBefore: blank };
		units.push(open);
		blank = false;
	}
	if (rejoined.length > 0) log.doubt(`${rejoined.length} ${rejoined.length === 1 ? 'word' : 'words'} hyphenated at line ends ${rejoined.length === 1 ? 'was' : 'were'} rejoined`, rejoined.slice(0, 12).join(', '));
	return units;
}

/** `line` and `next` as one line: a word broken by a hyphen at the line end is joined, keeping the hyphen only where the text writes the word with one elsewhere. */
function joinWords(line: string, next: string, all: string, rejoined: string[]): string {
	const broken = /(\p{L}+)-$/u.exec(line);
	if (!broken || !/^\p{Ll}/u.test(next)) return `${line} ${next}`;
	const tail = /^\p{L}+/u.exec(next)![0];
	const hyphenated = `${broken[1]}-${tail}`;
	const keep = all.includes(hyphenated) && !all.includes(`${broken[1]}${tail}`);
	rejoined.push(keep ? hyphenated : `${broken[1]}${tail}`);
	return keep ? `${line}${next}` : `${line.slice(0, -1)}${next}`;
}
