/**
 * Which files make each collection, as Astro's glob loader finds them (src/content.config.ts).
 * Kept here, apart from the wiring, so a unit test can show that the content check reads, or
 * reports, every file these patterns would load.
 */
export const CONTENT_GLOBS = {
	organisations: { base: './content/organisations', pattern: '*.{yaml,yml}' },
	noticeTypes: { base: './content/notice-types', pattern: '*.{yaml,yml}' },
	/** Versions: `<org>/<type>/<YYYY-MM-DD>.mdx`. */
	notices: { base: './content/notices', pattern: '*/*/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].{md,mdx}' },
	/** Translations, beside the versions they translate: `<org>/<type>/<YYYY-MM-DD>.<language>.mdx`. */
	translations: { base: './content/notices', pattern: '*/*/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].*.{md,mdx}' },
} as const;
