import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort, throwawayProject } from './project.ts';

// `astro dev` on a throwaway copy of the project, on a port of its own: an editor saves a version
// with a skipped heading, sees the problem in the terminal and on the page, fixes it, and sees it go.

test.describe.configure({ timeout: 90_000 });

const version = 'content/notices/trust/website/2025-01-01.mdx';

/** The dev server's output so far, and a way to wait for a line in it without sleeping. */
function watchOutput(server: ChildProcess) {
	let output = '';
	const waiters = new Set<() => void>();
	const add = (chunk: Buffer) => {
		output += chunk.toString();
		for (const waiter of waiters) waiter();
	};
	server.stdout?.on('data', add);
	server.stderr?.on('data', add);
	return {
		/** Resolves once `pattern` appears after `from` characters of output; rejects after `timeout` ms. */
		waitFor(pattern: RegExp, from: number, timeout = 20_000) {
			return new Promise<void>((resolve, reject) => {
				const check = () => {
					if (!pattern.test(output.slice(from))) return;
					waiters.delete(check);
					clearTimeout(timer);
					resolve();
				};
				const timer = setTimeout(() => {
					waiters.delete(check);
					reject(new Error(`No ${pattern} in the dev server's output:\n${output.slice(from)}`));
				}, timeout);
				waiters.add(check);
				check();
			});
		},
		get length() {
			return output.length;
		},
	};
}

test('astro dev shows a problem saved into a notice in the terminal and on the page, and clears it once fixed', async ({ page }) => {
	const project = await throwawayProject('tests/fixtures/base/content');
	const port = await freePort();
	const address = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: project.root,
		env: { ...process.env, NOTICEBOARD_TODAY: '2026-11-22' },
	});
	const output = watchOutput(server);
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/content-check\.css|nb-dev-check|Content Security Policy/.test(message.text())) violations.push(message.text());
	});
	try {
		await output.waitFor(/ready in/, 0, 60_000);
		await page.goto(`${address}/trust/website/`);
		await expect(page.getByRole('heading', { level: 1, name: 'Website privacy notice' })).toBeVisible();
		await expect(page.locator('#nb-dev-check')).toHaveCount(0);
		// The preview is styled as the built site is: the dev server's styles and client are allowed.
		await expect(page.locator('.nb-header')).toHaveCSS('background-color', 'rgb(19, 58, 94)');

		const file = join(project.root, version);
		const fixed = await readFile(file, 'utf8');
		let from = output.length;
		await writeFile(file, fixed.replace('## How to complain', '#### How to complain'));
		await output.waitFor(/Content check: 1 new problem\.\ncontent\/notices\/trust\/website\/2025-01-01\.mdx:26:1 {2}This heading skips from level 2 to level 4\./, from);

		// The page reloads by itself once the check has run.
		const banner = page.getByRole('region', { name: 'Content check: 1 error, 0 warnings' });
		await expect(banner).toBeVisible({ timeout: 15_000 });
		await expect(banner.getByRole('listitem')).toHaveText(/2025-01-01\.mdx:26:1\s+This heading skips from level 2 to level 4\.\s+Use ### here/);
		// Its stylesheet applies: the page's policy allows a stylesheet from the site.
		await expect(banner).toHaveCSS('border-inline-start-style', 'solid');
		expect(violations).toEqual([]);

		from = output.length;
		await writeFile(file, fixed);
		await output.waitFor(/Content check: no problems/, from);
		await expect(page.locator('#nb-dev-check')).toHaveCount(0, { timeout: 15_000 });
		await expect(page.getByRole('heading', { level: 1, name: 'Website privacy notice' })).toBeVisible();
		expect(violations).toEqual([]);
	} finally {
		server.kill();
		await project.remove();
	}
});
