// Runs every test suite in order, carrying on past a failure so one run reports everything,
// and ends with one line, "N passed, N failed", totalling every suite. `npm test` runs this.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { ensureBrowser } from './browser.ts';

/** The date the test build is fixed to, so statuses (current, upcoming, archived) never drift. */
const TEST_TODAY = '2026-11-22';
const RESULTS = 'test-results';

interface Outcome {
	passed: number;
	failed: number;
}

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
	console.log(`\n▶ ${[command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

/** A suite that is one check: it passes or fails as a whole. */
const single = (ok: boolean): Outcome => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

function readJson(file: string): unknown {
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

mkdirSync(RESULTS, { recursive: true });
const outcomes: Record<string, Outcome> = {};

const unitOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/unit.json`]);
const unit = readJson(`${RESULTS}/unit.json`) as { numPassedTests: number; numFailedTests: number } | undefined;
outcomes['unit'] = unit ? { passed: unit.numPassedTests, failed: unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1) } : single(false);

// Warnings fail the type check too: `astro check` must report none.
outcomes['type check'] = single(run('npx', ['astro', 'check', '--minimumFailingSeverity', 'warning']));

// Built twice: as served from the root, and under a base path with "Edit this page" links,
// which the link and edit-link tests check too.
const built =
	run('npx', ['astro', 'build'], { NOTICEBOARD_TODAY: TEST_TODAY }) &&
	run('npx', ['astro', 'build', '--outDir', 'dist-policies'], {
		NOTICEBOARD_TODAY: TEST_TODAY,
		BASE_PATH: '/policies/',
		EDIT_BASE_URL: 'https://git.example/noticeboard/edit/main/',
	});
outcomes['build'] = single(built);

// Both builds, since the one under a base path has markup of its own ("Edit this page" links);
// all pages in one Java run take a few seconds. One result per page.
if (built) {
	run(process.execPath, ['scripts/validate-html.ts', '--json', `${RESULTS}/html.json`, 'dist', 'dist-policies']);
	outcomes['HTML validity'] = (readJson(`${RESULTS}/html.json`) as Outcome | undefined) ?? single(false);
} else {
	outcomes['HTML validity'] = single(false);
}

if (built && ensureBrowser()) {
	// The record reporter writes the accessibility run's date for the next build's statement (decision 0016).
	const browserOk = run('npx', ['playwright', 'test', '--reporter=list,json,./tests/a11y/record-reporter.ts'], {
		PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/browser.json`,
	});
	const stats = (readJson(`${RESULTS}/browser.json`) as { stats?: { expected: number; unexpected: number; flaky: number } } | undefined)?.stats;
	outcomes['browser'] = stats
		? { passed: stats.expected + stats.flaky, failed: stats.unexpected + (browserOk || stats.unexpected ? 0 : 1) }
		: single(false);
} else {
	console.log(built ? '\nNo browser, so the end-to-end and accessibility tests could not run.' : '\nThe build failed, so the browser tests could not run.');
	outcomes['browser'] = single(false);
}

console.log('\nSuites:');
for (const [name, { passed, failed }] of Object.entries(outcomes)) console.log(`  ${name}: ${passed} passed, ${failed} failed`);
const total = Object.values(outcomes).reduce((sum, o) => ({ passed: sum.passed + o.passed, failed: sum.failed + o.failed }), { passed: 0, failed: 0 });
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
