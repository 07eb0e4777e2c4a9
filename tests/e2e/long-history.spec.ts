import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort, throwawayProject } from './project.ts';

// A notice with twelve versions, more than get a comparison of every pair: each version is
// compared with the one before it and with the current version, and the form says so for the
// rest. Built and served from a throwaway copy of the project.

test.describe.configure({ mode: 'serial' });

const notice = 'content/notices/trust/website';
const dates = Array.from({ length: 10 }, (_, i) => `2025-${String(i + 2).padStart(2, '0')}-01`);
let project: Awaited<ReturnType<typeof throwawayProject>>;
let server: ChildProcess | undefined;
let address = '';

test.beforeAll(async () => {
	test.setTimeout(120_000);
	project = await throwawayProject('tests/fixtures/base/content');
	const last = await readFile(join(project.root, notice, '2025-01-01.mdx'), 'utf8');
	for (const [i, date] of dates.entries()) {
		const text = last.replace('We made the complaints section clearer.', `We changed the notice for the ${i + 3}th time.`);
		await writeFile(join(project.root, notice, `${date}.mdx`), `${text}\nThis is change number ${i + 3}.\n`);
	}
	const build = project.run('node_modules/astro/bin/astro.mjs', 'build');
	expect(build.status, build.stderr + build.stdout).toBe(0);
	const port = await freePort();
	address = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { cwd: project.root });
	await expect.poll(() => fetch(address).then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(200);
});

test.afterAll(async () => {
	server?.kill();
	await project?.remove();
});

test('a notice with twelve versions gets 21 comparisons, not 66', async () => {
	const compare = join(project.root, 'dist/trust/website/compare');
	const pages = (await readdir(compare, { recursive: true })).filter((path) => path.endsWith('index.html') && path.includes('/'));
	expect(pages).toHaveLength(11 + 10);
});

test('the form opens a comparison that exists, and says which ones do for any other pair', async ({ page }) => {
	await page.goto(`${address}/trust/website/history/`);
	await page.getByLabel('Earlier version').selectOption('2025-02-01');
	await page.getByLabel('Later version').selectOption('2025-06-01');
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page.getByRole('alert')).toHaveText(/not compared on a page of their own/);
	await expect(page).toHaveURL(/\/history\/$/);

	await page.getByLabel('Later version').selectOption('2025-11-01');
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(/\/compare\/2025-02-01\/2025-11-01\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
