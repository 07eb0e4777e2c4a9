import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { describe, expect, test } from 'vitest';
import { createLog } from '../../src/import/report.ts';
import { removeFurniture } from '../../src/import/pdf/furniture.ts';
import type { PdfItem } from '../../src/import/pdf/items.ts';
import { joinLines, layout } from '../../src/import/pdf/layout.ts';
import { toLines } from '../../src/import/pdf/lines.ts';
import { toTree } from '../../src/import/pdf/mdast.ts';

// Items as PDF.js gives them, written inline: one line per entry, 15 pt apart, in 11 pt text
// unless said otherwise. `at` is the left edge; a second run on the line is another item.
type Row = { text: string; at?: number; size?: number; bold?: boolean; gap?: number; page?: number; also?: { text: string; at: number }[] };

function items(rows: Row[]): PdfItem[] {
	let y = 800;
	let page = 1;
	return rows.flatMap((row) => {
		if (row.page && row.page !== page) [page, y] = [row.page, 800];
		y -= row.gap ?? 15;
		const size = row.size ?? 11;
		const run = (text: string, x: number): PdfItem => ({ page, text, x, y, width: text.length * size * 0.5, size, bold: row.bold ?? false });
		return [run(row.text, row.at ?? 50), ...(row.also ?? []).map((a) => run(a.text, a.at))];
	});
}

const markdown = (rows: Row[]) => toMarkdown(toTree(layout(toLines(items(rows))).blocks), { extensions: [gfmToMarkdown()] }).trim();

describe('reading the layout of a PDF', () => {
	test('joins runs split at a ligature into one word, and keeps word spaces', () => {
		const lines = toLines([
			{ page: 1, text: 'The Wren', x: 50, y: 700, width: 44, size: 11, bold: false },
			{ page: 1, text: 'fi', x: 94, y: 700, width: 7, size: 11, bold: false },
			{ page: 1, text: 'eld Society', x: 101, y: 700, width: 60, size: 11, bold: false },
		]);
		expect(lines.map((l) => l.text)).toEqual(['The Wrenfield Society']);
	});

	test('takes the largest short line as the title and ranks headings by size, bold body text last', () => {
		const md = markdown([
			{ text: 'Privacy notice', size: 22, bold: true },
			{ text: '1. Who we are', size: 15, bold: true, gap: 30 },
			{ text: 'We run the hall.', gap: 25 },
			{ text: 'Bookings', bold: true, gap: 25 },
			{ text: 'We keep a diary.', gap: 20 },
			{ text: '2. What we collect', size: 15, bold: true, gap: 30 },
			{ text: 'Names only.', gap: 25 },
		]);
		expect(md).toBe('# Privacy notice\n\n## 1. Who we are\n\nWe run the hall.\n\n### Bookings\n\nWe keep a diary.\n\n## 2. What we collect\n\nNames only.');
	});

	test('joins a paragraph across lines and pages, and makes a word broken by a hyphen whole', () => {
		const md = markdown([
			{ text: 'We keep the infor-' },
			{ text: 'mation for a year, and the' },
			{ text: 'work-', page: 2 },
			{ text: 'day rota until the end of the season.', page: 2 },
			{ text: 'The work-day rota is on the door.', page: 2, gap: 25 },
		]);
		expect(md).toBe('We keep the information for a year, and the work-day rota until the end of the season.\n\nThe work-day rota is on the door.');
	});

	test('joins a line-end hyphen only before a lower-case word, and not after a sentence', () => {
		expect(joinLines('see section 3 -', 'Rights', new Set())).toBe('see section 3 - Rights');
		expect(joinLines('notifi‐', 'cations', new Set())).toBe('notifications');
	});

	test('nests bullets by where their markers sit, and keeps wrapped item lines in their item', () => {
		const md = markdown([
			{ text: '• your name' },
			{ text: '• how to reach you, by any of' },
			{ text: 'these means:', at: 62 },
			{ text: '◦ telephone', at: 70 },
			{ text: '– email', at: 70 },
			{ text: '• your plot' },
		]);
		expect(md).toBe('* your name\n* how to reach you, by any of these means:\n  * telephone\n  * email\n* your plot');
	});

	test('keeps numbered items in their own numbers (a gap in the numbers starts a new list), and letters as written', () => {
		expect(markdown([{ text: '3. Pay the rent.' }, { text: '4. Mow the path.' }, { text: '6. Lock the gate.' }])).toBe('3. Pay the rent.\n4. Mow the path.\n\n6) Lock the gate.');
		expect(markdown([{ text: 'a) first' }, { text: 'b) second' }])).toBe('* a) first\n* b) second');
	});

	test('reads lines whose cells line up as a table, joining a wrapped cell to its row', () => {
		const { blocks, doubts } = layout(
			toLines(
				items([
					{ text: 'Purpose', bold: true, also: [{ text: 'Basis', at: 200 }] },
					{ text: 'Renting a', gap: 19, also: [{ text: 'Contract', at: 200 }] },
					{ text: 'plot' },
					{ text: 'Newsletters', gap: 19, also: [{ text: 'Consent', at: 200 }] },
				]),
			),
		);
		expect(blocks).toEqual([{ kind: 'table', rows: [['Purpose', 'Basis'], ['Renting a plot', 'Contract'], ['Newsletters', 'Consent']] }]);
		expect(doubts.map((d) => d.message)).toEqual([expect.stringMatching(/cells on more than one line/)]);
	});

	test('reads columns that do not line up as text, and says so', () => {
		const { blocks, doubts } = layout(toLines(items([{ text: 'Name', also: [{ text: 'Kept', at: 200 }] }, { text: 'Address', also: [{ text: 'Two years', at: 260 }] }])));
		expect(blocks.every((b) => b.kind !== 'table')).toBe(true);
		expect(doubts.map((d) => d.message)).toEqual([expect.stringMatching(/do not line up/)]);
	});
});

