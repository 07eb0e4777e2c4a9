import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { ImportLog } from './report.ts';

// Plain text has no markup, so its structure is read from layout, and each reading that could be
// wrong is reported as a doubt. The rules, in the order they are tried on each block of lines
// (blocks are separated by blank lines):
//   table      two or more lines split into the same number of cells by tabs or runs of 2+ spaces,
//              or whose words line up in columns; the first row is the header
//   list       lines starting with a bullet (- * • ·) or a number or letter (1. 2) a. (i)); indented
//              markers nest; consecutive numbers make a numbered list starting at the author's number
//   clauses    lines starting with a clause number (1.2, 1.2.3) each start a paragraph that keeps it
//   heading    a short line on its own: numbered (depth from the number: 1 → ##, 1.2 → ###),
//              in capitals (##), or short and unpunctuated (one level below the last heading)
//   lines      short lines (an address), or "Label: value" lines, keep their line breaks; the labels are bold
//   paragraph  anything else: wrapped lines joined with spaces
// The first block, when it is one short line, is the title.

const BULLET = /^(\s*)([-*•·▪◦–])\s+(.*)$/;
const NUMBERED = /^(\s*)(\d{1,3})[.)]\s+(.*)$/;
const LETTERED = /^(\s*)(\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})\))\s+(.*)$|^(\s*)([a-z][.)])\s+(.*)$/;
const CLAUSE = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(\S.*)$/;
const HEADING_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)\.?\s+(\S.*)$/;
const LABEL = /^([A-Z][\w’'()&/ -]{0,40}?):\s+(\S.*)$/;
const RULE = /^[\s=+|_-]+$/;

const wordCount = (line: string) => line.trim().split(/\s+/).length;
const unpunctuated = (line: string) => !/[.,;:!?]$/.test(line.trim());
const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** Text with its web and email addresses as links, so they stay links whatever the escaping. */
export function linkify(value: string): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	let last = 0;
	for (const match of value.matchAll(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)'’]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) {
		if (match.index > last) out.push(text(value.slice(last, match.index)));
		const url = match[0].includes('@') && !match[0].startsWith('http') ? `mailto:${match[0]}` : match[0];
		out.push({ type: 'link', url, children: [text(match[0])] });
		last = match.index + match[0].length;
	}
	if (last < value.length) out.push(text(value.slice(last)));
	return out;
}

/** Splits lines into table rows, or undefined when they do not read as a table. */
function tableRows(lines: string[]): string[][] | undefined {
	const rows = lines.filter((line) => !RULE.test(line));
	if (rows.length < 2) return undefined;
	const split = rows.map((line) => line.trim().split(/\t+| {2,}/).map((cell) => cell.trim()));
	if (split.every((cells) => cells.length >= 2 && cells.length === split[0]!.length)) return split;
	// Columns aligned with spaces, some cells empty: split where every line has a gap.
	const expanded = rows.map((line) => line.replace(/[^\t\n]*\t/g, (part) => part.slice(0, -1).padEnd(Math.ceil(part.length / 8) * 8)));
	const width = Math.max(...expanded.map((line) => line.length));
	const gap = Array.from({ length: width }, (_, col) => expanded.every((line) => (line[col] ?? ' ') === ' '));
	const starts: number[] = [0];
	for (let col = 2; col < width; col++) if (gap[col - 1] && gap[col - 2] && !gap[col]) starts.push(col);
	if (starts.length < 2) return undefined;
	const cells = expanded.map((line) => starts.map((start, k) => line.slice(start, starts[k + 1] ?? width).trim()));
	return cells[0]!.every((cell) => cell !== '') ? cells : undefined;
}

function toTable(rows: string[][]): Table {
	const width = Math.max(...rows.map((r) => r.length));
	return {
		type: 'table',
		align: Array.from({ length: width }, () => null),
		children: rows.map((row) => ({
			type: 'tableRow',
			children: Array.from({ length: width }, (_, k) => ({ type: 'tableCell', children: linkify(row[k] ?? '') })),
		})),
	};
}

interface Marker {
	indent: number;
	ordered: boolean;
	number?: number;
	/** A marker kept as text, such as "(a)": GitHub lists number only with digits. */
	label?: string;
	rest: string;
}

function marker(line: string): Marker | undefined {
	const bullet = BULLET.exec(line);
	if (bullet) return { indent: bullet[1]!.length, ordered: false, rest: bullet[3]! };
	const numbered = NUMBERED.exec(line);
	if (numbered) return { indent: numbered[1]!.length, ordered: true, number: Number(numbered[2]), rest: numbered[3]! };
	const lettered = LETTERED.exec(line);
	if (lettered) return { indent: (lettered[1] ?? lettered[4])!.length, ordered: false, label: (lettered[2] ?? lettered[5])!, rest: (lettered[3] ?? lettered[6])! };
	return undefined;
}

/** Builds nested lists from marker lines; lines without a marker continue the item above. */
function toList(lines: string[], log: ImportLog, line: number): List {
	const root: List = { type: 'list', ordered: false, spread: false, children: [] };
	const stack: { indent: number; list: List }[] = [];
	for (const raw of lines) {
		const found = marker(raw.replace(/\t/g, '    '));
		if (!found) {
			const item = stack.at(-1)?.list.children.at(-1);
			const paragraph = item?.children[0];
			if (paragraph?.type === 'paragraph') paragraph.children.push(...linkify(` ${raw.trim()}`));
			continue;
		}
		while (stack.length > 0 && found.indent < stack.at(-1)!.indent) stack.pop();
		if (stack.length === 0 || found.indent > stack.at(-1)!.indent) {
			const list: List = stack.length === 0 ? root : { type: 'list', ordered: found.ordered, spread: false, children: [] };
			list.ordered = found.ordered;
			if (found.number !== undefined) list.start = found.number;
			if (stack.length > 0) stack.at(-1)!.list.children.at(-1)?.children.push(list);
			stack.push({ indent: found.indent, list });
		}
		const list = stack.at(-1)!.list;
		if (list.ordered && found.number !== undefined && found.number !== (list.start ?? 1) + list.children.length) {
			log.doubt('A numbered list skips or repeats a number: the list is numbered in sequence from its first number', raw, line);
		}
		const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: linkify(found.label ? `${found.label} ${found.rest}` : found.rest) }] };
		list.children.push(item);
	}
	return root;
}

