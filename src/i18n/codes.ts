/**
 * The languages Noticeboard can publish in, by their code in addresses (`/cy/…`). The first is the
 * default, which has no prefix. Adding a language means adding its code here and its strings file
 * beside this one, registered in index.ts; the type check then asks every strings file for its name.
 */
export const LANGUAGE_CODES = ['en', 'cy'] as const;

/** A language Noticeboard can publish in. */
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** The default language: pages without a language prefix, and the language notices are written in first. */
export const DEFAULT_LANGUAGE: LanguageCode = LANGUAGE_CODES[0];

/** Whether `value` is one of the languages' codes. */
export function isLanguageCode(value: string): value is LanguageCode {
	return (LANGUAGE_CODES as readonly string[]).includes(value);
}
