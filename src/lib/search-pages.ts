import type { Catalogue } from './catalogue.ts';
import { paths } from './urls.ts';

/**
 * Whether a notice page is in the search index. Each version is indexed once: the headline
 * version at the notice's own address, where readers should land, and every other version at
 * its permanent address. One rule for the pages and for the index builder, which reads only these.
 */
export function isSearchPage(notice: { timeline: { headline: unknown } }, version: unknown, permanent: boolean): boolean {
	return permanent ? version !== notice.timeline.headline : true;
}

/**
 * The files in a built site that can be search pages: notice pages (`<org>/<type>/`) and version
 * pages (`<org>/<type>/<YYYY-MM-DD>/`), as a Pagefind glob. The index builder reads only these,
 * and Pagefind keeps those marked for search; the rest of the site is never read.
 */
export const SEARCH_FILES = '*/*/{index.html,[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/index.html}';

/** The site path of every page in the search index, one per version. */
export function searchPaths(catalogue: Catalogue<unknown, unknown, unknown>): string[] {
	return catalogue.notices.flatMap((notice) => {
		const { org, type, timeline } = notice;
		return [
			paths.notice(org, type),
			...timeline.versions.filter((version) => isSearchPage(notice, version, true)).map((version) => paths.version(org, type, version.effective)),
		];
	});
}
