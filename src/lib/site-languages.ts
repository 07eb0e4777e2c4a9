import { DEFAULT_LANGUAGE, LANGUAGE_CODES, strings, type LanguageCode } from '../i18n/index.ts';
import { buildCatalogue, lastUpdated } from './catalogue.ts';
import type { IsoDate } from './dates.ts';
import { pageLanguages, type PageLanguages } from './languages.ts';
import { catalogue, siteNoticeTypes, siteOrganisations, siteVersions, today, translationsById, type NoticeEntry, type SiteCatalogue, type SiteNotice, type SiteVersion, type TranslationEntry } from './site.ts';

// The site in each language: the same notices on the same timelines, each version's entry its
// translation where it has one (decision 0015). Layouts render whatever entry they are given, so
// a Welsh page is the English page's layout given the Welsh catalogue.

/** What a translated entry stands for: the version it translates, and its language. */
const translatedFrom = new WeakMap<NoticeEntry, { source: NoticeEntry; language: LanguageCode }>();

/** A translation as an entry of its version's kind: its own words, with the version's change class. */
function localisedEntry(source: NoticeEntry, translation: TranslationEntry, language: LanguageCode): NoticeEntry {
	const { title, summary, changeNote, updated, facts } = translation.data;
	// The translation's own fields replace the version's, absent ones too: an `updated` of the version's is not the translation's.
	const data = { ...source.data, title, summary, changeNote, updated, facts, language: strings(language).meta.htmlLang };
	const entry = { ...translation, data } as unknown as NoticeEntry;
	translatedFrom.set(entry, { source, language });
	return entry;
}

const catalogues = new Map<LanguageCode, SiteCatalogue>([[DEFAULT_LANGUAGE, catalogue]]);

/** The site in `language`: each version's entry its translation into it where there is one, else the original. */
export function catalogueIn(language: LanguageCode): SiteCatalogue {
	let found = catalogues.get(language);
	if (!found) {
		const versions = siteVersions.map((version) => {
			const translation = translationsById.get(version.value.id)?.get(language);
			return translation ? { ...version, updated: translation.data.updated, value: localisedEntry(version.value, translation, language) } : version;
		});
		const types = siteNoticeTypes.map(({ slug, data }) => ({ slug, data: { ...data, ...data.translations?.[language] } }));
		found = buildCatalogue({ organisations: siteOrganisations, types, versions }, today);
		catalogues.set(language, found);
	}
	return found;
}

/** Whether a version, as the catalogue in some language gives it, is in that language: a translation, or an original. */
export function isTranslation(version: SiteVersion): boolean {
	return translatedFrom.has(version.entry.value);
}

// Each original version by its entry, so a translation finds the version it translates at once.
const originals = new Map(catalogue.notices.flatMap((n) => n.timeline.versions).map((v) => [v.entry.value, v]));

/**
 * When a translation is older than the version it translates: the date the version was last
 * updated, if that is after the translation's own last edit.
 */
export function originalUpdatedAfter(version: SiteVersion): IsoDate | undefined {
	const from = translatedFrom.get(version.entry.value);
	if (!from) return undefined;
	const original = originals.get(from.source)!;
	const originalDate = lastUpdated(original);
	return originalDate > lastUpdated(version) ? originalDate : undefined;
}

/** A notice type in `language`: its title, description and audience translated where its file gives them. */
export function noticeTypeIn(language: LanguageCode, slug: string): SiteCatalogue['types'][number] {
	return catalogueIn(language).types.find((t) => t.slug === slug)!;
}

/** The notice in `language` that stands for `notice`, by organisation and type. */
export function noticeIn(language: LanguageCode, notice: SiteNotice): SiteNotice {
	if (language === DEFAULT_LANGUAGE) return notice;
	return catalogueIn(language).notices.find((n) => n.org === notice.org && n.type === notice.type)!;
}

const translated = new Map<string, Set<LanguageCode>>([...translationsById].map(([id, byLanguage]) => [id, new Set(byLanguage.keys())]));

/** Every page's languages, by its path in the default language (src/lib/languages.ts). */
export const PAGE_LANGUAGES: ReadonlyMap<string, PageLanguages> = pageLanguages(catalogue, translated);

/** The languages the page at `path` (without a language prefix) is built in. */
export function builtIn(path: string): LanguageCode[] {
	return PAGE_LANGUAGES.get(path)?.built ?? [DEFAULT_LANGUAGE];
}

/** Each language's value for a route's `[...lang]` parameter: none for the default language. */
export function langParam(language: LanguageCode): string | undefined {
	return language === DEFAULT_LANGUAGE ? undefined : language;
}

/** The routes of a page in every language it is built in, with the language among the props. */
export function inLanguages<P extends Record<string, string>, Props>(path: string, params: P, props: (language: LanguageCode) => Props) {
	return builtIn(path).map((language) => ({ params: { ...params, lang: langParam(language) }, props: { ...props(language), language } }));
}

export { LANGUAGE_CODES };
