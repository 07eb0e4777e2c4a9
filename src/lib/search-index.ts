import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Which files to read, and how many of them must be in the index. */
export interface SearchPages {
	/** A Pagefind glob, relative to the site's folder. */
	glob: string;
	/** The number of pages marked for search among them. */
	expected: number;
}

/**
 * Builds the Pagefind search index for a built site in `dir`, into `dir/pagefind/`.
 *
 * With `pages`, only the files that match its glob are read (see `SEARCH_FILES`): the rest of the
 * site (history, comparisons, lists) would be read and thrown away. The index must then hold
 * exactly the expected number of pages, so the pages and the rule that marks them cannot drift
 * apart. Without it, every page in `dir` is read and Pagefind keeps those marked
 * `data-pagefind-body`.
 *
 * Pagefind reports problems in its responses rather than by throwing, so each is checked: any
 * error, or an index of no pages at all, stops the build instead of publishing a search that
 * finds nothing.
 */
export async function buildSearchIndex(dir: string, pages?: SearchPages): Promise<{ pages: number; read: number }> {
	const fail = (step: string, errors: readonly string[]) => {
		throw new Error(`The search index could not be built (${step}):\n${errors.map((e) => `  ${e}`).join('\n')}`);
	};
	try {
		const { index, errors } = await pagefind.createIndex();
		if (!index || errors.length > 0) return fail('starting Pagefind', errors);
		const added = await index.addDirectory(pages ? { path: dir, glob: pages.glob } : { path: dir });
		if (added.errors.length > 0) fail('reading the pages', added.errors);
		const read = added.page_count;
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
		if (pages && indexed !== pages.expected) {
			fail('reading the pages', [`The index has ${indexed} pages, but ${pages.expected} versions are meant to be found: each version's page must be marked for search (data-pagefind-body) once.`]);
		}
		return { pages: indexed, read };
	} finally {
		await pagefind.close();
	}
}
