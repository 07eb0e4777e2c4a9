import type { Catalogue } from './catalogue.ts';
import { DEFAULT_LANGUAGE, localisedPath, TRANSLATION_LANGUAGES } from '../i18n/index.ts';
import type { TranslatedVersions } from './languages.ts';
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
export const SEARCH_FILES = `{${['', ...TRANSLATION_LANGUAGES.map((language) => `${language}/`)]
	.flatMap((prefix) => [`${prefix}*/*/index.html`, `${prefix}*/*/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/index.html`])
	.join(',')}}`;

/**
 * The site path of every page in the search index, one per version in each language it is in:
 * the original's, and each translation's, by the same rule, under its language's prefix.
 */
export function searchPaths(catalogue: Catalogue<unknown, unknown, unknown>, translated: TranslatedVersions = new Map()): string[] {
	return catalogue.notices.flatMap((notice) => {
		const { org, type, timeline } = notice;
		const languagesOf = (effective: string) => [DEFAULT_LANGUAGE, ...(translated.get(`${org}/${type}/${effective}`) ?? [])];
		return [
			...languagesOf(timeline.headline.effective).map((language) => localisedPath(language, paths.notice(org, type))),
			...timeline.versions
				.filter((version) => isSearchPage(notice, version, true))
				.flatMap((version) => languagesOf(version.effective).map((language) => localisedPath(language, paths.version(org, type, version.effective)))),
		];
	});
}
