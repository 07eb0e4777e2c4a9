import { languageOfUrl, strings, type LanguageCode, type Strings } from './index.ts';

/**
 * The language of the page being rendered, read from its address (`/cy/…` is Welsh), and its
 * strings: `const { language, t } = pageLanguage(Astro.url)`. Components read it themselves, so
 * no page has to pass a language down through every component.
 */
export function pageLanguage(url: URL): { language: LanguageCode; t: Strings } {
	const language = languageOfUrl(url, import.meta.env.BASE_URL);
	return { language, t: strings(language) };
}
