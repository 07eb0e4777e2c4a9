import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fillInTodos } from '../fill-in.ts';
import { throwawayProject } from './project.ts';

// Scaffold, fill in, check and build, in a throwaway copy of the project with the small fixture
// site as its content. Runs the real scripts and a real build: no browser is needed.

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let project: Awaited<ReturnType<typeof throwawayProject>>;
let root = '';
const run = (script: string, ...args: string[]) => project.run(script, ...args);

/** Fills in a scaffold as an editor would: every TODO mark replaced by real words. */
async function fillIn(path: string) {
	await writeFile(join(root, path), fillInTodos(await readFile(join(root, path), 'utf8')));
}

test.beforeAll(async () => {
	project = await throwawayProject('tests/fixtures/base/content');
	root = project.root;
});

test.afterAll(() => project.remove());

test('a new organisation is scaffolded, reported until filled in, then passes the check', async () => {
	const made = run('scripts/new.ts', 'organisation', 'acme-housing');
	expect(made.stdout).toContain('Wrote content/organisations/acme-housing.yaml.');
	const unfilled = run('scripts/check.ts');
	expect(unfilled.status).toBe(1);
	expect(unfilled.stdout).toMatch(/^content\/organisations\/acme-housing\.yaml:1:\d+ {2}name {2}Fill in the name people know it by\./m);
	await fillIn('content/organisations/acme-housing.yaml');
	expect(run('scripts/check.ts').status).toBe(0);
});

test('a new notice is scaffolded with its sections and facts, and passes once filled in', async () => {
	const made = run('scripts/new.ts', 'notice', 'acme-housing', 'website');
	expect(made.stdout).toContain('Wrote content/notices/acme-housing/website/2026-11-22.mdx.');
	const unfilled = run('scripts/check.ts');
	expect(unfilled.stdout).toMatch(/2026-11-22\.mdx:\d+:1 {2}Fill in who acme-housing is|2026-11-22\.mdx:\d+:1 {2}Fill in who New organisation is/);
	await fillIn('content/notices/acme-housing/website/2026-11-22.mdx');
	const filled = run('scripts/check.ts');
	expect(filled.stdout).toContain('acme-housing/website (2026-11-22): present 1, 3–10, 12–14; missing none');
	expect(filled.status).toBe(0);
});

test('a new version copies the current one and asks for a change note', async () => {
	const made = run('scripts/new.ts', 'version', 'acme-housing', 'website', '--effective', '2027-03-01');
	expect(made.stdout).toContain('Wrote content/notices/acme-housing/website/2027-03-01.mdx.');
	const text = await readFile(join(root, 'content/notices/acme-housing/website/2027-03-01.mdx'), 'utf8');
	expect(text).toContain('## Who we are');
	expect(run('scripts/check.ts').stdout).toMatch(/2027-03-01\.mdx:3:\d+ {2}changeNote {2}Fill in the change note, saying in a sentence what changed\./);
	await fillIn('content/notices/acme-housing/website/2027-03-01.mdx');
	expect(run('scripts/check.ts').status).toBe(0);
});

test('the scaffolded content builds', async () => {
	const build = run('node_modules/astro/bin/astro.mjs', 'build');
	expect(build.status, build.stderr + build.stdout).toBe(0);
	expect(existsSync(join(root, 'dist/acme-housing/website/2027-03-01/index.html'))).toBe(true);
	expect(existsSync(join(root, 'dist/acme-housing/website/compare/2026-11-22/2027-03-01/index.html'))).toBe(true);
});

test('a scaffold never overwrites a file', async () => {
	const again = run('scripts/new.ts', 'organisation', 'acme-housing');
	expect(again.status).toBe(1);
	expect(again.stderr).toContain('content/organisations/acme-housing.yaml already exists: nothing was written.');
});
