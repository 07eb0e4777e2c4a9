import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const script = resolve('scripts/check.ts');
const roots: string[] = [];

/** Runs `npm run check` (the script itself) in a copy of a fixture site. */
async function check(fixture: string | undefined, ...args: string[]) {
	const root = await mkdtemp(join(tmpdir(), 'noticeboard-check-'));
	roots.push(root);
	await cp('tests/fixtures/base/content', join(root, 'content'), { recursive: true });
	if (fixture) await cp(`tests/fixtures/bad-content/${fixture}/content`, join(root, 'content'), { recursive: true });
	return spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
}

afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true }))));

describe('npm run check', () => {
	test('says there are no problems and exits 0 on good content', async () => {
		const result = await check(undefined);
		expect(result.stdout).toContain('No problems found.');
		expect(result.status).toBe(0);
	});

	test('lists each problem as file:line:column  field  message  (fix) and exits 1', async () => {
		const result = await check('08-unknown-frontmatter-field');
		expect(result.stdout).toMatch(/^content\/notices\/trust\/website\/2025-06-01\.mdx:3:1 {2}sumary {2}"sumary" is not a field Noticeboard knows\. {2}\(Did you mean "summary"\?/m);
		expect(result.stdout).toContain('1 error, 0 warnings');
		expect(result.status).toBe(1);
	});

	test('gives the same problems as JSON with --json', async () => {
		const result = await check('08-unknown-frontmatter-field', '--json');
		const report = JSON.parse(result.stdout) as { errors: number; problems: { file: string; line: number; field: string }[] };
		expect(report.errors).toBe(1);
		expect(report.problems[0]).toMatchObject({ file: 'content/notices/trust/website/2025-06-01.mdx', line: 3, field: 'sumary', severity: 'error' });
		expect(result.status).toBe(1);
	});
});