/** A paragraph whose lines stay lines: "Label: value" lines get a bold label. */
function linesParagraph(lines: string[]): Paragraph {
	const children: PhrasingContent[] = [];
	lines.forEach((line, k) => {
		if (k > 0) children.push({ type: 'break' });
		const label = LABEL.exec(line.trim());
		if (label) children.push({ type: 'strong', children: [text(`${label[1]}:`)] }, ...linkify(` ${label[2]}`));
		else children.push(...linkify(line.trim()));
	});
	return { type: 'paragraph', children };
}

const paragraph = (lines: string[]): Paragraph => ({ type: 'paragraph', children: linkify(lines.map((l) => l.trim()).join(' ')) });

/** Reads plain text into mdast, reporting each structure that was guessed from layout. */
export function readText(source: string, log: ImportLog): Root {
	const lines = source.split('\n');
	const wrap = Math.max(60, ...lines.map((l) => l.trimEnd().length));
	const blocks: { lines: string[]; line: number }[] = [];
	lines.forEach((raw, index) => {
		if (raw.trim() === '') return;
		if (index > 0 && lines[index - 1]!.trim() !== '' && blocks.length > 0) blocks.at(-1)!.lines.push(raw.trimEnd());
		else blocks.push({ lines: [raw.trimEnd()], line: index + 1 });
	});
	const children: RootContent[] = [];
	let depth = 1;
	blocks.forEach(({ lines: block, line }, index) => {
		const single = block.length === 1 ? block[0]!.trim() : undefined;
		const next = blocks[index + 1];
		if (index === 0 && single && wordCount(single) <= 15 && unpunctuated(single) && !HEADING_NUMBER.test(single)) {
			log.doubt('The first line was taken as the title', single, line);
			children.push({ type: 'heading', depth: 1, children: [text(single)] });
			return;
		}
		const rows = tableRows(block);
		if (rows) {
			log.doubt('Lines set out in columns were read as a table, its first row as the header', block[0], line);
			children.push(toTable(rows));
			return;
		}
		const markers = block.filter((l) => marker(l)).length;
		if (marker(block[0]!) && !CLAUSE.test(block[0]!.trim()) && (markers >= 2 || (single !== undefined && !headingDepth(single)))) {
			children.push(toList(block, log, line));
			return;
		}
		const explicit = headingDepth(block[0]!.trim());
		if (explicit && (single || !headingDepth(block[1]!.trim()))) {
			depth = explicit;
			children.push({ type: 'heading', depth: explicit as Heading['depth'], children: [text(block[0]!.trim())] });
			if (block.length > 1) children.push(...body(block.slice(1), wrap));
			return;
		}
		const nextIsBody = next && (next.lines.length > 1 || !unpunctuated(next.lines[0]!) || wordCount(next.lines[0]!) > 8);
		if (single && nextIsBody && wordCount(single) <= 8 && unpunctuated(single) && /^\p{Lu}/u.test(single)) {
			log.doubt('A short line on its own was taken as a heading', single, line);
			children.push({ type: 'heading', depth: Math.min(6, depth + 1) as Heading['depth'], children: [text(single)] });
			return;
		}
		children.push(...body(block, wrap));
	});
	return { type: 'root', children };
}

/** The depth of a short numbered (1 → 2, 1.2 → 3) or capitalised (2) line, which is a heading; undefined for other lines. */
function headingDepth(line: string): number | undefined {
	if (wordCount(line) > 12 || !unpunctuated(line)) return undefined;
	const numbered = HEADING_NUMBER.exec(line);
	if (numbered) return Math.min(6, numbered[1]!.split('.').length + 1);
	const letters = line.replace(/[^\p{L}]/gu, '');
	return letters.length >= 2 && letters === letters.toUpperCase() ? 2 : undefined;
}

/** The blocks in a run of lines that is not a heading, list or table: clauses, line-broken lines, or a paragraph. */
function body(block: string[], wrap: number): BlockContent[] {
	if (block.some((l) => CLAUSE.test(l.trim()))) {
		const clauses: string[][] = [];
		for (const l of block) {
			if (CLAUSE.test(l.trim()) || clauses.length === 0) clauses.push([l]);
			else clauses.at(-1)!.push(l);
		}
		return clauses.map(paragraph);
	}
	const short = block.length > 1 && block.every((l) => l.trim().length <= Math.min(50, wrap * 0.6));
	const labels = block.length > 1 && block.every((l) => LABEL.test(l.trim()));
	return [short || labels ? linesParagraph(block) : paragraph(block)];
}
