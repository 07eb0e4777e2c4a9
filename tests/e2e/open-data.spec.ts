import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { builtPages } from '../pages.ts';

// The open data as the build wrote it: every JSON file held to the schema the build published, the
// CSV read by a real CSV parser, and each version's files linked from its pages.

const SITES = [
	{ dist: 'dist', origin: 'https://noticeboard.example' },
	{ dist: 'dist-policies', origin: 'https://noticeboard.example/policies' },
];

interface Summary {
	id: string;
	url: string;
	links: { json: string; markdown: string };
	facts: { purposes: { purpose: string }[] } | null;
	timeline: { status: string };
}

const read = (dist: string, path: string) => readFileSync(`${dist}${path}`, 'utf8');
const json = (dist: string, path: string) => JSON.parse(read(dist, path)) as Record<string, unknown>;

for (const { dist, origin } of SITES) {
	const pathOf = (url: string) => url.slice(origin.length);
	const dataset = json(dist, '/data/notices.json') as { versions: Summary[]; $schema: string };

	test(`every notice.json and notices.json in ${dist}/ is valid against the schema the build published`, () => {
		const ajv = new Ajv2020({ strict: true, allErrors: true });
		addFormats(ajv);
		const schema = json(dist, '/data/schema.json');
		expect(schema['$id']).toBe(`${origin}/data/schema.json`);
		const validate = ajv.compile(schema);
		expect(validate(dataset), ajv.errorsText(validate.errors)).toBe(true);
		expect(dataset.$schema).toBe(schema['$id']);
		const versionPages = builtPages(dist).filter((path) => /^\/[^/]+\/[^/]+\/\d{4}-\d{2}-\d{2}\/$/.test(path));
		expect(dataset.versions.map((v) => pathOf(v.url)).sort()).toEqual(versionPages);
		for (const summary of dataset.versions) {
			const record = json(dist, pathOf(summary.links.json));
			expect(validate(record), `${summary.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
			const { text, $schema: _schema, schemaVersion: _version, ...rest } = record;
			expect(rest, summary.id).toEqual(summary);
			expect(typeof text).toBe('string');
		}
	});

	test(`every version in ${dist}/ has its text as notice.md, with frontmatter naming it, the same as its notice.json`, () => {
		for (const summary of dataset.versions) {
			const file = read(dist, pathOf(summary.links.markdown));
			const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(file) ?? [];
			expect(parseYaml(frontmatter ?? ''), summary.id).toMatchObject({ url: summary.url, data: summary.links.json });
			expect(body?.trimEnd()).toBe((json(dist, pathOf(summary.links.json))['text'] as string).trimEnd());
		}
	});
}

test('purposes.csv is read by a CSV parser as one row per purpose per version, with the facts of notices.json', () => {
	const dataset = json('dist', '/data/notices.json') as { versions: Summary[] };
	const rows = parse(read('dist', '/data/purposes.csv'), { columns: true, bom: true }) as Record<string, string>[];
	const expected = dataset.versions.flatMap((v) => (v.facts?.purposes ?? []).map((p) => ({ url: v.url, purpose: p.purpose, status: v.timeline.status })));
	expect(rows.length).toBeGreaterThan(100);
	expect(rows.map((r) => ({ url: r['url'], purpose: r['purpose'], status: r['status'] }))).toEqual(expected);
	for (const column of ['organisation', 'notice_type', 'version', 'status', 'purpose', 'basis', 'retention', 'recipients', 'transfers']) {
		expect(Object.keys(rows[0]!)).toContain(column);
	}
});

test('a version page offers its Markdown and its JSON for download', async ({ page, request }) => {
	await page.goto('/larkspur-energy/cookies/2024-09-16/');
	const download = page.locator('.nb-download');
	await expect(download).toHaveText(/^Download this version: Markdown, JSON/);
	for (const [name, type] of [
		['Markdown', 'markdown'],
		['JSON', 'json'],
	] as const) {
		const href = await download.getByRole('link', { name, exact: true }).getAttribute('href');
		expect(href).toBe(`/larkspur-energy/cookies/2024-09-16/notice.${type === 'markdown' ? 'md' : 'json'}`);
		expect((await request.get(href!)).ok()).toBe(true);
		await expect(page.locator(`head link[rel="alternate"][type="${type === 'markdown' ? 'text/markdown' : 'application/json'}"]`)).toHaveAttribute('href', href!);
	}
});

test("a notice's own page offers the files of the version it shows", async ({ page }) => {
	await page.goto('/larkspur-energy/cookies/');
	await expect(page.locator('.nb-download').getByRole('link', { name: 'JSON', exact: true })).toHaveAttribute('href', '/larkspur-energy/cookies/2026-02-02/notice.json');
});

test('the open data page links to every file, states the licence and says what each field and column means', async ({ page }) => {
	await page.goto('/data/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
	for (const file of ['notices.json', 'purposes.csv', 'schema.json']) await expect(page.getByRole('link', { name: file, exact: true })).toHaveAttribute('href', `/data/${file}`);
	await expect(page.getByRole('link', { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
	const terms = await page.locator('.nb-fields dt').allTextContents();
	for (const field of ['timeline.supersededBy', 'facts.purposes[].retention', 'changeNote', 'text', 'retention', 'transfers']) expect(terms).toContain(field);
	await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Open data' })).toHaveAttribute('href', '/data/');
});

test('the sitemap lists the open data page', () => {
	expect(read('dist', '/sitemap-0.xml')).toContain('<loc>https://noticeboard.example/data/</loc>');
	expect(existsSync('dist/data/index.html')).toBe(true);
});
