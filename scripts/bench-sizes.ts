// What the bench measures in a built site: which pages of each kind it has, and how many bytes
// its pages and its CSS take, raw and gzipped (`npm run bench`).
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { usesComponents } from './corpus-components.ts';

/** Every file under `dir`, by its path from `dir` with forward slashes, and its size. */
export async function filesUnder(dir: string): Promise<{ path: string; bytes: number }[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return Promise.all(
		entries
			.filter((e) => e.isFile())
			.map(async (e) => {
				const path = join(e.parentPath, e.name);
				return { path: relative(dir, path).split(sep).join('/'), bytes: (await stat(path)).size };
			}),
	);
}

/** The value at percentile `p` of a sorted list. */
export const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
/** The sum of a list of numbers. */
export const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

/** The kind of page at a path in dist/, by its URL shape. */
export function kindOf(file: string): string {
	// A page in another language is of its kind too: `cy/<org>/<type>/` is a notice page.
	const path = file.replace(/^cy\//, '');
	if (path.endsWith('feed.xml')) return 'feed';
	if (!path.endsWith('.html')) return 'other';
	if (/\/compare\/\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}\/index\.html$/.test(path)) return 'compare';
	if (/\/compare\/index\.html$/.test(path)) return 'comparisons';
	if (/\/history\/index\.html$/.test(path)) return 'history';
	if (/^[^/]+\/[^/]+\/\d{4}-\d{2}-\d{2}\/index\.html$/.test(path)) return 'version';
	if (/^(?!types\/)[^/]+\/[^/]+\/index\.html$/.test(path)) return 'notice';
	return 'list';
}

/** How big some pages are: how many, and the median and 95th percentile of their size, raw and gzipped. */
export interface Sizes { pages: number; medianBytes: number; p95Bytes: number; medianGzipBytes: number; p95GzipBytes: number }

/** Each file's size, raw and gzipped. */
async function sizeEach(dir: string, paths: readonly string[]): Promise<{ path: string; bytes: number; gzipBytes: number }[]> {
	return Promise.all(paths.map(async (path) => {
		const bytes = await readFile(join(dir, path));
		return { path, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
	}));
}

/** The sizes of some pages under `dist`. */
export async function sizesOf(dist: string, paths: readonly string[]): Promise<Sizes> {
	const each = await sizeEach(dist, paths);
	const raw = each.map((e) => e.bytes).sort((a, b) => a - b);
	const gzip = each.map((e) => e.gzipBytes).sort((a, b) => a - b);
	return { pages: each.length, medianBytes: percentile(raw, 50), p95Bytes: percentile(raw, 95), medianGzipBytes: percentile(gzip, 50), p95GzipBytes: percentile(gzip, 95) };
}

/** Version pages' sizes, apart for versions whose MDX uses components and those whose MDX does not, and each page's gzip size. */
export interface VersionHtml { withComponents: Sizes; withoutComponents: Sizes; byPage: Record<string, { gzipBytes: number; components: boolean }> }

/**
 * Measures the version pages (`<org>/<type>/<YYYY-MM-DD>/index.html`) of a site built from
 * `content`, telling apart those whose MDX uses components: this is how "components add at most
 * 1 KB gzip to the median page" is measured, here and against a run with `--components 0`.
 */
export async function versionHtml(dist: string, content: string): Promise<VersionHtml> {
	const notices = join(content, 'notices');
	// The versions: a translation (<date>.cy.mdx) has its page under cy/, measured with the pages in all.
	const sources = (await filesUnder(notices)).map((f) => f.path).filter((path) => /\d{4}-\d{2}-\d{2}\.mdx$/.test(path)).sort();
	const pageOf = (source: string) => source.replace(/\.mdx$/, '/index.html');
	const using = new Set<string>();
	for (const source of sources) if (usesComponents(await readFile(join(notices, source), 'utf8'))) using.add(pageOf(source));
	const pages = sources.map(pageOf);
	const each = await sizeEach(dist, pages);
	return {
		withComponents: await sizesOf(dist, pages.filter((page) => using.has(page))),
		withoutComponents: await sizesOf(dist, pages.filter((page) => !using.has(page))),
		byPage: Object.fromEntries(each.map((e) => [e.path, { gzipBytes: e.gzipBytes, components: using.has(e.path) }])),
	};
}

/** The site's CSS files (not Pagefind's), each with its size raw and gzipped. */
export async function cssFiles(dist: string, files: readonly { path: string }[]): Promise<{ path: string; bytes: number; gzipBytes: number }[]> {
	return sizeEach(dist, files.map((f) => f.path).filter((path) => path.endsWith('.css') && !path.startsWith('pagefind/')).sort());
}

/**
 * How much more, gzipped, the same version pages take now than in an earlier run, over the pages
 * that use components now and did not then (such as a run with `--components 0.5` against one with
 * `--components 0` of the same seed): the median of the differences page by page, and the
 * difference between the two runs' median pages.
 */
export function componentsAdd(now: VersionHtml, then: VersionHtml): { pages: number; medianDifferenceBytes: number; medianPageBytes: number } {
	const pairs = Object.entries(now.byPage).flatMap(([page, n]) => {
		const t = then.byPage[page];
		return n.components && t && !t.components ? [[n.gzipBytes, t.gzipBytes] as const] : [];
	});
	const median = (list: number[]) => percentile(list.sort((a, b) => a - b), 50);
	return { pages: pairs.length, medianDifferenceBytes: median(pairs.map(([n, t]) => n - t)), medianPageBytes: median(pairs.map(([n]) => n)) - median(pairs.map(([, t]) => t)) };
}
