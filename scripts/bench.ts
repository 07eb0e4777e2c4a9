// `npm run bench -- --notices N [--versions V] [--seed S] [--components F] [--translations F] [--out results.json] [--compare previous.json] [--baseline | --baseline-only] [--rebuild] [--runs N] [--profile dir] [--keep]`
// Generates a deterministic corpus in a temporary copy of the project, builds it with the real
// configuration (Pagefind included), and reports where the time and the bytes go. A fraction F of
// the notices (half unless told, `--components 0` for none) use MDX components.
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/lib/search-index.ts';
import { writeBaseline } from './bench-baseline.ts';
import { componentsAdd, cssFiles, filesUnder, kindOf, sizesOf, sum, versionHtml, type VersionHtml } from './bench-sizes.ts';
import { copyProject, linkNodeModules } from './copy-project.ts';
import { BENCH_COMPONENTS } from './generate-corpus.ts';

const { values } = parseArgs({
	options: {
		notices: { type: 'string', default: '100' },
		versions: { type: 'string', default: '1' },
		seed: { type: 'string', default: '1' },
		components: { type: 'string', default: String(BENCH_COMPONENTS) },
		// The fraction of notices with a Welsh translation of every version (decision 0015): 0 unless told.
		translations: { type: 'string', default: '0' },
		out: { type: 'string', default: 'bench-results.json' },
		compare: { type: 'string' },
		keep: { type: 'boolean', default: false },
		baseline: { type: 'boolean', default: false },
		'baseline-only': { type: 'boolean', default: false },
		rebuild: { type: 'boolean', default: false },
		profile: { type: 'string' },
		runs: { type: 'string', default: '1' },
	},
});
const progress = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)}  ${message}\n`);

/** Runs a Node script in `cwd`, collecting its output, and resolves with its exit code. */
function node(cwd: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
	return new Promise((done) => {
		const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env } });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk));
		child.on('close', (code) => done({ code: code ?? 1, output }));
	});
}

/** A timed build: its wall time, and the CPU time and peak memory its process reported on exit. */
interface Timed { code: number; output: string; wallMs: number; cpuMs: number; systemMs: number; peakRssMiB: number }

/** Runs `astro build` in `cwd` with the probe loaded (see bench-probe.ts), and times it. */
async function timedBuild(cwd: string, env: Record<string, string> = {}): Promise<Timed> {
	const probe = join(cwd, 'probe.json');
	const started = performance.now();
	// With --profile, each build also writes a V8 CPU profile (open it in Chrome's DevTools).
	const profile = values.profile ? ['--cpu-prof', '--cpu-prof-dir', resolve(values.profile)] : [];
	const run = await node(cwd, [...profile, '--import', join(import.meta.dirname, 'bench-probe.ts'), 'node_modules/astro/bin/astro.mjs', 'build'], { ...env, BENCH_PROBE: probe });
	const wallMs = Math.round(performance.now() - started);
	if (run.code !== 0) return { ...run, wallMs, cpuMs: 0, systemMs: 0, peakRssMiB: 0 };
	const { userMs, systemMs, maxRssKiB } = JSON.parse(await readFile(probe, 'utf8')) as { userMs: number; systemMs: number; maxRssKiB: number };
	return { ...run, wallMs, cpuMs: userMs + systemMs, systemMs, peakRssMiB: Math.round(maxRssKiB / 1024) };
}

/** One phase's end, as the build's hooks record it (NOTICEBOARD_TIMINGS). */
interface Mark { phase: string; wall: number; cpu: number }

const PHASE_NAMES: Record<string, string> = { git: 'settings, and published dates from git', check: 'content check', sync: 'content sync and setup', render: 'rendering pages and feeds', assets: 'writing assets', pagefind: 'Pagefind index' };

/** Wall and CPU time for each phase of a build, from its hooks' marks and its whole wall time. */
function phasesOf(marks: readonly Mark[], wall: number): Record<string, { wallMs: number; cpuMs: number }> {
	const phases: Record<string, { wallMs: number; cpuMs: number }> = {};
	marks.slice(1).forEach((mark, i) => {
		const before = marks[i]!;
		phases[PHASE_NAMES[mark.phase] ?? mark.phase] = { wallMs: Math.round(mark.wall - before.wall), cpuMs: Math.round(mark.cpu - before.cpu) };
	});
	// The sitemap runs after the index; the rest of the wall time is it, and Node's start and exit.
	const at = (phase: string) => marks.find((m) => m.phase === phase)!;
	phases['sitemap, start-up and exit'] = { wallMs: Math.round(wall - (at('pagefind').wall - at('start').wall)), cpuMs: 0 };
	return phases;
}

/** The run with the median wall time. */
function median<T extends { wallMs: number }>(runs: readonly T[]): T {
	return [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)]!;
}

/** Removes a project's last output and Astro's caches, so that its next build starts cold. */
async function cold(dir: string): Promise<void> {
	for (const path of ['dist', 'node_modules/.astro', '.astro']) await rm(join(dir, path), { recursive: true, force: true });
}

const work = await copyProject('noticeboard-bench-');
const timingsFile = join(work, 'timings.json');
const env = { NOTICEBOARD_TIMINGS: timingsFile, NOTICEBOARD_TODAY: '2026-11-22' };
const percent = `${Math.round(Number(values.components) * 100)}%`;
try {
	progress(`Generating ${values.notices} notices × ${values.versions} versions (seed ${values.seed}, ${percent} of the notices using components)…`);
	// The generator reads the notice types from this project's content/.
	const generated = await node(process.cwd(), ['scripts/generate-corpus.ts', '--out', work, '--notices', values.notices, '--versions', values.versions, '--seed', values.seed, '--components', values.components, '--translations', values.translations]);
	if (generated.code !== 0) throw new Error(`The corpus could not be generated:\n${generated.output}`);

	// With --runs N, each cold build is made N times, the baseline's just after each of ours, and
	// the run with the median wall time is reported: on a shared machine one run can mislead.
	// --baseline-only builds the baseline alone, such as for a corpus Noticeboard cannot build yet.
	const runs = Math.max(1, Number(values.runs) || 1);
	const onlyBaseline = values['baseline-only'];
	const withBaseline = values.baseline || onlyBaseline;
	const plain = join(work, 'baseline');
	if (withBaseline) {
		await mkdir(plain);
		await cp(join(work, 'content'), join(plain, 'content'), { recursive: true });
		await linkNodeModules(plain);
		await writeBaseline(plain);
	}
	const ours: (Timed & { marks: Mark[] })[] = [];
	const plains: (Timed & { pages: number })[] = [];
	for (let run = 1; run <= runs; run++) {
		const of = runs > 1 ? ` (run ${run} of ${runs})` : '';
		if (!onlyBaseline) {
			progress(`Building with the project's configuration (content check, pages, sitemap, feeds, Pagefind)${of}…`);
			await cold(work);
			const built = await timedBuild(work, env);
			if (built.code !== 0) throw new Error(`The build failed:\n${built.output.slice(-4000)}`);
			ours.push({ ...built, marks: (JSON.parse(await readFile(timingsFile, 'utf8')) as { marks: Mark[] }).marks });
			progress(`Built in ${(built.wallMs / 1000).toFixed(1)} s.`);
		}
		if (!withBaseline) continue;
		// The yardstick: the same MDX through plain Astro with a minimal layout, then Pagefind.
		progress(`Building the same MDX with plain Astro and a minimal layout, then Pagefind${of}…`);
		await cold(plain);
		const yardstick = await timedBuild(plain);
		if (yardstick.code !== 0) throw new Error(`The baseline build failed:\n${yardstick.output.slice(-4000)}`);
		const start = performance.now();
		const { read } = await buildSearchIndex(join(plain, 'dist'));
		plains.push({ ...yardstick, wallMs: yardstick.wallMs + Math.round(performance.now() - start), pages: read });
		progress(`Baseline built in ${(plains.at(-1)!.wallMs / 1000).toFixed(1)} s.`);
	}
	progress('Measuring the output…');
	const site = onlyBaseline ? undefined : await measureSite(ours);
	const plainBuild = plains.length > 0 ? median(plains) : undefined;
	const baseline = plainBuild && {
		wallMs: plainBuild.wallMs,
		cpuMs: plainBuild.cpuMs,
		systemMs: plainBuild.systemMs,
		peakRssMiB: plainBuild.peakRssMiB,
		pages: plainBuild.pages,
		...(site ? { ratio: Number((site.wallMs / plainBuild.wallMs).toFixed(2)) } : {}),
		...(runs > 1 ? { runsWallMs: plains.map((p) => p.wallMs) } : {}),
		versionHtml: await versionHtml(join(plain, 'dist'), join(work, 'content')),
	};

	const results = {
		corpus: { notices: Number(values.notices), versions: Number(values.versions), seed: Number(values.seed), components: Number(values.components) },
		machine: { cpus: (await import('node:os')).availableParallelism(), node: process.version },
		...site,
		...(baseline ? { baseline } : {}),
	};
	await writeFile(values.out, `${JSON.stringify(results, null, '\t')}\n`);

	const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
	const split = (v: VersionHtml) => ([[v.withComponents, 'with components'], [v.withoutComponents, 'without']] as const).filter(([sizes]) => sizes.pages > 0).map(([sizes, which]) => `${kib(sizes.medianGzipBytes)} ${which} (${sizes.pages} pages)`).join(', ');
	console.log(`\nNoticeboard bench: ${values.notices} notices × ${values.versions} versions, seed ${values.seed}, ${percent} of the notices using components, ${results.machine.cpus} CPUs, Node ${process.version}`);
	if (site) {
		console.log(`Pages: ${Object.entries(site.pages).map(([k, n]) => `${n} ${k}`).join(', ')}${site.translatedPages > 0 ? `; ${site.totalPages} pages but feeds, ${site.translatedPages} of them in Welsh` : `; ${site.totalPages} pages but feeds`}`);
		console.log(`Build: ${(site.wallMs / 1000).toFixed(1)} s wall, ${(site.cpuMs / 1000).toFixed(1)} s CPU (${(site.systemMs / 1000).toFixed(1)} s of it system), peak RSS ${site.peakRssMiB} MiB, ${site.pagesPerSecond} pages/s while rendering`);
		for (const [phase, t] of Object.entries(site.phases)) console.log(`  ${phase.padEnd(28)} ${(t.wallMs / 1000).toFixed(2)} s wall${t.cpuMs ? `, ${(t.cpuMs / 1000).toFixed(2)} s CPU` : ''}`);
		console.log(`dist: ${kib(site.distBytes)}; notice page HTML median ${kib(site.noticeHtml.medianBytes)} (${kib(site.noticeHtml.medianGzipBytes)} gzip), p95 ${kib(site.noticeHtml.p95Bytes)} (${kib(site.noticeHtml.p95GzipBytes)} gzip)`);
		console.log(`Version pages, gzip median: ${split(site.versionHtml)}`);
		console.log(`CSS ${kib(site.cssBytes)} (${kib(site.cssGzipBytes)} gzip) in ${site.cssFiles.length === 1 ? '1 file' : `${site.cssFiles.length} files`}: ${site.cssFiles.map((f) => `${f.path} ${kib(f.gzipBytes)} gzip`).join(', ')}`);
		console.log(`JS on a reading page ${site.jsBytes.readingPage} B, on the search page ${kib(site.jsBytes.searchPage)}`);
		console.log(`Pagefind: ${kib(site.pagefindBytes.total)} in all, ${kib(site.pagefindBytes.index)} of index`);
		if (runs > 1) console.log(`Cold builds, ${runs} runs: ${ours.map((b) => `${(b.wallMs / 1000).toFixed(1)} s`).join(', ')}; the median is reported${plains.length > 0 ? `. Baseline: ${plains.map((b) => `${(b.wallMs / 1000).toFixed(1)} s`).join(', ')}` : ''}`);
		if (site.rebuild) {
			console.log(`Rebuild after editing one notice: ${(site.rebuild.wallMs / 1000).toFixed(1)} s wall, ${site.rebuild.ratio}× the cold build`);
			for (const [phase, t] of Object.entries(site.rebuild.phases)) console.log(`  ${phase.padEnd(28)} ${(t.wallMs / 1000).toFixed(2)} s wall${t.cpuMs ? `, ${(t.cpuMs / 1000).toFixed(2)} s CPU` : ''}`);
		}
	} else if (runs > 1) console.log(`Baseline builds, ${runs} runs: ${plains.map((b) => `${(b.wallMs / 1000).toFixed(1)} s`).join(', ')}; the median is reported`);
	if (baseline) {
		console.log(`Plain Astro + Pagefind on the same MDX: ${(baseline.wallMs / 1000).toFixed(1)} s wall (${(baseline.cpuMs / 1000).toFixed(1)} s CPU, ${(baseline.systemMs / 1000).toFixed(1)} s of it system, peak RSS ${baseline.peakRssMiB} MiB) for ${baseline.pages} pages${baseline.ratio ? `; Noticeboard takes ${baseline.ratio}× as long` : ''}`);
		console.log(`Plain Astro version pages, gzip median: ${split(baseline.versionHtml)}`);
	}
	console.log(`Results written to ${values.out}.`);

	if (values.compare) {
		const before = JSON.parse(await readFile(values.compare, 'utf8')) as Partial<typeof results> & { baseline?: typeof baseline };
		const ratio = (now: number | undefined, then: number | undefined) => (now && then ? `${(now / then).toFixed(2)}×` : 'n/a');
		console.log(`\nCompared with ${values.compare} (now ÷ then):`);
		if (site) {
			console.log(`  wall ${ratio(site.wallMs, before.wallMs)}, peak RSS ${ratio(site.peakRssMiB, before.peakRssMiB)}, pages/s ${ratio(site.pagesPerSecond, before.pagesPerSecond)}`);
			console.log(`  notice HTML gzip median ${ratio(site.noticeHtml.medianGzipBytes, before.noticeHtml?.medianGzipBytes)}, dist ${ratio(site.distBytes, before.distBytes)}, Pagefind ${ratio(site.pagefindBytes.total, before.pagefindBytes?.total)}`);
		}
		if (baseline) console.log(`  baseline wall ${ratio(baseline.wallMs, before.baseline?.wallMs)}, peak RSS ${ratio(baseline.peakRssMiB, before.baseline?.peakRssMiB)}`);
		// What components add to a page: the same versions, with components now and without then.
		const added = (now: VersionHtml | undefined, then: VersionHtml | undefined, whose: string) => {
			const add = now && then && componentsAdd(now, then);
			if (add && add.pages > 0) console.log(`  ${whose} version pages that use components now and did not then (${add.pages}): ${add.medianDifferenceBytes} B more gzip at the median, page by page; the median page ${add.medianPageBytes} B more`);
		};
		added(site?.versionHtml, before.versionHtml, 'Noticeboard');
		added(baseline?.versionHtml, before.baseline?.versionHtml, 'Plain Astro');
	}
} finally {
	if (values.keep) progress(`Kept ${work}`);
	else await rm(work, { recursive: true, force: true });
}

