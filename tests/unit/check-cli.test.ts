import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const script = resolve('scripts/check.ts');
const roots: string[] = [];

/** Runs `npm run check` (the script itself) in a copy of the base site with a fixture (under tests/fixtures/) laid over it. */
async function check(fixture: string | undefined, ...args: string[]) {
	const root = await mkdtemp(join(tmpdir(), 'noticeboard-check-'));
	roots.push(root);
	await cp('tests/fixtures/base/content', join(root, 'content'), { recursive: true });
	if (fixture) await cp(`tests/fixtures/${fixture}/content`, join(root, 'content'), { recursive: true });
	return spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
}

afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true }))));

// Each test starts the command line, twice in one: seconds on a busy machine.
describe('npm run check', { timeout: 30_000 }, () => {
	test('says there are no problems and exits 0 on good content', async () => {
		const result = await check(undefined);
		expect(result.stdout).toContain('No problems found.');
		expect(result.status).toBe(0);
	});

	test('lists each problem as file:line:column  field  message  (fix) and exits 1', async () => {
		const result = await check('bad-content/08-unknown-frontmatter-field');
		expect(result.stdout).toMatch(/^content\/notices\/trust\/website\/2025-06-01\.mdx:3:1 {2}sumary {2}"sumary" is not a field Noticeboard knows\. {2}\(Did you mean "summary"\?/m);
		expect(result.stdout).toMatch(/1 error, \d+ warnings/);
		expect(result.status).toBe(1);
	});

	test('gives the same problems as JSON with --json', async () => {
		const result = await check('bad-content/08-unknown-frontmatter-field', '--json');
		const report = JSON.parse(result.stdout) as { errors: number; problems: { file: string; line: number; field: string }[] };
		expect(report.errors).toBe(1);
		expect(report.problems[0]).toMatchObject({ file: 'content/notices/trust/website/2025-06-01.mdx', line: 3, field: 'sumary', severity: 'error' });
		expect(result.status).toBe(1);
	});

	test('reports the UK GDPR completeness of each notice, and fails on gaps with --strict', async () => {
		const relaxed = await check(undefined);
		expect(relaxed.stdout).toContain('trust/website (2025-01-01): present 1, 3–10, 12–14; missing none; not applicable 2, 11, 15');
		const incomplete = await check('incomplete-facts');
		expect(incomplete.stdout).toContain('trust/website (2025-06-01): present 1; missing 2–15');
		expect(incomplete.status).toBe(0);
		const strict = await check('incomplete-facts', '--strict');
		expect(strict.stdout).toMatch(/2025-06-01\.mdx {2}facts {2}UK GDPR checklist item 3 is missing/);
		expect(strict.status).toBe(1);
	});
});
