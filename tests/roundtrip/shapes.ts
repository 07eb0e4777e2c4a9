import type { Block } from './blocks.ts';

// The plain-text shapes a notice arrives in besides a browser's copy: each is how a common tool
// writes text out. Lists keep their markers as text and tables their cells, spaced as those tools
// space them; nothing is marked up, so the importer has to find the structure again.

/** Width that text is wrapped to, as in a printed or emailed text file. */
export const WIDTH = 72;
/** Lines on a page of the paginated shape, its header included. */
export const PAGE_LINES = 50;

/** Words of `text` filled into lines of at most `width` characters; a longer word has a line of its own. */
export function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	return line ? [...lines, line] : lines;
}

/**
 * A table as columns two spaces apart, as text tools lay them out. When the columns do not fit in
 * `width`, each gets a share of it and its cells wrap inside the column, a row taking several lines.
 */
export function tableLines(rows: readonly string[][], width: number): string[] {
	const columns = Math.max(...rows.map((row) => row.length));
	const natural = Array.from({ length: columns }, (_, c) => Math.max(1, ...rows.map((row) => (row[c] ?? '').length)));
	const room = width - 2 * (columns - 1);
	const total = natural.reduce((a, b) => a + b, 0);
	const widths = total <= room ? natural : natural.map((n) => Math.max(8, Math.floor((n / total) * room)));
	return rows.flatMap((row) => {
		const cells = widths.map((w, c) => wrap(row[c] ?? '', w));
		const height = Math.max(1, ...cells.map((cell) => cell.length));
		return Array.from({ length: height }, (_, k) => cells.map((cell, c) => (cell[k] ?? '').padEnd(widths[c]!)).join('  ').trimEnd());
	});
}

/** A word processor's "plain text" export: one line per paragraph, list item or line of an address; tabs between cells and before nested items; no blank lines. */
export function paragraphPerLine(title: string, blocks: readonly Block[]): string {
	const lines = title ? [title] : [];
	for (const block of blocks) {
		if (block.kind === 'heading') lines.push(block.text);
		else if (block.kind === 'paragraph') lines.push(...block.lines);
		else if (block.kind === 'item') lines.push(`${'\t'.repeat(block.level)}${block.marker === '-' ? '•' : block.marker} ${block.lines.join(' ')}`);
		else lines.push(...block.rows.map((row) => row.join('\t')));
	}
	return `${lines.join('\n')}\n`;
}

/** Blocks wrapped at `width`, a blank line between them, with `indent` spaces before body text (not headings) and two more per list level. */
function wrappedBlocks(title: string, blocks: readonly Block[], indent: number, width = WIDTH): string[] {
	const pad = ' '.repeat(indent);
	const lines = title ? [...wrap(title, width), ''] : [];
	for (const block of blocks) {
		if (block.kind === 'heading') lines.push(...wrap(block.text, width));
		else if (block.kind === 'paragraph') lines.push(...block.lines.flatMap((line) => wrap(line, width - indent).map((l) => pad + l)));
		else if (block.kind === 'item') {
			const lead = `${pad}${'  '.repeat(block.level * 2)}`;
			const hang = ' '.repeat(block.marker.length + 1);
			const text = block.lines.flatMap((line) => wrap(line, width - lead.length - hang.length));
			lines.push(...text.map((l, k) => `${lead}${k === 0 ? `${block.marker} ` : hang}${l}`));
		} else lines.push(...tableLines(block.rows, width - indent).map((l) => pad + l));
		lines.push('');
	}
	return lines;
}

/** Text hard-wrapped at 72 columns, as printed to a text file: every 50 lines a page header with the title and page number. */
export function paginated(title: string, blocks: readonly Block[]): string {
	const body = wrappedBlocks(title, blocks, 0);
	const perPage = PAGE_LINES - 2;
	const pages = Math.ceil(body.length / perPage);
	const out: string[] = [];
	for (let page = 0; page < pages; page++) {
		const number = `Page ${page + 1} of ${pages}`;
		out.push(`${title.slice(0, WIDTH - number.length - 2).padEnd(WIDTH - number.length)}${number}`, '', ...body.slice(page * perPage, (page + 1) * perPage));
	}
	return `${out.join('\n').trimEnd()}\n`;
}

/** Indented plain text, as RFCs and many emailed notices are set: headings at the margin, the rest three spaces in, wrapped at 72. */
export function indented(title: string, blocks: readonly Block[]): string {
	return `${wrappedBlocks(title, blocks, 3).join('\n').trimEnd()}\n`;
}
