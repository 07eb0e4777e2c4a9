// Clause numbers, read so that they can be kept exactly as written: the label is the author's own
// characters ("4.", "1.2.3", "(a)", "Part 2 –"), and the kind and depth say where it sits in the outline.

/** The numbering schemes plain-text notices use. */
export type NumberKind = 'part' | 'section' | 'decimal' | 'upper' | 'lower' | 'roman' | 'paren';

/** A clause number at the start of a line. */
export interface ClauseNumber {
	/** The number as written, punctuation included. */
	label: string;
	kind: NumberKind;
	/** 1 for "1." and "1.0", 2 for "1.2", 3 for "1.2.3"; 1 for letters, romans and parts. */
	depth: number;
	/** The last part's value, to tell whether numbers run in sequence. */
	value: number;
	/** True for a single number with no full stop or bracket after it ("1 Who we are"); 1.2 is never bare. */
	bare: boolean;
	/** The text after the number. */
	rest: string;
}

const PART = /^(Part|Section|Schedule|Chapter)\s+(\d{1,3}|[IVXL]{1,5}|[A-Z])\b\.?(?:\s*[-–—:.]\s*|\s+|$)(.*)$/;
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3})*)([.)]?)\s+(\S.*)$/;
const UPPER = /^([A-Z])([.)])\s+(\S.*)$/;
const BRACKETED = /^\(([a-z]|[ivxl]{1,5}|\d{1,3})\)\s+(\S.*)$|^([a-z]|[ivxl]{1,5})([.)])\s+(\S.*)$/;

const romanValue = (roman: string) => [...roman.toLowerCase()].reduce((sum, c, k, all) => {
	const value = { i: 1, v: 5, x: 10, l: 50 }[c as 'i'] ?? 0;
	const next = { i: 1, v: 5, x: 10, l: 50 }[all[k + 1] as 'i'] ?? 0;
	return sum + (value < next ? -value : value);
}, 0);

/** The clause number a line starts with, or undefined when it starts with none. */
export function clauseNumber(line: string): ClauseNumber | undefined {
	const text = line.trim();
	const part = PART.exec(text);
	if (part) {
		const value = /^\d/.test(part[2]!) ? Number(part[2]) : /^[IVXL]+$/.test(part[2]!) ? romanValue(part[2]!) : part[2]!.charCodeAt(0) - 64;
		const label = text.slice(0, text.length - part[3]!.length).trimEnd();
		return { label, kind: part[1] === 'Part' || part[1] === 'Schedule' ? 'part' : 'section', depth: 1, value, bare: false, rest: part[3]! };
	}
	const decimal = DECIMAL.exec(text);
	if (decimal && !/^\d{1,3}(?:\.\d+)*\s+(?:per ?cent|%|days?|weeks?|months?|years?|hours?|minutes?)\b/i.test(text)) {
		const parts = decimal[1]!.split('.');
		// "1.0" is how some authors number a section's own heading: it sits at the depth of "1".
		while (parts.length > 1 && parts.at(-1) === '0') parts.pop();
		return { label: decimal[1]! + decimal[2]!, kind: 'decimal', depth: parts.length, value: Number(parts.at(-1)), bare: decimal[2] === '' && !decimal[1]!.includes('.'), rest: decimal[3]! };
	}
	const upper = UPPER.exec(text);
	if (upper) return { label: upper[1]! + upper[2]!, kind: 'upper', depth: 1, value: upper[1]!.charCodeAt(0) - 64, bare: false, rest: upper[3]! };
	const bracketed = BRACKETED.exec(text);
	if (!bracketed) return undefined;
	const inner = (bracketed[1] ?? bracketed[3])!;
	const label = bracketed[1] ? `(${inner})` : inner + bracketed[4]!;
	const rest = (bracketed[2] ?? bracketed[5])!;
	if (/^\d/.test(inner)) return { label, kind: 'paren', depth: 1, value: Number(inner), bare: false, rest };
	// A lone "i", "v" or "x" is more often a roman numeral than the ninth, 22nd or 24th letter.
	if (/^[ivxl]+$/.test(inner) && (inner.length > 1 || inner === 'i')) return { label, kind: 'roman', depth: 1, value: romanValue(inner), bare: false, rest };
	return { label, kind: 'lower', depth: 1, value: inner.charCodeAt(0) - 96, bare: false, rest };
}
