import type { z } from 'astro/zod';
import { noticeSchema } from './notice.ts';

/**
 * A translation of one version: `content/notices/<org>/<type>/<YYYY-MM-DD>.<language>.mdx`, beside
 * the version it translates, with the same effective date (decision 0015). Its language comes from
 * the file name, and its change class from the version it translates; its facts, if the version
 * has facts, are the version's own with their words translated: the content check holds every
 * code, and the length of every list, to the version's (src/lib/check/translations.ts).
 */
export const translationSchema = noticeSchema.pick({
	/** The title, translated. */
	title: true,
	/** The summary, translated: one sentence of at most 300 characters. */
	summary: true,
	/** The change note, translated: required when the version it translates has one. */
	changeNote: true,
	/** The date the translation was last edited, if after the effective date; compared with the version's to find an out-of-date translation. */
	updated: true,
	/** The version's facts with their words translated. Required when the version has facts. */
	facts: true,
});

/** A translation's frontmatter as an editor writes it. */
export type TranslationInput = z.input<typeof translationSchema>;
/** A translation's frontmatter after validation. */
export type TranslationFrontmatter = z.output<typeof translationSchema>;
