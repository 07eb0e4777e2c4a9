import type { Root } from 'mdast';
import type { ImportLog } from '../report.ts';
import { removeFurniture } from './furniture.ts';
import { readPdfItems } from './items.ts';
import { layout } from './layout.ts';
import { toLines } from './lines.ts';
import { toTree } from './mdast.ts';

export { NO_TEXT_LAYER } from './items.ts';

/** A PDF read as mdast, with the text its reader saw and the title in its metadata. */
export interface PdfRead {
	tree: Root;
	/** The pages' text without page furniture, line-end hyphenation undone. */
	visible: string;
	documentTitle?: string;
}

/**
 * Reads a PDF's text layer into mdast: headings from font size and weight, lists, tables and
 * paragraphs from layout. Running heads, footers and page numbers are removed and reported; so
 * is each guess that could be wrong. Throws an ImportError for a scanned, encrypted or damaged file.
 */
export async function readPdf(bytes: Uint8Array, log: ImportLog): Promise<PdfRead> {
	const pdf = await readPdfItems(bytes);
	if (pdf.emptyPages.length > 0) log.doubt(`${pdf.emptyPages.length === 1 ? 'A page has' : 'Pages have'} no text layer, perhaps scanned, so nothing on ${pdf.emptyPages.length === 1 ? 'it' : 'them'} was imported: page ${pdf.emptyPages.join(', ')}`);
	const lines = removeFurniture(toLines(pdf.items), log, pdf.pageHeights);
	const { blocks, doubts } = layout(lines);
	for (const doubt of doubts) log.doubt(doubt.message, doubt.text);
	// Typeset hyphens (U+2010) and soft hyphens only ever mark a word broken at a line end.
	const visible = lines.map((line) => line.text).join('\n').replace(/(\p{L})[‐\u00AD]\n(?=\p{Ll})/gu, '$1');
	return { tree: toTree(blocks), visible, ...(pdf.title ? { documentTitle: pdf.title } : {}) };
}
