import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildCatalogue, type Catalogue, type Group, type Notice } from './catalogue.ts';
import { buildDate } from './dates.ts';
import type { DatedVersion } from './versions.ts';
import type { VersionRecord } from './catalogue.ts';
import { site, siteComponents } from './site-settings.ts';
import { glossaryBySlug, glossaryFile } from './glossary.ts';
import { parse } from 'yaml';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { DEFAULT_LANGUAGE, isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../i18n/codes.ts';
import { publishedBody } from './markdown/publish.ts';
import { componentOptionsFor, type ComponentOptions, type RenderedBody } from './markdown/render.ts';
import { recentlyUsed } from './recent.ts';
import { stripBom } from './utf8.ts';
import { published as publishedDates } from 'virtual:noticeboard/published';

/** A notice version entry as Astro loads it. */
export type NoticeEntry = CollectionEntry<'notices'>;
/** The site's catalogue, with Astro entries as the versions' values. */
export type SiteCatalogue = Catalogue<CollectionEntry<'organisations'>['data'], CollectionEntry<'noticeTypes'>['data'], NoticeEntry>;
/** One notice on the site. */
export type SiteNotice = Notice<NoticeEntry>;
/** One organisation on the site. */
export type SiteOrganisation = SiteCatalogue['organisations'][number];
/** One notice type on the site. */
export type SiteNoticeType = Group<CollectionEntry<'noticeTypes'>['data'], NoticeEntry>;
/** One version of a notice on the site, placed on its timeline. */
export type SiteVersion = DatedVersion<VersionRecord<NoticeEntry>>;

/** Where "Edit this page" links lead, such as https://github.com/acme/notices/edit/main/: `editBaseUrl`, or EDIT_BASE_URL. */
export const editBase = site.editBaseUrl;

/** The licence the site publishes its open data under, from astro.config.mjs, or null. */
export const dataLicence = site.dataLicence ?? null;

/** The build's "today": NOTICEBOARD_TODAY, or today's date in the UK. */
export const today = buildDate();

// Built once per build, at module level: every route reads from it (see STYLE.md).
const [organisations, types, notices, translationEntries, terms] = await Promise.all([
	getCollection('organisations'),
	getCollection('noticeTypes'),
	getCollection('notices'),
	getCollection('translations'),
	getCollection('glossary'),
]);

/** The site's glossary, by slug, in the order content/glossary.yaml gives it. */
export const glossary = glossaryBySlug(terms.map((entry) => ({ ...entry.data, slug: entry.id })));

/** Each language's glossary: English from its collection, others from content/glossary.<language>.yaml, checked already. */
export const glossaries: ReadonlyMap<LanguageCode, Map<string, GlossaryEntry>> = new Map(
	LANGUAGE_CODES.map((language) => {
		if (language === DEFAULT_LANGUAGE) return [language, glossary];
		let text: string | undefined;
		try {
			text = readFileSync(resolve(glossaryFile(language)), 'utf8');
		} catch {
			return [language, new Map()];
		}
		return [language, glossaryBySlug(glossarySchema.parse(parse(stripBom(text)) ?? []))];
	}),
);

/** A translation entry as Astro loads it: `<org>/<type>/<YYYY-MM-DD>.<language>`. */
export type TranslationEntry = CollectionEntry<'translations'>;

/** Each translation, by its version's id (`<org>/<type>/<date>`) and language. */
export const translationsById = new Map<string, Map<LanguageCode, TranslationEntry>>();
for (const entry of translationEntries) {
	const [, id, language] = /^(.*)\.([a-z]{2,3})$/.exec(entry.id) ?? [];
	if (!id || !language || !isLanguageCode(language)) continue;
	if (!translationsById.has(id)) translationsById.set(id, new Map());
	translationsById.get(id)!.set(language, entry);
}

/** The organisations, notice types and versions the catalogue is built from: each language's too (site-languages.ts). */
export const siteOrganisations = organisations.map((entry) => ({ slug: entry.id, data: entry.data }));
export const siteNoticeTypes = types.map((entry) => ({ slug: entry.id, data: entry.data }));
export const siteVersions: VersionRecord<NoticeEntry>[] = notices.map((entry) => {
	const [org, type, effective] = entry.id.split('/') as [string, string, string];
	// Git's dates are by path from the project's root, as the check names files.
	const published = publishedDates[(entry.filePath ?? '').replace(/^\.\//, '')];
	return { org, type, effective, updated: entry.data.updated, published, value: entry };
});

/** Every organisation, notice type and notice, in reading order. */
export const catalogue: SiteCatalogue = buildCatalogue({ organisations: siteOrganisations, types: siteNoticeTypes, versions: siteVersions }, today);

const organisationsBySlug = new Map(catalogue.organisations.map((o) => [o.slug, o]));
const typesBySlug = new Map(catalogue.types.map((t) => [t.slug, t]));

/** Looks up an organisation by slug; the catalogue guarantees notices' organisations exist. */
export function organisationOf(slug: string): SiteOrganisation {
	return organisationsBySlug.get(slug)!;
}

/** Looks up a notice type by slug. */
export function noticeTypeOf(slug: string): SiteNoticeType {
	return typesBySlug.get(slug)!;
}

/** A version's file, read as the check reads it, and what its components render from. */
function sourceOf(entry: NoticeEntry): { source: string; components: ComponentOptions | undefined } {
	// The loader keeps only the frontmatter (see notices-loader.ts): the body is read from its file.
	// A byte-order mark is removed as the check removes it, rather than trusting the renderer to.
	const path = resolve(entry.filePath ?? '');
	// An .mdx body's components render from this version's own facts (decision 0013), in its own
	// language: a translation's id ends with its language, `…/2025-04-01.cy`.
	const organisation = organisationOf(entry.id.split('/')[0]!).data;
	const suffix = /\.([a-z]{2,3})$/.exec(entry.id)?.[1];
	const language = suffix && isLanguageCode(suffix) ? suffix : DEFAULT_LANGUAGE;
	const context = { facts: entry.data.facts, organisation, glossary: glossaries.get(language) ?? glossary, base: import.meta.env.BASE_URL, language };
	const components = componentOptionsFor(path, siteComponents, context);
	return { source: stripBom(readFileSync(path, 'utf8')), components };
}

// Each body is shown by several pages (its version's, its notice's, and comparisons), built route
// by route, so rendered bodies are kept: up to 2,048 of them, about 70 MB, which is every version
// of a site of 1,000 and the most recent ones of a larger site, whose memory stays bounded.
const renderEntry = recentlyUsed(2048, (entry: NoticeEntry): RenderedBody => {
	const { source, components } = sourceOf(entry);
	return publishedBody(entry.filePath ?? entry.id, source, import.meta.env.BASE_URL, components);
});

/** A version's body as HTML, with its headings. */
export function bodyOf(version: SiteVersion): RenderedBody {
	return renderEntry(version.entry.value);
}
