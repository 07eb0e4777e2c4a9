import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';

/** Asks the OS for a free port, so tests never collide with a dev server. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Writes accessibility-tests.json after a complete accessibility run (tests/a11y/record-reporter.ts). */
const RECORD_REPORTER = './tests/a11y/record-reporter.ts';

// Workers load this file again: the ports chosen first are handed down through the environment.
process.env['NOTICEBOARD_TEST_PORT'] ??= String(await freePort());
process.env['NOTICEBOARD_TEST_BASE_PORT'] ??= String(await freePort());
// One run's name, so the round-trip test's worker, restarted after a failure, reads back the figures this run measured.
process.env['NOTICEBOARD_TEST_RUN'] ??= `${Date.now()}-${process.pid}`;
const port = Number(process.env['NOTICEBOARD_TEST_PORT']);
const basePort = Number(process.env['NOTICEBOARD_TEST_BASE_PORT']);

// Playwright cannot download its own browser on every machine: CHROMIUM_PATH points at one,
// and Debian's /usr/bin/chromium is used when it is there.
const executablePath = process.env['CHROMIUM_PATH'] || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const launchOptions = {
	...(executablePath ? { executablePath } : {}),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
};

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	// Axe is CPU-bound in the browser: one worker per core keeps both cores busy on a 2-core CI machine.
	workers: Math.max(2, availableParallelism()),
	forbidOnly: !!process.env['CI'],
	retries: 0,
	// The record reporter writes the date and outcome of a complete accessibility run, which the
	// next build's accessibility statement gives (decision 0016). With --reporter, name it too.
	reporter: [['list'], [RECORD_REPORTER], ...(process.env['CI'] ? [['json', { outputFile: 'test-results/playwright.json' }] as const] : [])],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions,
	},
	projects: [
		{
			name: 'e2e',
			testMatch: 'e2e/**/*.spec.ts',
			use: { ...devices['Desktop Chrome'], channel: undefined, launchOptions },
		},
		// Each accessibility test checks its page in light and dark, at 1280 px and 320 px. axe-core
		// is injected as an inline script, which the pages' policy refuses; the e2e project keeps
		// the policy in force (tests/e2e/csp.spec.ts).
		{ name: 'a11y', testMatch: 'a11y/**/*.spec.ts', use: { bypassCSP: true } },
	],
	// The site is built before the tests (scripts/test.ts), at the root and under /policies/, and
	// only served here.
	webServer: [
		{
			command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
		{
			command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${basePort} --outDir dist-policies --base /policies/`,
			url: `http://127.0.0.1:${basePort}/policies/`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
	],
});