/** Everything measured of Noticeboard's own builds, from the median run: time, phases, pages, bytes, and a rebuild if asked for. */
async function measureSite(ours: readonly (Timed & { marks: Mark[] })[]) {
	const build = median(ours);
	const wall = build.wallMs;
	const phases = phasesOf(build.marks, wall);
	const dist = join(work, 'dist');
	const files = await filesUnder(dist);
	const pages: Record<string, number> = {};
	let translatedPages = 0;
	for (const file of files) {
		const kind = kindOf(file.path);
		if (kind === 'other') continue;
		pages[kind] = (pages[kind] ?? 0) + 1;
		if (file.path.startsWith('cy/') && kind !== 'feed') translatedPages++;
	}
	const noticePages = files.filter((f) => ['notice', 'version'].includes(kindOf(f.path))).map((f) => f.path);
	const noticeHtml = await sizesOf(dist, noticePages);
	const scriptBytes = async (page: string) => {
		const html = await readFile(join(dist, page), 'utf8');
		const sources = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
		// A JSON-LD block is data, not JavaScript: browsers never run it, so it is not counted.
		const inline = [...html.matchAll(/<script(?![^>]*(?:src=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!.length);
		const external = await Promise.all(sources.map(async (src) => (await stat(join(dist, src.replace(/^\//, '')))).size));
		return sum(inline) + sum(external);
	};
	const aNotice = noticePages.find((path) => kindOf(path) === 'notice')!;
	const css = await cssFiles(dist, files);
	const pagefind = files.filter((f) => f.path.startsWith('pagefind/'));
	const indexOnly = pagefind.filter((f) => /^pagefind\/(index|fragment|filter)\//.test(f.path));
	const totalPages = sum(Object.values(pages).filter((_, i) => Object.keys(pages)[i] !== 'feed'));
	const renderMs = phases['rendering pages and feeds']!.wallMs;
	// Measured before the rebuild, which writes over dist/.
	const versions = await versionHtml(dist, join(work, 'content'));
	const cssBytes = sum(css.map((f) => f.bytes));
	const cssGzipBytes = sum(css.map((f) => f.gzipBytes));
	const jsBytes = { readingPage: await scriptBytes(aNotice), searchPage: (await scriptBytes('search/index.html')) + (files.find((f) => f.path === 'pagefind/pagefind.js')?.bytes ?? 0) };

	// One-file rebuild: what an editor's commit costs when one version of one notice changes.
	let rebuild: { wallMs: number; cpuMs: number; ratio: number; edited: string; phases: ReturnType<typeof phasesOf> } | undefined;
	if (values.rebuild) {
		const notices = (await filesUnder(join(work, 'content', 'notices'))).map((f) => f.path).sort();
		const edited = join('content', 'notices', notices[Math.floor(notices.length / 2)]!);
		progress(`Editing ${edited} and building again…`);
		await writeFile(join(work, edited), `${await readFile(join(work, edited), 'utf8')}\nWe added this sentence to measure a rebuild.\n`);
		const again = await timedBuild(work, env);
		if (again.code !== 0) throw new Error(`The rebuild failed:\n${again.output.slice(-4000)}`);
		const { marks: rebuilt } = JSON.parse(await readFile(timingsFile, 'utf8')) as { marks: Mark[] };
		rebuild = { wallMs: again.wallMs, cpuMs: again.cpuMs, ratio: Number((again.wallMs / wall).toFixed(2)), edited, phases: phasesOf(rebuilt, again.wallMs) };
		progress(`Rebuilt in ${(again.wallMs / 1000).toFixed(1)} s.`);
	}
	return {
		pages,
		totalPages,
		translatedPages,
		wallMs: wall,
		...(ours.length > 1 ? { runsWallMs: ours.map((b) => b.wallMs) } : {}),
		cpuMs: build.cpuMs,
		systemMs: build.systemMs,
		phases,
		peakRssMiB: build.peakRssMiB,
		pagesPerSecond: Math.round((totalPages / renderMs) * 1000),
		distBytes: sum(files.map((f) => f.bytes)),
		noticeHtml,
		versionHtml: versions,
		cssBytes,
		cssGzipBytes,
		cssFiles: css,
		jsBytes,
		pagefindBytes: { total: sum(pagefind.map((f) => f.bytes)), index: sum(indexOnly.map((f) => f.bytes)) },
		...(rebuild ? { rebuild } : {}),
	};
}
