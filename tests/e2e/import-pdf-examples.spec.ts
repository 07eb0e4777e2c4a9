import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate } from '../../src/lib/dates.ts';
import { importNotice } from '../../src/import/index.ts';
import { body } from '../unit/import-helpers.ts';

// A round trip over the site's own example notices: each built version page, cut down to its
// <h1> and its prose, printed by Chromium with its default header and footer (date, title,
// "about:blank", page numbers), then imported as a PDF. The headings that come back are compared,
// in order, with the notice's own: its title, its "##" headings, and "Footnotes" when it has
// footnotes (the site shows that heading).

const NOTICES = 'content/notices';
const css = readdirSync('dist/_astro').filter((file) => file.endsWith('.css')).map((file) => readFileSync(join('dist/_astro', file), 'utf8')).join('\n');

/** Every example notice: its path under content/notices/, without ".mdx". */
const notices = readdirSync(NOTICES, { recursive: true, encoding: 'utf8' })
	// Versions only: a translation (<date>.cy.mdx) is printed in its own language's pages, not here.
	.filter((file) => /\d{4}-\d{2}-\d{2}\.mdx$/.test(file))
	.map((file) => file.slice(0, -4))
	.sort();

const normal = (text: string) =>
	text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`\\]/g, '')
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();

/** The headings a reader of the built page sees: the title, every "##" and deeper, and "Footnotes". */
function sourceHeadings(mdx: string): string[] {
	const [, front = '', text = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
	const title = /^title: (.*)$/m.exec(front)![1]!.replace(/^["']|["']$/g, '');
	const prose = text.replace(/^```[\s\S]*?^```/gm, '');
	const headings = [...prose.matchAll(/^#{2,6} (.*)$/gm)].map((m) => m[1]!);
	return [title, ...headings, ...(/^\[\^[^\]]+\]:/m.test(prose) ? ['Footnotes'] : [])].map(normal);
}

/** The headings an import made: its title, then its body's headings. */
function importedHeadings(mdx: string): string[] {
	const title = /^title: (.*)$/m.exec(mdx)![1]!.replace(/^["']|["']$/g, '');
	return [title, ...[...body(mdx).matchAll(/^#{2,6} (.*)$/gm)].map((m) => m[1]!)].map(normal);
}

/** How many of the wanted headings were found in order, and the imported ones that match none. */
function compare(wanted: readonly string[], found: readonly string[]): { kept: number; missed: string[]; invented: string[] } {
	const matched = new Set<number>();
	const missed: string[] = [];
	let from = 0;
	for (const heading of wanted) {
		const at = found.indexOf(heading, from);
		if (at === -1) {
			missed.push(heading);
			continue;
		}
		matched.add(at);
		from = at + 1;
	}
	return { kept: matched.size, missed, invented: found.filter((_, k) => !matched.has(k)) };
}

test('the example notices, printed to PDF by Chromium and imported, keep their headings and invent at most one each', async ({ browser }) => {
	test.setTimeout(120_000);
	// The built page's policy refuses inline styles: it is read in one page and printed from another.
	const reader = await browser.newPage();
	const printer = await browser.newPage();
	const rows: { notice: string; wanted: number; kept: number; missed: string[]; invented: string[] }[] = [];
	for (const notice of notices) {
		const html = readFileSync(join('dist', notice, 'index.html'), 'utf8');
		await reader.setContent(html, { waitUntil: 'domcontentloaded' });
		const content = await reader.evaluate(() => ({ title: document.title, lang: document.documentElement.lang, html: `${document.querySelector('h1')!.outerHTML}${document.querySelector('.nb-prose')!.outerHTML}` }));
		await printer.setContent(`<!doctype html><html lang="${content.lang}"><head><meta charset="utf-8"><title>${content.title}</title></head><body><main>${content.html}</main></body></html>`);
		await printer.addStyleTag({ content: css });
		const pdf = await printer.pdf({ format: 'A4', displayHeaderFooter: true, margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' } });
		const result = await importNotice({ content: pdf, format: 'pdf', name: 'notice.pdf', typeTitle: 'Privacy notice', today: '2026-11-22' as IsoDate });
		const wanted = sourceHeadings(readFileSync(join(NOTICES, `${notice}.mdx`), 'utf8'));
		rows.push({ notice, wanted: wanted.length, ...compare(wanted, importedHeadings(result.mdx)) });
	}
	await reader.close();
	await printer.close();
	const wanted = rows.reduce((sum, row) => sum + row.wanted, 0);
	const kept = rows.reduce((sum, row) => sum + row.kept, 0);
	const invented = rows.reduce((sum, row) => sum + row.invented.length, 0);
	console.log(
		[
			'notice | headings | found | invented',
			...rows.map((row) => `${row.notice} | ${row.wanted} | ${row.kept}${row.missed.length ? ` (missed: ${row.missed.join('; ')})` : ''} | ${row.invented.length}${row.invented.length ? ` (${row.invented.join('; ')})` : ''}`),
			`all ${rows.length} | ${wanted} | ${kept} (${((kept / wanted) * 100).toFixed(1)}%) | ${invented} (at most ${Math.max(...rows.map((row) => row.invented.length))} in one)`,
		].join('\n'),
	);
	expect(rows).toHaveLength(30);
	expect(kept / wanted).toBeGreaterThanOrEqual(0.9);
	for (const row of rows) expect(row.invented.length, `${row.notice} invents ${row.invented.join('; ')}`).toBeLessThanOrEqual(1);
});

test("a one-page print with the browser's own header and footer imports without them", async ({ page }) => {
	// No <title>: Chromium's header and footer show "about:blank", and the print date.
	await page.setContent('<!doctype html><html lang="en"><body><h1>Cookie notice</h1><h2>What cookies are</h2><p>A cookie is a small text file that a website saves in your browser.</p></body></html>');
	const pdf = await page.pdf({ format: 'A4', displayHeaderFooter: true, margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' } });
	const result = await importNotice({ content: pdf, format: 'pdf', name: 'notice.pdf', typeTitle: 'Privacy notice', today: '2026-11-22' as IsoDate });
	expect(importedHeadings(result.mdx)).toEqual(['cookie notice', 'what cookies are']);
	expect(body(result.mdx)).not.toMatch(/about:blank|\d{1,2}\/\d{1,2}\/\d{2,4}/);
	expect(result.report.removed.map((r) => r.text)).toEqual([expect.stringMatching(/^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2}/), expect.stringMatching(/^about:blank/)]);
});
