import { z } from 'astro/zod';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES } from '../i18n/codes.ts';

const TRANSLATION_LANGUAGE_CODES = LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANGUAGE) as [string, ...string[]];

/** One notice type: `content/notice-types/<type>.yaml`. The file name is its URL slug. */
export const noticeTypeSchema = z.strictObject({
	/** Title shown for notices of this type, e.g. `Website privacy notice`. */
	title: z.string().trim().min(1),
	/** One or two sentences on what this type of notice covers. */
	description: z.string().trim().min(1),
	/** Who it is written for, e.g. `People who use our website`. */
	audience: z.string().trim().min(1),
	/** The same three in other languages, by language code, e.g. `cy: { title: Hysbysiad preifatrwydd gwefan, … }`. */
	translations: z
		.partialRecord(
			z.enum(TRANSLATION_LANGUAGE_CODES),
			z.strictObject({ title: z.string().trim().min(1), description: z.string().trim().min(1), audience: z.string().trim().min(1) }),
		)
		.optional(),
});

/** A notice type as an editor writes it. */
export type NoticeTypeInput = z.input<typeof noticeTypeSchema>;
/** A notice type after validation. */
export type NoticeType = z.output<typeof noticeTypeSchema>;
