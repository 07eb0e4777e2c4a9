import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// Runs `npm run import` (the script itself) in a copy of the base site.
const script = resolve('scripts/import.ts');
const fixtures = resolve('tests/fixtures/import');
let root = '';
const run = (args: string[], input?: string) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NOTICEBOARD_TODAY: '2026-11-22' }, ...(input !== undefined ? { input } : {}) });
const notices = async (org: string) => (existsSync(join(root, 'content/notices', org)) ? readdir(join(root, 'content/notices', org), { recursive: true }) : []);

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'noticeboard-import-'));
	await cp('tests/fixtures/base/content', join(root, 'content'), { recursive: true });
});
afterAll(() => rm(root, { recursive: true }));

// Each test starts Node once or more: slow on a busy two-core machine.
describe('npm run import', { timeout: 30_000 }, () => {
	test('writes the notice and a new organisation\'s file, prints the report, and writes it as JSON with --report', async () => {
		const result = run([join(fixtures, 'website.html.erb'), '--org', 'quillon', '--type', 'website', '--report', 'report.json']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Wrote content/notices/quillon/website/2025-03-03.mdx and content/organisations/quillon.yaml.');
		expect(result.stderr).toMatch(/Kept: 6 headings, \d+ paragraphs, 8 list items, 5 table rows\./);
		expect(result.stderr).toContain('Removed (');
		expect(result.stderr).toContain('content/organisations/quillon.yaml line 2: Fill in one of company');
		const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8')) as { words: { recall: number }; written: string[] };
		expect(report.written).toContain('content/notices/quillon/website/2025-03-03.mdx');
		expect(report.words.recall).toBeGreaterThan(0.9);
	});

	test('never overwrites a notice without --force, and does with it', async () => {
		const path = join(root, 'content/notices/quillon/website/2025-03-03.mdx');
		await writeFile(path, 'edited by hand');
		const again = run([join(fixtures, 'website.html.erb'), '--org', 'quillon', '--type', 'website']);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('content/notices/quillon/website/2025-03-03.mdx already exists: nothing was written.');
		expect(await readFile(path, 'utf8')).toBe('edited by hand');
		expect(run([join(fixtures, 'website.html.erb'), '--org', 'quillon', '--type', 'website', '--force']).status).toBe(0);
		expect(await readFile(path, 'utf8')).toMatch(/^---\ntitle: Passenger privacy notice/);
	});

	test('asks for a change class and note on a version after the first, and leaves the organisation file alone', async () => {
		const organisation = await readFile(join(root, 'content/organisations/quillon.yaml'), 'utf8');
		const result = run([join(fixtures, 'notice.txt'), '--org', 'quillon', '--type', 'website', '--effective', '2026-04-01']);
		expect(result.stdout).toContain('Wrote content/notices/quillon/website/2026-04-01.mdx.');
		expect(await readFile(join(root, 'content/notices/quillon/website/2026-04-01.mdx'), 'utf8')).toContain('changeClass: major # TODO:');
		expect(await readFile(join(root, 'content/organisations/quillon.yaml'), 'utf8')).toBe(organisation);
	});

	test('reads standard input with --format', async () => {
		const result = run(['-', '--format', 'md', '--org', 'stdin-test', '--type', 'website', '--effective', '2026-01-01'], '# From a pipe\n\nSome text.\n');
		expect(result.status).toBe(0);
		expect(await readFile(join(root, 'content/notices/stdin-test/website/2026-01-01.mdx'), 'utf8')).toMatch(/^---\ntitle: From a pipe\n[\s\S]*\nSome text\.\n$/);
	});

	test.each([
		['an empty file', 'empty.txt', '  \n', /was not imported: the file is empty\. Nothing was written\./],
		['a format it does not read', 'notice.odt', 'PK', /notice\.odt is not a format the importer reads/],
		['a PDF that is not one', 'broken.pdf', '%PDF-1.7', /was not imported: it could not be read as a PDF .*Nothing was written\./],
		['a Word file that is not one', 'broken.docx', 'not a zip', /was not imported: it could not be read as a Word document/],
	])('refuses %s with a clear error and writes nothing', async (_, name, text, message) => {
		await writeFile(join(root, name), text);
		const result = run([name, '--org', 'refused', '--type', 'website']);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(message);
		expect(existsSync(join(root, 'content/organisations/refused.yaml'))).toBe(false);
		expect(await notices('refused')).toEqual([]);
	});

	test('refuses a file it cannot read, standard input without --format, and an unknown notice type', () => {
		expect(run(['missing.html', '--org', 'refused', '--type', 'website']).stderr).toContain('missing.html could not be read: there is no such file. Nothing was written.');
		expect(run(['-', '--org', 'refused', '--type', 'website'], '').stderr).toContain('Say what standard input holds with --format.');
		expect(run([join(fixtures, 'notice.md'), '--org', 'refused', '--type', 'webiste']).stderr).toContain('There is no notice type "webiste"');
		expect(existsSync(join(root, 'content/organisations/refused.yaml'))).toBe(false);
	});
});
