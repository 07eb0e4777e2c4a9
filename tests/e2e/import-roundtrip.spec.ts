import { chromium, expect, test, type Browser } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Format } from '../../src/import/formats.ts';
import { createLog } from '../../src/import/report.ts';
import { removeTemplateTags, withoutMarkers } from '../../src/import/templates.ts';
import { measure, original, titled, treeShapes, type Original } from '../roundtrip/measure.ts';
import { corpus, corpusSources, exampleSources, readExample, type Source } from '../roundtrip/sources.ts';
import { formatTable, MEASURES, SHAPES, shortfalls, type Row, type Shape } from '../roundtrip/targets.ts';

// Round-trip fidelity (issue 12 item 9): each original (a corpus page, an example notice) is made
// into the shapes notices arrive in, each shape is imported, and its structure compared with the
// original's. Shapes are made once per original, in the browser where they need one. Nothing made
// from the corpus is kept, except the figures in test-results/.

const RESULTS = 'test-results/import-roundtrip.json';
// A failed test restarts the worker, and beforeAll with it: the figures of this run are read back rather than measured again.
const run = process.env['NOTICEBOARD_TEST_RUN'];
const sources = [...corpusSources(), ...exampleSources()];
const absent = [
	...(corpusSources().length === 0 ? [`No import corpus at ${corpus}: set NOTICEBOARD_IMPORT_CORPUS to a folder of notices to measure them too.`] : []),
	...(exampleSources().length === 0 ? ['No built pages in dist/: run npm run build to measure the example notices.'] : []),
];

test.describe.configure({ mode: 'default', timeout: 120_000 });

let rows: Row[] = [];

/** An original's page in the browser: the copied text of its notice, its reference tree (corpus pages), and its PDF. */
async function fromBrowser(browser: Browser, source: Source, baseURL: string | undefined): Promise<{ copied: string; original: Original; pdf: Buffer }> {
	// A corpus page is a fragment of a template: opened without its scripts, and fetching nothing.
	const context = await browser.newContext(source.kind === 'corpus' ? { javaScriptEnabled: false } : { ...(baseURL ? { baseURL } : {}) });
	const page = await context.newPage();
	try {
		if (source.kind === 'example') {
			await page.goto(source.page);
			// The notice's content is its title and its body: the dates, summary and contents list around them are the site's.
			const { copied, shown } = await page.evaluate(() => {
				const title = document.querySelector<HTMLElement>('article.nb-notice h1')!;
				const prose = document.querySelector<HTMLElement>('.nb-prose')!;
				// Folded parts (<Details>) are opened first, as a reader copying the whole notice would, and as print does.
				for (const details of prose.querySelectorAll('details')) details.open = true;
				const text = `${title.innerText}\n\n${prose.innerText}`;
				const body = prose.cloneNode(true) as HTMLElement;
				for (const anchor of body.querySelectorAll('.nb-heading__anchor')) anchor.remove();
				// A folded part's summary reads as the heading of what it folds, and a table's caption as the
				// heading of its table, one below its section's: each is its own line, in words of a title.
				let level = 1;
				const heading = (text: string | null) => Object.assign(document.createElement(`h${Math.min(level + 1, 6)}`), { textContent: text });
				for (const node of body.querySelectorAll('h2, h3, h4, h5, h6, summary, caption')) {
					if (node.tagName === 'SUMMARY') node.replaceWith(heading(node.textContent));
					else if (node.tagName === 'CAPTION') {
						const table = node.closest('table')!;
						(table.closest('.nb-table-scroll') ?? table).before(heading(node.textContent));
						node.remove();
					} else level = Number(node.tagName[1]);
				}
				document.body.replaceChildren(title, prose);
				return { copied: text, shown: body.innerHTML };
			});
			const { title, tree } = readExample(source, shown);
			return { copied, original: original(title, tree), pdf: await page.pdf() };
		}
		await page.route('**/*', (route) => route.abort());
		const html = withoutMarkers(removeTemplateTags(readFileSync(source.file, 'utf8'), createLog(), true).text);
		await page.setContent(html, { waitUntil: 'domcontentloaded' });
		// With a <main>, the notice is inside it, as the importer takes it; without, it is the whole fragment.
		const content = (await page.locator('main').count()) > 0 ? page.locator('main').first() : page.locator('body');
		const [copied, inner] = await Promise.all([content.innerText(), content.innerHTML()]);
		// The reference is read from the page's own blocks (h1–h6, li, td, th, br), not from the importer's reading of them.
		const reference = titled(toMdast(fromHtml(inner, { fragment: true })) as Parameters<typeof titled>[0]);
		return { copied, original: reference, pdf: await page.pdf() };
	} finally {
		await context.close();
	}
}

/** Every shape of every original, imported and compared. */
async function measureAll(browser: Browser, baseURL: string | undefined): Promise<Row[]> {
	const measured: Row[] = [];
	for (const source of sources) {
		const { copied, original: reference, pdf } = await fromBrowser(browser, source, baseURL);
		const shapes: Record<Shape, { content: Buffer; format: Format }> = {
			copied: { content: Buffer.from(copied), format: 'txt' },
			...(await treeShapes(reference)),
			pdf: { content: pdf, format: 'pdf' },
		};
		for (const shape of Object.keys(SHAPES) as Shape[]) {
			const made = shapes[shape];
			try {
				measured.push({ source: source.name, shape, fidelity: await measure(reference, made.content, made.format, `${source.name}.${shape}.${made.format}`) });
			} catch (error) {
				measured.push({ source: source.name, shape, error: `not imported: ${(error as Error).message}` });
			}
		}
	}
	return measured;
}

test.beforeAll(async ({}, testInfo) => {
	// Measuring every shape of every original takes about half a minute: more than a hook's default.
	test.setTimeout(120_000);
	for (const message of absent) console.log(message);
	testInfo.skip(sources.length === 0, absent.join(' '));
	const cached = run && existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { run?: string; rows: Row[] }) : undefined;
	if (cached?.run === run) {
		rows = cached!.rows;
		return;
	}
	const started = Date.now();
	const browser = await chromium.launch(testInfo.project.use.launchOptions);
	try {
		rows = await measureAll(browser, testInfo.project.use.baseURL);
	} finally {
		await browser.close();
	}
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	console.log(`\nRound-trip fidelity (${sources.length} originals × ${Object.keys(SHAPES).length} shapes, measured in ${seconds} s):\n${formatTable(rows)}\n`);
	mkdirSync('test-results', { recursive: true });
	writeFileSync(RESULTS, JSON.stringify({ run, rows }, null, '\t'));
});

for (const target of MEASURES) {
	test(`${target.name}`, () => {
		expect(shortfalls(target, rows), `${target.name}: the figures that miss it`).toEqual([]);
	});
}
