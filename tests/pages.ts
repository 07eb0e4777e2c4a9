import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folder the site is built into. */
export const DIST = 'dist';

/**
 * Every HTML page in the built site, as a URL path: `/acme/website/` for
 * `dist/acme/website/index.html`, `/404.html` for `dist/404.html`. Read from disk, not from the
 * sitemap, so a page the sitemap misses is still tested.
 */
export function builtPages(dist = DIST): string[] {
	return builtFiles(dist, (name) => name.endsWith('.html'))
		.map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

/** Every Atom feed in the built site, as a URL path such as `/acme/feed.xml`, read from disk. */
export function builtFeeds(dist = DIST): string[] {
	return builtFiles(dist, (name) => name === 'feed.xml').sort();
}

function builtFiles(dist: string, keep: (name: string) => boolean): string[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && keep(entry.name))
		.map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
}
