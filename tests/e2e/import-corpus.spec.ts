import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ImportReport } from '../../src/import/report.ts';
import { fillInTodos } from '../fill-in.ts';
import { throwawayProject } from './project.ts';

// Imports every notice in the shared corpus of real notices (../shared/import-corpus, or
// NOTICEBOARD_IMPORT_CORPUS) into a throwaway copy of the project, fills in the TODO marks as an
// editor would, checks and builds it once. The corpus is never committed, nor anything made from it.

const corpus = resolve(process.env['NOTICEBOARD_IMPORT_CORPUS'] ?? '../shared/import-corpus');
const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f !== 'SOURCES.md' && !f.startsWith('.') && statSync(join(corpus, f)).isFile()) : [];
const slug = (file: string) => `corpus-${file.toLowerCase().replace(/\..*$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40)}`;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let project: Awaited<ReturnType<typeof throwawayProject>> | undefined;
const written: string[] = [];

test.beforeAll(async ({}, testInfo) => {
	const absent = `No import corpus at ${corpus}, so it was not imported: set NOTICEBOARD_IMPORT_CORPUS to a folder of notices to run these tests.`;
	if (files.length === 0) console.log(absent);
	testInfo.skip(files.length === 0, absent);
	project = await throwawayProject('tests/fixtures/base/content');
});

test.afterAll(() => project?.remove());

for (const file of files) {
	test(`imports ${file} keeping at least 98% of its words`, async () => {
		const org = slug(file);
		const result = project!.run('scripts/import.ts', join(corpus, file), '--org', org, '--type', 'website', '--report', `${org}.json`);
		expect(result.status, result.stderr).toBe(0);
		const report = JSON.parse(await readFile(join(project!.root, `${org}.json`), 'utf8')) as ImportReport & { written: string[] };
		const { counts, words } = report;
		console.log(`${file}: ${report.format}, recall ${(words.recall * 100).toFixed(1)}%, ${counts.headings} headings, ${counts.listItems} list items, ${counts.tableRows} table rows, ${report.todos.length} TODOs, ${report.removed.length} removed`);
		expect(words.recall).toBeGreaterThanOrEqual(0.98);
		for (const path of report.written) await writeFile(join(project!.root, path), fillInTodos(await readFile(join(project!.root, path), 'utf8')));
		written.push(...report.written.filter((path) => path.endsWith('.mdx')));
	});
}

test('the imported notices pass the check once filled in, and build', async () => {
	const check = project!.run('scripts/check.ts');
	expect(check.status, check.stdout).toBe(0);
	const build = project!.run('node_modules/astro/bin/astro.mjs', 'build');
	expect(build.status, build.stderr + build.stdout).toBe(0);
	for (const path of written) {
		const page = path.replace(/^content\/notices\/(.*)\.mdx$/, 'dist/$1/index.html');
		expect(existsSync(join(project!.root, page)), page).toBe(true);
	}
});
