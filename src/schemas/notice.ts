import { z } from 'astro/zod';
import { isoDateSchema } from './date.ts';
import { factsSchema } from './facts.ts';

/** How big a change a version makes: readers and feeds show it beside the change note. */
export const changeClasses = ['major', 'minor'] as const;

/** One version of one notice: `content/notices/<org>/<type>/<YYYY-MM-DD>.mdx`.
 *  The organisation, type and effective date come from the path, not the frontmatter. */
export const noticeSchema = z.strictObject({
	/** The notice's title as readers see it, e.g. `How we use your information`. */
	title: z.string().trim().min(1),
	/** One plain sentence saying what the notice covers; shown in lists, feeds and search. */
	summary: z
		.string()
		.trim()
		.min(1)
		.max(300, 'Keep the summary to one sentence of at most 300 characters.'),
	/** `major` or `minor`. Required on every version but the first. */
	changeClass: z.enum(changeClasses).optional(),
	/** What changed since the previous version, for readers. Required on every version but the first. */
	changeNote: z.string().trim().min(1).optional(),
	/** The date this version's text was last edited, if after it was first published. Defaults to the effective date. */
	updated: isoDateSchema.optional(),
	/** The key facts, for "At a glance" and the completeness report. Optional, but reported as missing. */
	facts: factsSchema.optional(),
	/** BCP 47 language tag of the text. Defaults to `en-GB`. */
	language: z
		.string()
		.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Expected a language tag such as "en-GB" or "cy".')
		.default('en-GB'),
});

/** A notice version's frontmatter as an editor writes it. */
export type NoticeInput = z.input<typeof noticeSchema>;
/** A notice version's frontmatter after validation and defaults. */
export type NoticeFrontmatter = z.output<typeof noticeSchema>;
