import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { IsoDate } from '../../src/lib/dates.ts';
import { importNotice } from '../../src/import/index.ts';
import { parseMarkdown } from '../../src/import/markdown.ts';
import { NO_TEXT_LAYER } from '../../src/import/pdf/index.ts';
import { visibleText, wordRecall } from '../../src/import/recall.ts';
import { body, checkFilledIn } from '../unit/import-helpers.ts';
import { NOTICE_HEADINGS, NOTICE_HTML, PRINT_OPTIONS, SCANNED_HTML } from '../pdf-notice.ts';

// The PDFs are printed here, by Chromium's page.pdf(), from a fictional notice (tests/pdf-notice.ts),
// with a running head and "Page n of N" footer; nothing printed is committed.

const importPdf = (content: Buffer) => importNotice({ content, format: 'pdf', name: 'notice.pdf', typeTitle: 'Website privacy notice', today: '2026-11-22' as IsoDate });
const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

test.describe('importing a PDF printed by Chromium', () => {
	let result: Awaited<ReturnType<typeof importPdf>>;
	test.beforeAll(async ({ browser }) => {
		const page = await browser.newPage();
		await page.setContent(NOTICE_HTML);
		result = await importPdf(await page.pdf(PRINT_OPTIONS));
		await page.close();
	});

	test('finds at least 90% of the headings, invents at most one, and keeps their numbers', () => {
		const found = [result.mdx.match(/^title: (.*)$/m)![1]!, ...[...body(result.mdx).matchAll(/^#{2,6} (.*)$/gm)].map((m) => m[1]!)].map(normal);
		const wanted = NOTICE_HEADINGS.map(normal);
		const kept = wanted.filter((h) => found.includes(h));
		console.log(`PDF headings: ${kept.length} of ${wanted.length} found, ${found.length - kept.length} invented`);
		expect(kept.length / wanted.length).toBeGreaterThanOrEqual(0.9);
		expect(found.length - kept.length).toBeLessThanOrEqual(1);
		expect(body(result.mdx)).toContain('## 4. How we use it');
	});

	test("keeps at least 99% of the source's words", () => {
		// What a reader of the page saw: its body's text, soft hyphens unseen.
		const source = toText(fromHtml(NOTICE_HTML.replace(/<head>[\s\S]*<\/head>/, '')), { whitespace: 'normal' }).replace(/\u00AD/g, '');
		const output = `${result.mdx.match(/^title: (.*)$/m)![1]}\n${visibleText(parseMarkdown(body(result.mdx)))}`;
		const words = wordRecall(source, output);
		console.log(`PDF word recall: ${(words.recall * 100).toFixed(1)}% of ${words.sourceWords} words; missing: ${words.missing.map((m) => m.word).join(', ') || 'none'}`);
		expect(words.recall).toBeGreaterThanOrEqual(0.99);
	});

	test('removes the running head and page numbers, and reports them', () => {
		expect(result.report.removed).toEqual([
			{ text: expect.stringMatching(/^Wrenfield Allotment Society: privacy notice \(on \d pages\)$/), reason: 'running header or footer, repeated on most pages' },
			{ text: expect.stringMatching(/^Page 1 of (\d) \(on \1 pages\)$/), reason: 'page number' },
		]);
		expect(result.mdx).not.toMatch(/Page \d of \d/);
	});

	test('keeps nested and numbered lists and the table', () => {
		const text = body(result.mdx);
		expect(text).toContain('- how to reach you:\n  - a telephone number\n  - an email address, if you give one\n- the plot');
		expect(text).toContain('1. We send the rent invoice each October.\n2. We post the work-day rota in the shed.');
		expect(text).toMatch(/\| Purpose +\| Lawful basis +\| Kept for +\|\n\| -+ \| -+ \| -+ \|\n\| Renting you a plot \| Contract +\| Two years +\|/);
	});

	test('joins a paragraph across a page break and makes hyphenated words whole', () => {
		const text = body(result.mdx);
		expect(text).toMatch(/keeps the old tenant's forwarding address only until any deposit has been returned\. When a plot changes hands for the second time/);
		expect(text.match(/When a plot changes hands/g)).toHaveLength(9);
		expect(text.split('\n\n').filter((block) => block.includes('When a plot changes hands'))).toHaveLength(1);
		expect(text).toContain('for the administration of the waiting list, for the correspondence about rent, and for notifications of work days and extraordinary general meetings.');
	});

	test('passes the check once its TODO marks are filled in', () => {
		expect(checkFilledIn(result)).toEqual([]);
	});
});

test('a PDF that is only an image is refused: no OCR', async ({ page }) => {
	await page.setContent(SCANNED_HTML);
	await expect(importPdf(await page.pdf({ format: 'A5' }))).rejects.toThrow(NO_TEXT_LAYER);
});
