import type { Plugin } from 'vite';
import type { IsoDate } from '../dates.ts';

/** The module pages import each version file's published date from (src/lib/site.ts). */
export const PUBLISHED_MODULE = 'virtual:noticeboard/published';

/**
 * A Vite plugin that hands the pages the published dates git gave the integration, as JSON by
 * path, so that git runs once per build rather than again in the pages' process. No dates, none.
 */
export function publishedModule(dates: ReadonlyMap<string, IsoDate> | undefined): Plugin {
	const resolved = `\0${PUBLISHED_MODULE}`;
	return {
		name: 'noticeboard:published',
		resolveId: (id) => (id === PUBLISHED_MODULE ? resolved : undefined),
		load: (id) => (id === resolved ? `export const published = ${JSON.stringify(Object.fromEntries(dates ?? []))};` : undefined),
	};
}
