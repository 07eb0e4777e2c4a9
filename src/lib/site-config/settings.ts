import { DEFAULT_LANGUAGE, type LanguageCode } from '../../i18n/codes.ts';
import type { SiteConfig, SiteText } from '../../schemas/site-config.ts';
import type { PublishedLogo } from './logo.ts';
import { accentColours } from './parse.ts';

/**
 * The site's settings as its pages use them: the checked options of `noticeboard()`, with the
 * logo's published address and size, the accent in each colour scheme, and environment
 * variables applied. Everything here is data, so the build hands it to the pages as JSON.
 */
export interface SiteSettings extends Omit<SiteConfig, 'logo' | 'accent' | 'components'> {
	logo: (PublishedLogo & { alt: SiteText }) | undefined;
	accent: { light: string; dark: string } | undefined;
}

/** The settings the pages see, from the checked options and, for the logo, its checked file. */
export function siteSettings(config: SiteConfig, logo: PublishedLogo | undefined, env: Record<string, string | undefined> = process.env): SiteSettings {
	const { logo: given, accent, components: _components, ...rest } = config;
	const editBaseUrl = env['EDIT_BASE_URL'] || config.editBaseUrl;
	return {
		...rest,
		...(editBaseUrl ? { editBaseUrl } : { editBaseUrl: undefined }),
		logo: given && logo ? { ...logo, alt: given.alt } : undefined,
		accent: accentColours(accent),
	};
}

/** Text in `language`, or in the default language where it has none of its own. */
export function textIn(text: SiteText, language: LanguageCode): string {
	return typeof text === 'string' ? text : (text[language] ?? text[DEFAULT_LANGUAGE]!);
}

/** Whether `text` has words of its own in `language`, to mark borrowed text with its language. */
export function hasTextIn(text: SiteText, language: LanguageCode): boolean {
	return typeof text === 'string' ? language === DEFAULT_LANGUAGE : text[language] !== undefined;
}

/**
 * The accent as a stylesheet: the header's band and, in light mode, the buttons. Empty without
 * one, leaving Noticeboard's own colours. A file, not inline style, so the Content Security
 * Policy stays `style-src 'self'`.
 */
export function themeCss(accent: SiteSettings['accent']): string {
	if (!accent) return '/* No accent colour is set: Noticeboard\'s own colours apply. */\n';
	return [
		'/* The accent colour set in astro.config.mjs, checked for contrast with white text at build time. */',
		'@layer nb.theme {',
		`\t:root { --nb-color-brand: ${accent.light}; }`,
		// Dark mode keeps Noticeboard's light buttons, whose text is dark: the accent under dark text would fail 1.4.3.
		`\t@media not (prefers-color-scheme: dark) { :root { --nb-color-button: ${accent.light}; } }`,
		`\t@media (prefers-color-scheme: dark) { :root { --nb-color-brand: ${accent.dark}; } }`,
		'}',
		'',
	].join('\n');
}
