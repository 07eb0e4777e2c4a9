import { DEFAULT_LANGUAGE, LANGUAGE_CODES, localisedPath, strings, type LanguageCode } from '../i18n/index.ts';
import type { Catalogue } from './catalogue.ts';
import { comparisonPairs } from './history.ts';
import { paths } from './urls.ts';

// Which pages the site has in which language (decision 0015). The default language has every page.
// Another language has the site's own pages (home, search, glossary, notice types) once any
// notice is translated into it, and a notice's pages once any of its versions is: each of its
// versions then has an address in that language, which shows the translation or, where there is
// none, says so and offers the original. Pure, so the build's routes and its sitemap agree.

/** The default language's tag, for `hreflang` on links that lead to it. */
const DEFAULT_TAG = strings(DEFAULT_LANGUAGE).meta.htmlLang;

/** Which versions are translated: `<org>/<type>/<date>` to the languages each is in. */
export type TranslatedVersions = ReadonlyMap<string, ReadonlySet<LanguageCode>>;

/** The translated versions, from the check's translations. */
export function translatedVersions(translations: readonly { org: string; type: string; effective: string; language: LanguageCode }[]): Map<string, Set<LanguageCode>> {
	const map = new Map<string, Set<LanguageCode>>();
	for (const { org, type, effective, language } of translations) {
		const key = `${org}/${type}/${effective}`;
		if (!map.has(key)) map.set(key, new Set());
		map.get(key)!.add(language);
	}
	return map;
}

/** Where one page exists in each language: `translated` is where it says something of its own. */
export interface PageLanguages {
	/** The languages the page is built in. */
	built: LanguageCode[];
	/** The languages whose page is the page in that language, not a note that it is not translated. */
	translated: LanguageCode[];
}

/** The site's pages by their path in the default language, each with the languages it exists in. */
export function pageLanguages(catalogue: Catalogue<unknown, unknown, unknown>, translated: TranslatedVersions): Map<string, PageLanguages> {
	const pages = new Map<string, PageLanguages>();
	const versionLanguages = (org: string, type: string, effective: string) => [DEFAULT_LANGUAGE, ...(translated.get(`${org}/${type}/${effective}`) ?? [])];
	const site = new Set<LanguageCode>([DEFAULT_LANGUAGE]);
	const byOrganisation = new Map<string, Set<LanguageCode>>();
	for (const { org, type, timeline } of catalogue.notices) {
		const notice = new Set(timeline.versions.flatMap((v) => versionLanguages(org, type, v.effective)));
		const built = LANGUAGE_CODES.filter((l) => notice.has(l));
		for (const language of built) site.add(language);
		if (!byOrganisation.has(org)) byOrganisation.set(org, new Set([DEFAULT_LANGUAGE]));
		for (const language of built) byOrganisation.get(org)!.add(language);
		const set = (path: string, translatedIn: LanguageCode[]) => pages.set(path, { built, translated: LANGUAGE_CODES.filter((l) => translatedIn.includes(l)) });
		for (const version of timeline.versions) set(paths.version(org, type, version.effective), versionLanguages(org, type, version.effective));
		set(paths.notice(org, type), versionLanguages(org, type, timeline.headline.effective));
		set(paths.history(org, type), built);
		// A feed is in each language its page is, with the versions translated into it.
		pages.set(paths.noticeFeed(org, type), { built, translated: built });
		if (timeline.versions.length > 1) set(paths.comparisons(org, type), built);
		for (const { from, to } of comparisonPairs(timeline)) {
			const both = versionLanguages(org, type, from.effective).filter((l) => versionLanguages(org, type, to.effective).includes(l));
			pages.set(paths.compare(org, type, from.effective, to.effective), { built: both, translated: both });
		}
	}
	const siteLanguages = LANGUAGE_CODES.filter((l) => site.has(l));
	for (const [org, languages] of byOrganisation) {
		const built = LANGUAGE_CODES.filter((l) => languages.has(l));
		pages.set(paths.organisation(org), { built, translated: built });
		pages.set(paths.organisationFeed(org), { built, translated: built });
	}
	const everywhere = { built: siteLanguages, translated: siteLanguages };
	for (const path of [paths.home(), paths.glossary(), paths.accessibility(), '/search/', paths.siteFeed()]) pages.set(path, everywhere);
	for (const type of (catalogue.types as { slug: string }[])) pages.set(paths.noticeType(type.slug), everywhere);
	return pages;
}

/** A page's addresses in each language it says something of its own in, for `hreflang` links. */
export function alternates(path: string, page: PageLanguages | undefined): { language: LanguageCode; path: string }[] {
	return (page?.translated ?? [DEFAULT_LANGUAGE]).map((language) => ({ language, path: localisedPath(language, path) }));
}

/**
 * The links of a page in `language` made to lead to its language's pages: a link to a site page
 * that is built in `language` is given that page's address; a link to one that is not keeps its
 * address and says, with `hreflang`, which language it leads to. Links that already name their
 * language (the language switcher, a "read it in English" link) are left as they are.
 */
export function localiseLinks(html: string, language: LanguageCode, base: string, pages: ReadonlyMap<string, PageLanguages>): string {
	const prefix = base.replace(/\/+$/, '');
	const defaultTag = DEFAULT_TAG;
	return html.replace(/<a\s[^>]*>/g, (tag) => {
		if (/\shreflang=/.test(tag)) return tag;
		const match = /\shref="([^"#?]*)([^"]*)"/.exec(tag);
		if (!match || !match[1]!.startsWith(`${prefix}/`)) return tag;
		const path = match[1]!.slice(prefix.length);
		const page = pages.get(path);
		if (!page) return tag;
		if (page.built.includes(language)) return tag.replace(match[0], ` href="${prefix}${localisedPath(language, path)}${match[2]}"`);
		return tag.replace(/>$/, ` hreflang="${defaultTag}">`);
	});
}
