import type { Element, ElementContent } from 'hast';

// What components make, written as GitHub Flavored Markdown. Components can only make what the
// published allow-list lets through (src/lib/safety/allow-list.ts), so a small writer covers it:
// mdast-util-to-markdown took 0.7 ms a component, a whole bench build's worth of seconds
// (docs/decisions/0014-open-data.md). Any other element is written as its content.

type Node = ElementContent;

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre', 'hr', 'div', 'aside', 'address', 'details', 'summary', 'section', 'dl', 'dt', 'dd']);

/** Text with what Markdown would read as syntax escaped, and runs of white space as one space. */
function escape(text: string, inTable: boolean): string {
	const escaped = text
		.replace(/\s+/g, ' ')
		.replace(/[\\`*_[\]<]/g, '\\$&')
		.replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
	return inTable ? escaped.replaceAll('|', '\\|') : escaped;
}

/** A line's start that Markdown would read as a heading, quote, list item or rule, escaped. */
const escapeLineStart = (line: string) => line.replace(/^[#>+=-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');

function inline(nodes: readonly Node[], inTable: boolean): string {
	return nodes.map((node) => inlineNode(node, inTable)).join('');
}

function inlineNode(node: Node, inTable: boolean): string {
	if (node.type === 'text') return escape(node.value, inTable);
	if (node.type !== 'element') return '';
	const content = () => inline(node.children, inTable);
	switch (node.tagName) {
		case 'strong':
			return wrap('**', content());
		case 'em':
			return wrap('*', content());
		case 'code': {
			const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
			const fence = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
			return `${fence}${/^`|`$/.test(text) ? ` ${text} ` : text}${fence}`;
		}
		case 'a': {
			const href = String(node.properties['href'] ?? '');
			return `[${content()}](${/[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href})`;
		}
		case 'br':
			return inTable ? ' ' : '\\\n';
		default:
			// A block inside a sentence or a cell, such as a list in a table cell, is read as its text.
			return BLOCKS.has(node.tagName) ? ` ${content()} ` : content();
	}
}

/** Emphasis around its text, with the spaces at its edges kept outside, where Markdown needs them. */
function wrap(mark: string, text: string): string {
	const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
	return body ? `${lead}${mark}${body}${mark}${trail}` : text;
}

const isBlock = (node: Node) => node.type === 'element' && BLOCKS.has(node.tagName);

/** A run of sibling nodes as Markdown blocks, with inline runs between blocks as paragraphs. */
function blocks(nodes: readonly Node[]): string[] {
	const out: string[] = [];
	let run: Node[] = [];
	const flush = () => {
		const text = inline(run, false).trim();
		if (text) out.push(text.split('\n').map(escapeLineStart).join('\n'));
		run = [];
	};
	for (const node of nodes) {
		if (isBlock(node)) {
			flush();
			out.push(...block(node as Element));
		} else run.push(node);
	}
	flush();
	return out;
}

function block(node: Element): string[] {
	const paragraph = () => blocks(node.children);
	switch (node.tagName) {
		case 'h1':
		case 'h2':
		case 'h3':
		case 'h4':
		case 'h5':
		case 'h6':
			return [`${'#'.repeat(Number(node.tagName[1]))} ${inline(node.children, false).trim().replace(/\\\n/g, ' ')}`];
		case 'ul':
		case 'ol':
			return [list(node)];
		case 'table':
			return table(node);
		case 'hr':
			return ['---'];
		case 'blockquote':
			return [blocks(node.children).join('\n\n').split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n')];
		default:
			return paragraph();
	}
}

function list(node: Element): string {
	const ordered = node.tagName === 'ol';
	let n = Number(node.properties['start'] ?? 1);
	const items = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
	return items
		.map((item) => {
			const marker = ordered ? `${n++}. ` : '- ';
			const lines = blocks(item.children).join('\n\n').split('\n');
			return lines.map((line, i) => (i === 0 ? marker + line : line ? ' '.repeat(marker.length) + line : '')).join('\n');
		})
		.join('\n');
}

const elements = (nodes: readonly Node[], ...names: string[]) => nodes.filter((c): c is Element => c.type === 'element' && names.includes(c.tagName));

function table(node: Element): string[] {
	const out: string[] = [];
	const caption = elements(node.children, 'caption')[0];
	if (caption) out.push(...blocks(caption.children));
	const rows = [...elements(node.children, 'tr'), ...elements(node.children, 'thead', 'tbody', 'tfoot').flatMap((part) => elements(part.children, 'tr'))];
	if (rows.length === 0) return out;
	const cells = rows.map((row) => elements(row.children, 'th', 'td').map((cell) => inline(cell.children, true).trim() || ' '));
	const width = Math.max(...cells.map((row) => row.length));
	const line = (row: string[]) => `| ${[...row, ...Array<string>(width - row.length).fill(' ')].join(' | ')} |`;
	out.push([line(cells[0]!), line(Array<string>(width).fill('-')), ...cells.slice(1).map(line)].join('\n'));
	return out;
}

/** What a component made, as Markdown blocks separated by blank lines. */
export function hastToMarkdown(nodes: readonly ElementContent[]): string {
	return blocks(nodes).join('\n\n');
}

/** What an inline component made, as Markdown to sit in a sentence. */
export function hastToInlineMarkdown(nodes: readonly ElementContent[]): string {
	return inline(nodes, false).trim();
}
