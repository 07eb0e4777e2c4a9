// The search page's languages and words. Pagefind indexes each language apart, by the `lang` of a
// page's <html>, and searches the one of the page it runs on; the search page can add the others'
// indexes when the reader asks. The page's script gets its words as JSON the layout writes (the
// Content Security Policy allows no inline script), so this file holds only plain data and the
// pure logic the script runs on it: it imports no dictionary, which the browser would download.
import type { SearchState } from './search.ts';

/** What the script's sentences are made from: plain text with `{name}` holes (src/i18n/en.ts, `search.client`). */
export interface SearchSentences {
	empty: string;
	noResults: string;
	hint: string;
	resultsOne: string;
	resultsOther: string;
	more: string;
	scopeAll: string;
	scopeCurrent: string;
	everyLanguage: string;
	status: Record<'current' | 'upcoming' | 'archived', string>;
	effectiveFrom: string;
	sections: string;
	thisNotice: string;
}

/** A language the site publishes in, as the search page's script needs it. */
export interface SearchLanguage {
	/** Its code in addresses: `cy`. */
	code: string;
	/** Its `lang` on <html>: `en-GB`, `cy`; Pagefind names its index by it, in lower case. */
	htmlLang: string;
	/** Its name in the search page's language, for results in another language. */
	name: string;
	/** The start of its pages' paths within the site: `/` for the default language, `/cy/`. */
	prefix: string;
}

/** Everything the search page's script is told by the page, as the JSON block it reads. */
export interface SearchPageData {
	/** The page's language code. */
	language: string;
	/** The locale its dates are written in. */
	dateLocale: string;
	/** Every language the site publishes in, the page's among them. */
	languages: SearchLanguage[];
	sentences: SearchSentences;
}

/** A template's `{name}` holes filled from `values`; a hole without a value is left as written. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (hole, name: string) => (name in values ? String(values[name]) : hole));
}

/**
 * The status line under the search form: a prompt when nothing is typed, else the number of
 * results for the words in the versions and languages searched, and what to try when there are none.
 */
export function searchStatus(sentences: SearchSentences, state: SearchState, total: number, shown: number): string {
	if (!state.query) return sentences.empty;
	const values = {
		query: state.query,
		count: total,
		scope: state.allVersions ? sentences.scopeAll : sentences.scopeCurrent,
		languages: state.allLanguages ? sentences.everyLanguage : '',
		hint: state.allVersions ? '' : sentences.hint,
		more: total > shown ? fill(sentences.more, { shown }) : '',
	};
	if (total === 0) return fill(sentences.noResults, values);
	return fill(total === 1 ? sentences.resultsOne : sentences.resultsOther, values);
}

/** Pagefind's index of each language, by its key: the pages' `lang` in lower case. */
export type PagefindLanguages = Record<string, { page_count: number }>;

/** The key of the index Pagefind loads for `lang`: the same, or its language without the region. */
function indexKey(indexes: PagefindLanguages, lang: string): string | undefined {
	const key = lang.toLowerCase();
	const general = key.split('-')[0]!;
	return key in indexes ? key : general in indexes ? general : undefined;
}

/** Which indexes a search reads: the one Pagefind opens on the page, and those to merge into it. */
export interface SearchIndexes {
	/** Whether the page's own language has an index: without one, a search in it finds nothing. */
	pageHasIndex: boolean;
	/** The keys of the other indexes to merge, for a search of every language. */
	merge: string[];
}

/**
 * The indexes a search of every language reads, given the indexes built (`pagefind-entry.json`)
 * and the page's `lang`. Pagefind opens the page's language's index, or, when there is none, the
 * largest: that one is never merged twice.
 */
export function searchIndexes(indexes: PagefindLanguages, pageLang: string, languages: readonly Pick<SearchLanguage, 'htmlLang'>[]): SearchIndexes {
	const own = indexKey(indexes, pageLang);
	const opened = own ?? Object.entries(indexes).sort(([, a], [, b]) => b.page_count - a.page_count)[0]?.[0];
	const keys = languages.map((l) => indexKey(indexes, l.htmlLang)).filter((key) => key !== undefined && key !== opened);
	return { pageHasIndex: own !== undefined, merge: [...new Set(keys)] as string[] };
}

/** The language of a result, from its address: the language with the longest matching prefix after `base`. */
export function resultLanguage<L extends Pick<SearchLanguage, 'prefix'>>(url: string, base: string, languages: readonly L[]): L | undefined {
	const path = url.startsWith(base) ? `/${url.slice(base.length)}` : url;
	return languages.filter((l) => path.startsWith(l.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
}
