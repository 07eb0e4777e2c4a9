import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { Block } from './blocks.ts';

// A notice as a Word file, made with the docx package as an author would make it: the title in
// the Title style, headings in Heading styles one level up (a page's h2 is Word's Heading 1),
// lists with Word's own bullets and numbering, tables with a header row, line breaks as breaks.

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Runs for lines of text, each after the first on a new line. */
const runs = (lines: readonly string[]) => lines.map((line, k) => new TextRun({ text: line, ...(k > 0 ? { break: 1 } : {}) }));

const numberingLevels = Array.from({ length: 6 }, (_, level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START }));

/** The Word file of a notice with `title` and `blocks`. */
export async function wordFile(title: string, blocks: readonly Block[]): Promise<Buffer> {
	const children: (Paragraph | Table)[] = title ? [new Paragraph({ text: title, heading: HeadingLevel.TITLE })] : [];
	// Each numbered list restarts at 1: Word numbers a list by its numbering instance.
	let instance = 0;
	let previous: Block | undefined;
	for (const block of blocks) {
		if (block.kind === 'heading') children.push(new Paragraph({ text: block.text, heading: HEADINGS[Math.min(5, Math.max(0, block.depth - 2))]! }));
		else if (block.kind === 'paragraph') children.push(new Paragraph({ children: runs(block.lines) }));
		else if (block.kind === 'item') {
			if (block.ordered && previous?.kind !== 'item') instance++;
			const level = Math.min(5, block.level);
			children.push(
				new Paragraph({
					children: runs(block.lines),
					...(block.ordered ? { numbering: { reference: 'numbered', level, instance } } : { bullet: { level } }),
				}),
			);
		} else {
			const rows = block.rows.map((row, r) => new TableRow({ tableHeader: r === 0, children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }));
			children.push(new Table({ rows }));
		}
		previous = block;
	}
	const doc = new Document({ numbering: { config: [{ reference: 'numbered', levels: numberingLevels }] }, sections: [{ children }] });
	return Packer.toBuffer(doc);
}
