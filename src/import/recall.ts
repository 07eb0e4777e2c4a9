import type { Nodes } from 'mdast';
import type { RecallFigures } from './report.ts';

// Word recall, the importer's measure of faithfulness: of the words a reader saw in the source,
// how many a reader sees in the output. Both sides are visible text (see docs/decisions/0009-importer.md):
// for HTML what a browser shows, after template tags, scripts and styles are gone; for Markdown
// the rendered text; for Word the document's text; for the output, the title and the rendered body.

/** Block nodes: their text is set apart from the next block's, so words do not run together. */
const BLOCKS = new Set(['root', 'paragraph', 'heading', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'blockquote', 'code', 'footnoteDefinition', 'thematicBreak']);

/** The text a reader sees in an mdast tree: text and code, image alt text, the numbers of numbered lists. */
export function visibleText(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
	if (node.type === 'break') return '\n';
	if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
	if (!('children' in node)) return '';
	const separator = BLOCKS.has(node.type) ? '\n' : '';
	// A numbered list shows its numbers.
	const number = (k: number) => (node.type === 'list' && node.ordered ? `${(node.start ?? 1) + k}. ` : '');
	return node.children.map((child, k) => number(k) + visibleText(child as Nodes)).join(separator);
}

/** The words of a text, for comparison: case-folded, without punctuation, curly apostrophes made straight. */
export function words(text: string): string[] {
	return (
		text
			.normalize('NFKC')
			.toLowerCase()
			.replace(/[’‘`´]/g, "'")
			.match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
	);
}

/** Multiset word recall of `output` against `source`: each source word counts once per time it appears. */
export function wordRecall(source: string, output: string): RecallFigures {
	const wanted = new Map<string, number>();
	const sourceWords = words(source);
	for (const word of sourceWords) wanted.set(word, (wanted.get(word) ?? 0) + 1);
	const outputWords = words(output);
	let kept = 0;
	for (const word of outputWords) {
		const left = wanted.get(word) ?? 0;
		if (left > 0) {
			kept++;
			wanted.set(word, left - 1);
		}
	}
	const missing = [...wanted]
		.filter(([, count]) => count > 0)
		.map(([word, count]) => ({ word, count }))
		.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
	return {
		sourceWords: sourceWords.length,
		outputWords: outputWords.length,
		keptWords: kept,
		recall: sourceWords.length === 0 ? 1 : kept / sourceWords.length,
		missing,
	};
}
