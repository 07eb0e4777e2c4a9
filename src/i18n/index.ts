import { withoutBase } from '../lib/urls.ts';
import { DEFAULT_LANGUAGE, isLanguageCode, LANGUAGE_CODES, type LanguageCode } from './codes.ts';
import { cy } from './cy.ts';
import { en, type Strings } from './en.ts';

export { DEFAULT_LANGUAGE, isLanguageCode, LANGUAGE_CODES, type LanguageCode, type Strings };

/** Each language's strings: one typed dictionary per language (decision 0015). */
const DICTIONARIES: Record<LanguageCode, Strings> = { en, cy };

/** The languages other than the default, which have addresses of their own under `/<code>/`. */
export const TRANSLATION_LANGUAGES: readonly LanguageCode[] = LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANGUAGE);

/** The site's own words in `language`. */
export function strings(language: LanguageCode): Strings {
	return DICTIONARIES[language];
}

/** A site path in `language`: `/cy/acme/` for `/acme/` in Welsh; the default language's has no prefix. */
export function localisedPath(language: LanguageCode, path: string): string {
	return language === DEFAULT_LANGUAGE ? path : `/${language}${path}`;
}

/** The language of a site path, from its prefix, and the path without it. */
export function splitLanguage(path: string): { language: LanguageCode; path: string } {
	const match = /^\/([a-z]{2,3})(\/.*)$/.exec(path);
	return match && isLanguageCode(match[1]!) && match[1] !== DEFAULT_LANGUAGE ? { language: match[1], path: match[2]! } : { language: DEFAULT_LANGUAGE, path };
}

/** The language of the page at `url` on a site served from `base`. */
export function languageOfUrl(url: URL, base: string): LanguageCode {
	const path = withoutBase(base, url.pathname);
	return path === undefined ? DEFAULT_LANGUAGE : splitLanguage(path).language;
}

// One formatter per language: making an Intl.DateTimeFormat costs far more than using one, and
// pages write dozens of dates (3 s of a 1,000-version build when each date made its own).
const dateFormats = new Map<LanguageCode, Intl.DateTimeFormat>();

/** A date as readers of `language` write it: "3 November 2025", "3 Tachwedd 2025". */
export function formatDateIn(language: LanguageCode, date: string): string {
	let format = dateFormats.get(language);
	if (!format) {
		format = new Intl.DateTimeFormat(strings(language).meta.dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		dateFormats.set(language, format);
	}
	return format.format(new Date(`${date}T00:00:00Z`));
}
