import { z } from 'astro/zod';

/** A section id: lowercase letters, digits and single hyphens, as a glossary page anchor. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected lowercase letters, digits and single hyphens, such as "data-controller".');

/** One defined term of the site's glossary (`content/glossary.yaml`), which `<Term>` links to. */
export const glossaryEntrySchema = z.strictObject({
	/** The term as the glossary shows it, e.g. `Controller`. */
	term: z.string().trim().min(1),
	/** Its anchor on the glossary page, e.g. `controller`. Defaults to the term, slugified. */
	slug: slug.optional(),
	/** What it means, in one or two plain sentences. */
	definition: z.string().trim().min(1),
	/** Other forms `<Term>` may be written with, e.g. `[controllers, data controller]`. */
	aliases: z.array(z.string().trim().min(1)).default([]),
});

/** The site's glossary: a list of terms, in the order the glossary page shows them. */
export const glossarySchema = z.array(glossaryEntrySchema);

/** A glossary entry as an editor writes it. */
export type GlossaryEntryInput = z.input<typeof glossaryEntrySchema>;
/** A glossary entry after validation, with its slug worked out. */
export type GlossaryEntry = z.output<typeof glossaryEntrySchema> & { slug: string };
