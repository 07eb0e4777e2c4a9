/**
 * Which files make each collection, as Astro's glob loader finds them (src/content.config.ts).
 * Kept here, apart from the wiring, so a unit test can show that the content check reads, or
 * reports, every file these patterns would load.
 */
export const CONTENT_GLOBS = {
	organisations: { base: './content/organisations', pattern: '*.{yaml,yml}' },
	noticeTypes: { base: './content/notice-types', pattern: '*.{yaml,yml}' },
	notices: { base: './content/notices', pattern: '*/*/*.{md,mdx}' },
} as const;
