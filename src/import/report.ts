import type { Format } from './formats.ts';

/** A failure the editor can act on: the file was not imported, and nothing was written. */
export class ImportError extends Error {}

/** A piece of source text that was not placed in the output, and why. */
export interface Removal {
	/** What was removed: its text, or a short description when it has none (a script). */
	text: string;
	/** Why, in a few words: "navigation", "template tag", "duplicate of the title". */
	reason: string;
	/** 1-based line in the source, where known. */
	line?: number;
}

/** A mapping the importer made but is not sure of: the editor should look. */
export interface Doubt {
	message: string;
	/** The source text concerned, where there is one. */
	text?: string;
	line?: number;
}

/** A fact or organisation detail read from the text, with the words it came from. */
export interface Finding {
	field: string;
	value: string;
	/** The sentence or cell it was read from. */
	from: string;
}

/** How much of each structure the output has. */
export interface Counts {
	headings: number;
	paragraphs: number;
	listItems: number;
	tableRows: number;
}

/** Word recall: how many of the source's visible words the output keeps (see recall.ts). */
export interface RecallFigures {
	sourceWords: number;
	outputWords: number;
	keptWords: number;
	/** keptWords / sourceWords, 1 when the source has no words. */
	recall: number;
	/** Source words missing from the output, most frequent first, each with how many are missing. */
	missing: { word: string; count: number }[];
}

/** Everything the importer has to say about one import. */
export interface ImportReport {
	source: string;
	format: Format;
	removed: Removal[];
	doubts: Doubt[];
	found: Finding[];
	/** Each TODO mark left for the editor, as `npm run check` will word it. */
	todos: string[];
	/** Messages from a parser, such as mammoth's unrecognised Word styles. */
	parserMessages: string[];
	/** The part of the page taken as the notice, when it was not the whole page: "the page's <main>". */
	content?: string;
	counts: Counts;
	words: RecallFigures;
}

/** Collects removals, doubts and findings while the passes run. */
export interface ImportLog {
	removed: Removal[];
	doubts: Doubt[];
	found: Finding[];
	parserMessages: string[];
	content?: string;
	remove(text: string, reason: string, line?: number): void;
	doubt(message: string, text?: string, line?: number): void;
	find(field: string, value: string, from: string): void;
	/** Records which part of the page was taken as the notice. */
	took(description: string): void;
}

/** A new, empty log. */
export function createLog(): ImportLog {
	const log: ImportLog = {
		removed: [],
		doubts: [],
		found: [],
		parserMessages: [],
		remove(text, reason, line) {
			log.removed.push({ text: clip(text), reason, ...(line ? { line } : {}) });
		},
		doubt(message, text, line) {
			log.doubts.push({ message, ...(text ? { text: clip(text) } : {}), ...(line ? { line } : {}) });
		},
		find(field, value, from) {
			log.found.push({ field, value, from: clip(from) });
		},
		took(description) {
			log.content = description;
		},
	};
	return log;
}

/** Collapses white space and shortens long text for the report. */
export function clip(text: string, max = 160): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const at = (line: number | undefined) => (line ? `line ${line}: ` : '');

/** The report as an editor reads it in a terminal. */
export function formatImportReport(report: ImportReport): string {
	const { counts, words } = report;
	const percent = (words.recall * 100).toFixed(1);
	const lines = [
		`Imported ${report.source} (${report.format}).`,
		...(report.content ? [`Content: ${report.content}.`] : []),
		`Kept: ${counts.headings} headings, ${counts.paragraphs} paragraphs, ${counts.listItems} list items, ${counts.tableRows} table rows.`,
		`Words: ${words.keptWords} of the source's ${words.sourceWords} visible words are in the output (${percent}% recall); the output has ${words.outputWords}.`,
	];
	const section = (title: string, items: string[]) => {
		if (items.length > 0) lines.push('', `${title} (${items.length}):`, ...items.map((item) => `  - ${item}`));
	};
	section('Removed', report.removed.map((r) => `${at(r.line)}${r.reason}: ${r.text}`));
	if (words.missing.length > 0) {
		lines.push('', `Source words not found in the output: ${words.missing.slice(0, 40).map((m) => (m.count > 1 ? `${m.word} ×${m.count}` : m.word)).join(', ')}${words.missing.length > 40 ? ', …' : ''}`);
	}
	section('Uncertain: check these', report.doubts.map((d) => `${at(d.line)}${d.message}${d.text ? ` [${d.text}]` : ''}`));
	section('Read from the text', report.found.map((f) => `${f.field}: ${f.value} (from "${f.from}")`));
	section('Messages from the parser', report.parserMessages);
	section('TODO marks to fill in before npm run check passes', report.todos);
	return lines.join('\n');
}
