import type { ImportLog } from '../report.ts';
import { BULLET, indentOf, isShort, type Line } from './lines.ts';

// Plain text comes in a few shapes, and files mix them: the shapes decide how lines join into
// paragraphs, so they are found first, once, and the report says which were found and how the
// text was read.

/** A way plain text is laid out. */
export type Shape = 'browser' | 'word' | 'pdf' | 'indented' | 'markdown';

/** The shapes a file has, and the width its lines were wrapped at, if they were. */
export interface Shapes {
	has: ReadonlySet<Shape>;
	/** The column hard-wrapped lines end near; 0 when the lines are not hard-wrapped. */
	wrap: number;
}

const READING: Record<Shape, (wrap: number) => string> = {
	browser: () => 'browser copy (short lines directly above their text read as headings)',
	word: () => 'one paragraph per line, with no blank lines (each line read as a paragraph)',
	pdf: (wrap) => `hard-wrapped at about ${wrap} columns (wrapped lines joined into paragraphs, words hyphenated at line ends rejoined)`,
	indented: () => 'indented numbering (indentation read as the numbering level)',
	markdown: () => 'Markdown-like export (- 1.1 clause lines and pipe tables read as clauses and tables)',
};

/** Finds the shapes of a plain-text file and reports them with the reading they lead to. */
export function detectShapes(lines: readonly Line[], log: ImportLog): Shapes {
	const texts = lines.map((l) => l.text).join('\n').trim().split('\n');
	const full = texts.filter((t) => t.trim() !== '');
	const lengths = full.map((t) => t.trimEnd().length).sort((a, b) => a - b);
	const has = new Set<Shape>();
	// The wrap column is where most long lines stop: the 90th percentile, when it is a typewriter width;
	// a web address or a table row may run past it, but few lines do.
	const wrap = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
	// Of the lines long enough to have been wrapped, most stop near the wrap column.
	const long = full.filter((t) => t.trimEnd().length >= 40);
	const nearWrap = long.filter((t) => t.trimEnd().length >= wrap - 15).length;
	const hardWrapped = long.length >= 5 && wrap >= 40 && wrap <= 100 && (lengths[Math.floor(lengths.length * 0.95)] ?? 0) <= wrap + 10 && nearWrap / long.length >= 0.5;
	if (hardWrapped) has.add('pdf');
	const blanks = texts.length - full.length;
	if (!hardWrapped && full.length >= 5 && blanks <= full.length * 0.05 && full.some((t) => t.length > 100)) has.add('word');
	const headingAbove = texts.some((t, k) => isShort(t) && t.trim() !== '' && (texts[k + 1] ?? '').trim().length > 100 && (k === 0 || texts[k - 1]!.trim() === ''));
	if (!hardWrapped && blanks > 0 && headingAbove) has.add('browser');
	const numberedIndents = new Set(full.filter((t) => /^\s*(?:\d{1,3}[.)]|\(?[a-z]\)|\(?[ivx]+\))\s/.test(t)).map(indentOf));
	if (numberedIndents.size >= 2 && [...numberedIndents].some((n) => n > 0)) has.add('indented');
	if (full.some((t) => /^\s*\|.*\|\s*$/.test(t) || /^\s*#{1,6}\s/.test(t) || /^\d+(?:\.\d+)+\s/.test(BULLET.exec(t.trim())?.[2] ?? ''))) has.add('markdown');
	const found = [...has];
	log.doubt(
		found.length > 0
			? `The plain text was read as ${found.map((shape) => READING[shape](wrap)).join('; and ')}`
			: 'The plain text was read as blocks separated by blank lines, each block\'s lines joined into a paragraph unless they are short',
	);
	return { has, wrap: hardWrapped ? wrap : 0 };
}
