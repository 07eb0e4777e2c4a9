import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { beforeAll, describe, expect, test } from 'vitest';
import { body, checkFilledIn, importSource } from './import-helpers.ts';

// The Word document is made here, with the docx package, rather than committed as a binary.
const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

async function wordDocument(): Promise<Buffer> {
	const doc = new Document({
		numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
		styles: { paragraphStyles: [{ id: 'Aside', name: 'Aside', basedOn: 'Normal', run: { italics: true } }] },
		sections: [
			{
				children: [
					new Paragraph({ text: 'Staff privacy notice', heading: HeadingLevel.TITLE }),
					new Paragraph({ text: 'Who we are', heading: HeadingLevel.HEADING_1 }),
					new Paragraph({
						children: [new TextRun('Brindle Studios is the data controller. We keep '), new TextRun({ text: 'payroll records', bold: true }), new TextRun(' for '), new TextRun({ text: 'six years', italics: true }), new TextRun('.')],
					}),
					new Paragraph({ text: 'What we collect', heading: HeadingLevel.HEADING_2 }),
					new Paragraph({ text: 'your name', bullet: { level: 0 } }),
					new Paragraph({ text: 'your bank details', bullet: { level: 0 } }),
					new Paragraph({ text: 'sort code', bullet: { level: 1 } }),
					new Paragraph({ text: 'Tell us when you move.', numbering: { reference: 'steps', level: 0 } }),
					new Paragraph({ text: 'Check your payslip.', numbering: { reference: 'steps', level: 0 } }),
					new Table({
						rows: [
							new TableRow({ tableHeader: true, children: [cell('Purpose'), cell('Lawful basis')] }),
							new TableRow({ children: [cell('Paying you'), cell('Contract')] }),
							new TableRow({ children: [cell('Reporting to HMRC'), cell('Legal obligation')] }),
						],
					}),
					new Paragraph({ children: [new TextRun('Complain to '), new ExternalHyperlink({ link: 'https://ico.org.uk/make-a-complaint/', children: [new TextRun({ text: 'the Information Commissioner', style: 'Hyperlink' })] }), new TextRun('.')] }),
					new Paragraph({ children: [new TextRun('People Team'), new TextRun({ text: 'Brindle Studios', break: 1 }), new TextRun({ text: '7 Loom Yard, Frome', break: 1 }), new TextRun({ text: 'BA11 1PQ', break: 1 })] }),
					new Paragraph({ text: 'A note in a style of our own.', style: 'Aside' }),
				],
			},
		],
	});
	return Packer.toBuffer(doc);
}

describe('importing Word documents', () => {
	let result: Awaited<ReturnType<typeof importSource>>;
	beforeAll(async () => {
		result = await importSource(await wordDocument(), { name: 'staff.docx' });
	});

	test('takes the title from the Title style and headings from the Heading styles', () => {
		expect(result.mdx).toMatch(/^---\ntitle: Staff privacy notice\n/);
		expect(body(result.mdx)).toContain('## Who we are');
		expect(body(result.mdx)).toContain('### What we collect');
	});

	test('keeps bold, italic, links and line breaks', () => {
		const text = body(result.mdx);
		expect(text).toContain('We keep **payroll records** for *six years*.');
		expect(text).toContain('Complain to [the Information Commissioner](https://ico.org.uk/make-a-complaint/).');
		expect(text).toContain('People Team\\\nBrindle Studios\\\n7 Loom Yard, Frome\\\nBA11 1PQ');
	});

	test('keeps bulleted, nested and numbered lists', () => {
		const text = body(result.mdx);
		expect(text).toContain('- your bank details\n  - sort code');
		expect(text).toContain('1. Tell us when you move.\n2. Check your payslip.');
	});

	test('turns a table with a header row into a GitHub table, and reads its lawful bases', () => {
		expect(body(result.mdx)).toMatch(/\| Purpose +\| Lawful basis +\|\n\| -+ \| -+ \|\n\| Paying you +\| Contract +\|/);
		expect(result.mdx).toContain('    - purpose: Paying you\n      basis: contract\n');
	});

	test("reports mammoth's messages, such as a style it does not know", () => {
		expect(result.report.parserMessages.join('\n')).toMatch(/Unrecognised paragraph style: 'Aside'/);
	});

	test('keeps every word of the document, and passes the check once filled in', () => {
		expect(result.report.words.recall).toBe(1);
		expect(checkFilledIn(result)).toEqual([]);
	});

	test('says a file that is not a Word document could not be read', async () => {
		await expect(importSource(Buffer.from('not a zip file'), { name: 'broken.docx' })).rejects.toThrow(/could not be read as a Word document/);
	});
});
