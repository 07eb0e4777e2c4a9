import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_GLOBS } from './lib/content-globs.ts';
import { glossaryLoader } from './lib/glossary.ts';
import { noticesLoader } from './lib/notices-loader.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { noticeSchema } from './schemas/notice.ts';
import { noticeTypeSchema } from './schemas/notice-type.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { translationSchema } from './schemas/translation.ts';

// Wiring only: each schema lives in src/schemas/. Organisation and type come from a notice's
// folders, not its frontmatter, and are checked by src/lib/check before Astro reads anything.
export const collections = {
	organisations: defineCollection({
		loader: glob(CONTENT_GLOBS.organisations),
		schema: organisationSchema,
	}),
	noticeTypes: defineCollection({
		loader: glob(CONTENT_GLOBS.noticeTypes),
		schema: noticeTypeSchema,
	}),
	glossary: defineCollection({
		loader: glossaryLoader(),
		schema: glossaryEntrySchema,
	}),
	notices: defineCollection({
		loader: noticesLoader(CONTENT_GLOBS.notices),
		schema: noticeSchema,
	}),
	// Keyed `<org>/<type>/<YYYY-MM-DD>.<language>`, as the file is named (decision 0015).
	translations: defineCollection({
		loader: noticesLoader({ ...CONTENT_GLOBS.translations, generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') }),
		schema: translationSchema,
	}),
};