describe('telling headings from bold text that is not one', () => {
	test('reads a bold line indented from the margin, leading a nested list, as text, not a heading', () => {
		// Chromium draws round bullets as shapes: the list's lines carry no bullet text.
		const md = markdown([
			{ text: 'What we collect', size: 15, bold: true },
			{ text: 'We collect what you give us.', gap: 25 },
			{ text: 'When you browse our pages:', at: 68, bold: true, gap: 25 },
			{ text: 'your IP address', at: 86 },
			{ text: 'the pages you visit', at: 86 },
			{ text: 'When you ask for a quote:', at: 68, bold: true },
			{ text: 'your name', at: 86 },
			{ text: 'Who we share it with', size: 15, bold: true, gap: 30 },
			{ text: 'No one.', gap: 25 },
		]);
		expect(md.match(/^#+ .*$/gm)).toEqual(['## What we collect', '## Who we share it with']);
		expect(md).toContain('When you browse our pages:');
	});

	test('reads a bold line at the margin that ends in ":" with indented lines under it as a list lead-in', () => {
		const md = markdown([
			{ text: 'Who we are', size: 15, bold: true },
			{ text: 'We run the hall.', gap: 25 },
			{ text: 'Meter readings:', bold: true, gap: 25 },
			{ text: 'readings you send us', at: 68 },
			{ text: 'readings from a visit', at: 68 },
			{ text: 'Bookings', bold: true, gap: 25 },
			{ text: 'We keep a diary.', gap: 20 },
		]);
		expect(md.match(/^#+ .*$/gm)).toEqual(['# Who we are', '## Bookings']);
		expect(md).toContain('Meter readings:');
	});

	test('keeps a larger title centred over the text as a heading', () => {
		const md = markdown([
			{ text: 'Privacy notice', size: 22, bold: true, at: 188 },
			{ text: 'Who we are', size: 15, bold: true, gap: 30 },
			{ text: 'We run the hall, the garden and the car park behind it, and we keep the diary.', gap: 25 },
		]);
		expect(md.match(/^#+ .*$/gm)).toEqual(['# Privacy notice', '## Who we are']);
	});

	test('never reads a bold cell in a table as a heading, and ends the table at a heading in a larger size', () => {
		const md = markdown([
			{ text: 'Information', bold: true, also: [{ text: 'How long we keep it', at: 250 }] },
			{ text: 'Meter readings', bold: true, gap: 20, also: [{ text: '6 years', at: 250 }] },
			{ text: 'Credit checks', bold: true, gap: 20, also: [{ text: '12 months', at: 250 }] },
			{ text: 'Health information', size: 15, bold: true, gap: 30 },
			{ text: 'We ask only with your consent.', gap: 25 },
		]);
		expect(md.match(/^#+ .*$/gm)).toEqual(['## Health information']);
		expect(md).toMatch(/\| Meter readings +\| 6 years +\|/);
		expect(md).toMatch(/\| Credit checks +\| 12 months +\|\n\n## Health information/);
	});
});

describe('taking out page furniture', () => {
	const words = ['', 'one', 'two', 'three'];
	const pages = [1, 2, 3].flatMap((page) =>
		items([
			{ text: 'Hall Trust privacy notice', size: 8, page, at: 150 },
			{ text: `Text on page ${words[page]}.`, page, gap: 40 },
			{ text: `Page ${page} of 3`, size: 8, page, gap: 600, at: 180 },
		]),
	);

	test('removes a running head and page numbers, and reports each once with its pages', () => {
		const log = createLog();
		expect(removeFurniture(toLines(pages), log).map((l) => l.text)).toEqual(['Text on page one.', 'Text on page two.', 'Text on page three.']);
		expect(log.removed).toEqual([
			{ text: 'Hall Trust privacy notice (on 3 pages)', reason: 'running header or footer, repeated on most pages' },
			{ text: 'Page 1 of 3 (on 3 pages)', reason: 'page number' },
		]);
	});

	test('keeps a line that repeats on only one page in three, and everything in a one-page document', () => {
		const log = createLog();
		const once = items([{ text: 'Hall Trust privacy notice', page: 1 }, { text: 'Body one.', page: 1 }, { text: 'Body two.', page: 2 }, { text: 'Body three.', page: 3 }]);
		expect(removeFurniture(toLines(once), log)).toHaveLength(4);
		expect(removeFurniture(toLines(items([{ text: '3' }, { text: 'Hello.' }])), log)).toHaveLength(2);
	});

	test("removes a browser's header and footer from a one-page PDF: the print date and title, the address or about:blank", () => {
		const log = createLog();
		const page = items([
			{ text: '12/1/26, 10:22 PM', size: 8, at: 24, gap: 22, also: [{ text: 'Cookie notice', at: 280 }] },
			{ text: 'Cookie notice', size: 22, bold: true, gap: 60 },
			{ text: 'We set two cookies. See https://hall.example/cookies for more.', gap: 40 },
			{ text: 'https://hall.example/cookies', gap: 20 },
			{ text: 'about:blank', size: 8, at: 24, gap: 640, also: [{ text: '1/1', at: 540 }] },
		]);
		expect(removeFurniture(toLines(page), log, [842]).map((l) => l.text)).toEqual(['Cookie notice', 'We set two cookies. See https://hall.example/cookies for more.', 'https://hall.example/cookies']);
		expect(log.removed.map((r) => r.text)).toEqual(['12/1/26, 10:22 PM Cookie notice', 'about:blank 1/1']);
	});

	test('keeps a small last line with an address when it is not in the margin', () => {
		const log = createLog();
		const page = items([
			{ text: 'Cookie notice', size: 22, bold: true, gap: 60 },
			{ text: 'We set two cookies, and no others, on this website.', gap: 40 },
			{ text: 'https://hall.example/cookies', size: 8, gap: 20 },
		]);
		expect(removeFurniture(toLines(page), log, [842])).toHaveLength(3);
	});
});
