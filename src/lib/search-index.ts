import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index for a built site in `dir`, into `dir/pagefind/`. Pagefind
 * reports problems in its responses rather than by throwing, so each is checked: any error, or
 * an index of no pages at all, stops the build instead of publishing a search that finds nothing.
 */
export async function buildSearchIndex(dir: string): Promise<{ pages: number; read: number }> {
	const fail = (step: string, errors: readonly string[]) => {
		throw new Error(`The search index could not be built (${step}):\n${errors.map((e) => `  ${e}`).join('\n')}`);
	};
	try {
		const { index, errors } = await pagefind.createIndex();
		if (!index || errors.length > 0) return fail('starting Pagefind', errors);
		const added = await index.addDirectory({ path: dir });
		if (added.errors.length > 0) fail('reading the pages', added.errors);
		const outputPath = join(dir, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) fail('writing the index', written.errors);
		// Noticeboard has its own search page: Pagefind's ready-made interfaces are never loaded,
		// so they are not published either.
		for (const name of await readdir(outputPath)) {
			if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name)) await rm(join(outputPath, name));
		}
		// addDirectory counts every page it read; the entry file counts the pages in the index.
		const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
		if (pages === 0) {
			fail('reading the pages', [`None of the ${added.page_count} pages in ${dir} is marked for search (data-pagefind-body), so the index is empty.`]);
		}
		return { pages, read: added.page_count };
	} finally {
		await pagefind.close();
	}
}
