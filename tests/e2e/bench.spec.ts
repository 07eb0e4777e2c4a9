import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The bench measures and asserts nothing about time; this proves it runs end to end at a tiny size.
// Noticeboard builds the corpus without components until issue 13's components are in src/ (the
// check refuses them until then); the baseline builds the standard corpus, half of it with components.

test('npm run bench builds a small generated corpus and reports every figure', async () => {
	test.setTimeout(180_000);
	const dir = mkdtempSync(join(tmpdir(), 'noticeboard-bench-test-'));
	try {
		const out = join(dir, 'results.json');
		const run = spawnSync(process.execPath, ['scripts/bench.ts', '--notices', '20', '--versions', '2', '--baseline', '--rebuild', '--runs', '2', '--out', out], { encoding: 'utf8' });
		expect(run.status, run.stderr + run.stdout).toBe(0);
		expect(run.stdout).toContain('Noticeboard bench: 20 notices × 2 versions');
		const results = JSON.parse(readFileSync(out, 'utf8'));
		expect(results.pages).toMatchObject({ notice: 20, version: 40, history: 20, compare: 20 });
		expect(results.pages.feed).toBeGreaterThan(20);
		expect(Object.keys(results.phases)).toEqual([
			'settings, and published dates from git',
			'content check',
			'content sync and setup',
			'rendering pages and feeds',
			'writing assets',
			'Pagefind index',
			'sitemap, start-up and exit',
		]);
		expect(results.jsBytes.readingPage).toBe(0);
		expect(results.noticeHtml.medianGzipBytes).toBeGreaterThan(0);
		expect(results.versionHtml).toMatchObject({ withComponents: { pages: 20 }, withoutComponents: { pages: 20 } });
		expect(results.versionHtml.withoutComponents.medianGzipBytes).toBeGreaterThan(0);
		expect(results.cssFiles.length).toBeGreaterThan(0);
		expect(results.cssGzipBytes).toBe(results.cssFiles.reduce((sum: number, file: { gzipBytes: number }) => sum + file.gzipBytes, 0));
		expect(results.pagefindBytes.index).toBeGreaterThan(0);
		// Its 40 version pages and, since they use <Term>, its glossary page.
		expect(results.baseline).toMatchObject({ pages: 41 });
		expect(results.baseline.ratio).toBeGreaterThan(0);
		expect(results.runsWallMs).toHaveLength(2);
		expect(results.baseline.runsWallMs).toHaveLength(2);
		expect(results.cpuMs).toBeGreaterThan(0);
		expect(results.peakRssMiB).toBeGreaterThan(0);
		expect(results.rebuild).toMatchObject({ edited: expect.stringMatching(/^content\/notices\/.+\.mdx$/) });
		expect(results.rebuild.wallMs).toBeGreaterThan(0);
		const compared = spawnSync(process.execPath, ['scripts/bench.ts', '--notices', '20', '--out', join(dir, 'again.json'), '--compare', out], { encoding: 'utf8' });
		expect(compared.stdout).toMatch(/Compared with .*results\.json \(now ÷ then\):\n {2}wall \d+\.\d\d×/);
	} finally {
		rmSync(dir, { recursive: true });
	}
});

test('npm run bench -- --baseline-only builds the corpus with components in plain Astro and tells their pages apart', async () => {
	test.setTimeout(120_000);
	const dir = mkdtempSync(join(tmpdir(), 'noticeboard-bench-test-'));
	try {
		const [plain, mixed] = [join(dir, 'plain.json'), join(dir, 'mixed.json')];
		const args = ['scripts/bench.ts', '--notices', '20', '--versions', '2', '--baseline-only'];
		const none = spawnSync(process.execPath, [...args, '--components', '0', '--out', plain], { encoding: 'utf8' });
		expect(none.status, none.stderr + none.stdout).toBe(0);
		const run = spawnSync(process.execPath, [...args, '--out', mixed, '--compare', plain], { encoding: 'utf8' });
		expect(run.status, run.stderr + run.stdout).toBe(0);
		const results = JSON.parse(readFileSync(mixed, 'utf8'));
		expect(results.corpus).toMatchObject({ notices: 20, versions: 2, components: 0.5 });
		expect(results.wallMs).toBeUndefined();
		// 40 versions and the glossary that <Term> links to.
		expect(results.baseline).toMatchObject({ pages: 41, versionHtml: { withComponents: { pages: 20 }, withoutComponents: { pages: 20 } } });
		expect(run.stdout).toMatch(/Plain Astro version pages, gzip median: \d+\.\d KiB with components \(20 pages\), \d+\.\d KiB without \(20 pages\)/);
		expect(run.stdout).toMatch(/Plain Astro version pages that use components now and did not then \(20\): -?\d+ B more gzip at the median/);
	} finally {
		rmSync(dir, { recursive: true });
	}
});
