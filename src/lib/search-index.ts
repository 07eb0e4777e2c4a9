import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** How many pages are read and handed to Pagefind at once. */
const BATCH = 64;

/**
 * Builds the Pagefind search index for a built site in `dir`, into `dir/pagefind/`.
 *
 * With `pages`, the site paths of the pages to index (see `searchPaths`), only those files are
 * read: the rest of the site (history, comparisons, lists) would be read and thrown away. Every
 * one of them must then be marked for search, so the list and the pages cannot drift apart.
 * Without it, every page in `dir` is read and Pagefind keeps those marked `data-pagefind-body`.
 *
 * Pagefind reports problems in its responses rather than by throwing, so each is checked: any
 * error, or an index of no pages at all, stops the build instead of publishing a search that
 * finds nothing.
 */
export async function buildSearchIndex(dir: string, pages?: readonly string[]): Promise<{ pages: number; read: number }> {
	const fail = (step: string, errors: readonly string[]) => {
		throw new Error(`The search index could not be built (${step}):\n${errors.map((e) => `  ${e}`).join('\n')}`);
	};
	try {
		const { index, errors } = await pagefind.createIndex();
		if (!index || errors.length > 0) return fail('starting Pagefind', errors);
		let read = 0;
		if (pages) {
			for (let start = 0; start < pages.length; start += BATCH) {
				const added = await Promise.all(
					pages.slice(start, start + BATCH).map(async (path) => {
						const sourcePath = `${path.replace(/^\//, '')}index.html`;
						return index.addHTMLFile({ sourcePath, content: await readFile(join(dir, sourcePath), 'utf8') });
					}),
				);
				const problems = added.flatMap((result) => result.errors);
				if (problems.length > 0) fail('reading the pages', problems);
			}
			read = pages.length;
		} else {
			const added = await index.addDirectory({ path: dir });
			if (added.errors.length > 0) fail('reading the pages', added.errors);
			read = added.page_count;
		}
		const outputPath = join(dir, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) fail('writing the index', written.errors);
		// Noticeboard has its own search page: Pagefind's ready-made interfaces are never loaded,
		// so they are not published either.
		for (const name of await readdir(outputPath)) {
			if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name)) await rm(join(outputPath, name));
		}
		// The entry file counts the pages in the index.
		const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
		if (indexed === 0) {
			fail('reading the pages', [`None of the ${read} pages read in ${dir} is marked for search (data-pagefind-body), so the index is empty.`]);
		}
		if (pages && indexed !== pages.length) {
			fail('reading the pages', [`${pages.length - indexed} of the ${pages.length} pages meant for search are not marked for it (data-pagefind-body).`]);
		}
		return { pages: indexed, read };
	} finally {
		await pagefind.close();
	}
}
