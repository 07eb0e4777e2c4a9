import type { Heading, List, Nodes, Root, RootContent, Table } from 'mdast';
import { visibleText } from '../../src/import/recall.ts';

// Renders a notice's mdast as plain text in the shapes people have it, for the importer's plain-text
// tests: browser copy, Word "save as text", PDF text, indented numbering and a Markdown-like export.
// Each rendering returns the text and the clause numbers it wrote, which the import must keep.

/** A notice to render: its title and its body's tree. */
export interface Truth {
	name: string;
	title: string;
	tree: Root;
}

/** Plain text made from a notice, and the numbers it gave clauses and headings, each with the words after it. */
export interface Rendered {
	text: string;
	numbers: string[];
}

/** A block's text as a reader sees it: soft line ends are spaces, hard breaks start a new line. */
const text = (node: Nodes): string => (node.type === 'break' ? '\n' : node.type === 'text' || node.type === 'inlineCode' ? node.value.replace(/\s+/g, ' ') : 'children' in node ? node.children.map((c) => text(c as Nodes)).join('') : visibleText(node));
const inline = (node: Nodes) => text(node).replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
const oneLine = (node: Nodes) => inline(node).replace(/\s*\n\s*/g, ' ');
const cells = (table: Table) => table.children.map((row) => row.children.map(oneLine));
const items = (list: List, depth = 0): { depth: number; text: string; ordered: boolean; n: number }[] =>
	list.children.flatMap((item, k) => [
		...item.children.filter((c) => c.type !== 'list').map((c) => ({ depth, text: oneLine(c), ordered: list.ordered === true, n: (list.start ?? 1) + k })),
		...item.children.filter((c): c is List => c.type === 'list').flatMap((c) => items(c, depth + 1)),
	]);

/** Wraps text at `width` columns, hyphenating a long word that would leave the line short. */
export function hardWrap(text: string, width: number, indent = ''): string[] {
	const lines: string[] = [];
	let line = indent;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const room = width - line.length - 1;
		if (line.trim() && room < word.length) {
			if (/^\p{Ll}{10,}$/u.test(word) && room >= 5) {
				lines.push(`${line} ${word.slice(0, room - 1)}-`);
				line = `${indent}${word.slice(room - 1)}`;
				continue;
			}
			lines.push(line);
			line = indent;
		}
		line = line.trim() ? `${line} ${word}` : `${indent}${word}`;
	}
	if (line.trim()) lines.push(line);
	return lines;
}

type Block = RootContent;
const walk = (tree: Root, each: (node: Block) => string[]) => tree.children.flatMap(each);

/** Browser copy: headings directly above their text, blank lines between paragraphs, list items one a line without bullets, tables tab-separated. */
export function browserCopy({ title, tree }: Truth): Rendered {
	const text = walk(tree, (node) => {
		if (node.type === 'heading') return ['', inline(node)];
		if (node.type === 'list') return [...items(node).map((i) => i.text), ''];
		if (node.type === 'table') return [...cells(node).map((r) => r.join('\t')), ''];
		return [inline(node), ''];
	});
	return { text: [title, '', ...text].join('\n'), numbers: [] };
}

/** Word "save as text": one paragraph a line, no blank lines, bullets and numbers followed by a tab. */
export function wordText({ title, tree }: Truth): Rendered {
	const text = walk(tree, (node) => {
		if (node.type === 'list') return items(node).map((i) => `${i.ordered ? `${i.n}.` : '•'}\t${i.text}`);
		if (node.type === 'table') return cells(node).map((r) => r.join('\t'));
		return inline(node).split('\n');
	});
	return { text: [title, ...text].join('\n'), numbers: [] };
}

/** PDF text: paragraphs hard-wrapped at 72 columns, tables one cell a line, a page header and "Page N of M" every 50 lines. */
export function pdfText({ title, tree }: Truth): Rendered {
	const body = walk(tree, (node) => {
		if (node.type === 'heading') return [inline(node), ''];
		if (node.type === 'list') return [...items(node).flatMap((i) => hardWrap(`• ${i.text}`, 72, '  '.repeat(i.depth)).map((l, k) => (k === 0 ? l : `  ${l}`))), ''];
		if (node.type === 'table') return [...cells(node).flat().flatMap((cell) => hardWrap(cell, 72)), ''];
		return [...inline(node).split('\n').flatMap((l) => hardWrap(l, 72)), ''];
	});
	const lines = [title, '', ...body];
	const pages = Math.ceil(lines.length / 50);
	const out: string[] = [];
	for (let page = 0; page < pages; page++) {
		out.push(...lines.slice(page * 50, page * 50 + 50), '', `Page ${page + 1} of ${pages}`);
		if (page < pages - 1) out.push(`\fNorthfield Example Trust — privacy notice (printed copy)`, '');
	}
	return { text: out.join('\n'), numbers: [] };
}

/** Indented numbering: each heading numbered within its parent and indented two spaces a level. */
export function indentedText({ title, tree }: Truth): Rendered {
	const counters: number[] = [];
	const numbers: string[] = [];
	const text = walk(tree, (node) => {
		if (node.type !== 'heading') return node.type === 'list' ? [...items(node).map((i) => `${'  '.repeat(counters.length + i.depth + 1)}- ${i.text}`), ''] : node.type === 'table' ? [...cells(node).map((r) => r.join('\t')), ''] : [...inline(node).split('\n').map((l) => `${'  '.repeat(counters.length + 1)}${l}`), ''];
		const level = (node as Heading).depth - 1;
		counters.length = Math.min(counters.length, level);
		while (counters.length < level) counters.push(0);
		counters[level - 1]!++;
		numbers.push(`${counters[level - 1]}. ${inline(node).split(/\s+/)[0]}`);
		return [`${'  '.repeat(level)}${counters[level - 1]}. ${inline(node)}`, ''];
	});
	return { text: [title, '', ...text].join('\n'), numbers };
}

/** A Markdown-like export: "1. HEADING" sections, each paragraph a "- 1.1 …" clause line, pipe tables. */
export function markdownLike({ title, tree }: Truth): Rendered {
	let section = 0;
	let clause = 0;
	const numbers: string[] = [];
	const text = walk(tree, (node) => {
		if (node.type === 'heading') {
			section++;
			clause = 0;
			numbers.push(`${section}. ${inline(node).toUpperCase().split(/\s+/)[0]}`);
			return ['', `${section}. ${oneLine(node).toUpperCase()}`];
		}
		if (node.type === 'list') return items(node).map((i) => `${'  '.repeat(i.depth)}- ${i.text}`);
		if (node.type === 'table') return ['', ...cells(node).flatMap((r, k) => [`| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`, ...(k === 0 ? [`|${r.map(() => ' --- ').join('|')}|`] : [])]), ''];
		if (section === 0) return [oneLine(node)];
		clause++;
		numbers.push(`${section}.${clause} ${oneLine(node).split(/\s+/)[0]}`);
		return [`- ${section}.${clause} ${oneLine(node)}`];
	});
	return { text: [title, '', ...text].join('\n'), numbers };
}
