import type { FootnoteDefinition, Nodes, Root, RootContent } from 'mdast';

// A notice's blocks in reading order, flattened from mdast, for writing it out again as plain
// text (shapes.ts) or as a Word file (docx.ts): the shapes a notice arrives in.

/** One block of a notice, as a plain-text or Word writer needs it. */
export type Block =
	| { kind: 'heading'; depth: number; text: string }
	/** A paragraph; a line break starts a new line. */
	| { kind: 'paragraph'; lines: string[] }
	/** A list item: its marker ("-" or "3."), nesting level from 0, and its own lines. */
	| { kind: 'item'; marker: string; ordered: boolean; level: number; lines: string[] }
	| { kind: 'table'; rows: string[][] };

/** Inline text with breaks as "\n", white space inside a line collapsed. */
function inline(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value.replace(/\s+/g, ' ');
	if (node.type === 'break') return '\n';
	if (!('children' in node)) return '';
	return (node.children as Nodes[]).map(inline).join('');
}

const linesOf = (node: Nodes) =>
	inline(node)
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);

/** The blocks of `tree`, in order. Block quotes give their contents; thematic breaks and HTML give nothing. */
export function blocksOf(tree: Root): Block[] {
	const blocks: Block[] = [];
	const visit = (node: RootContent | Root, level: number): void => {
		switch (node.type) {
			case 'heading':
				blocks.push({ kind: 'heading', depth: node.depth, text: linesOf(node).join(' ') });
				return;
			case 'paragraph':
				if (linesOf(node).length > 0) blocks.push({ kind: 'paragraph', lines: linesOf(node) });
				return;
			case 'code':
				blocks.push({ kind: 'paragraph', lines: node.value.split('\n').filter((line) => line.trim()) });
				return;
			case 'list':
				node.children.forEach((item, k) => {
					const own = item.children.filter((c) => c.type !== 'list');
					const lines = own.flatMap((c) => linesOf(c));
					const marker = node.ordered ? `${(node.start ?? 1) + k}.` : '-';
					blocks.push({ kind: 'item', marker, ordered: !!node.ordered, level, lines: lines.length > 0 ? lines : [''] });
					item.children.filter((c) => c.type === 'list').forEach((c) => visit(c, level + 1));
				});
				return;
			case 'table':
				blocks.push({ kind: 'table', rows: node.children.map((row) => row.children.map((cell) => linesOf(cell).join(' '))) });
				return;
			case 'root':
			case 'blockquote':
				node.children.forEach((child) => visit(child, level));
				return;
			case 'footnoteDefinition':
				notes.push(node);
				return;
			default:
				// Link definitions, thematic breaks and raw HTML carry no text a reader sees as a block.
				return;
		}
	};
	const notes: FootnoteDefinition[] = [];
	visit(tree, 0);
	// Footnotes come at the end, as on the page and in a printed document, each after its number.
	notes.forEach((note, k) => {
		const lines = note.children.flatMap((c) => linesOf(c));
		if (lines.length > 0) blocks.push({ kind: 'paragraph', lines: [`[${k + 1}] ${lines[0]}`, ...lines.slice(1)] });
	});
	return blocks;
}
