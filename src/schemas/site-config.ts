import { z } from 'astro/zod';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES } from '../i18n/codes.ts';
import { isoDateSchema } from './date.ts';

// The site's own settings: the options of `noticeboard()` in astro.config.mjs, for the people who
// run a site. Editors never need them. Parsed once by src/lib/site-config/parse.ts, which turns
// every problem into a sentence naming the setting; decision 0016-site-configuration says why
// they live there.

/**
 * Text the site shows: one string, or one per language, such as `{ en: 'Our notices', cy: 'Ein
 * hysbysiadau' }`. A language without its own text shows the default language's, which must be given.
 */
export const siteTextSchema = z.union([
	z.string().trim().min(1, 'Write some text here: it cannot be empty.'),
	z.partialRecord(z.enum(LANGUAGE_CODES), z.string().trim().min(1, 'Write some text here: it cannot be empty.')).refine((texts) => texts[DEFAULT_LANGUAGE] !== undefined, {
		message: `Give the text in the default language too ("${DEFAULT_LANGUAGE}"), which every other language falls back to.`,
	}),
]);

/** Text in one language or several. */
export type SiteText = z.infer<typeof siteTextSchema>;

const httpsUrl = z.url({ protocol: /^https$/, error: 'Give a full address starting "https://".' });

/** A colour written as CSS hex, `#1257a0` or `#15a`. */
export const hexColourSchema = z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'Write the colour as CSS hex, such as "#1257a0".');

/** A licence, by name and address. */
export const licenceSchema = z.strictObject({
	/** Its name, e.g. `Creative Commons Attribution 4.0 International (CC BY 4.0)`. */
	name: z.string().trim().min(1),
	/** Where to read it. */
	url: httpsUrl,
});

/** One footer link: to a page of the site (`/about/`) or another site (`https://…`). */
const footerLinkSchema = z.strictObject({
	text: siteTextSchema,
	href: z.union([z.string().regex(/^\/(?!\/)/, 'Start a link to this site with "/", or give a full address starting "https://".'), httpsUrl]),
});

/** How far a site meets WCAG 2.2 AA, in the words of the accessibility regulations: fully, partially or not compliant. */
export const complianceStatuses = ['full', 'partial', 'none'] as const;

/** A part of the site that is not accessible, for the accessibility statement. */
const knownIssueSchema = z.strictObject({
	/** What is not accessible and how it affects people, such as "Some tables in older notices have no header row". */
	text: siteTextSchema,
	/** The WCAG 2.2 success criteria it fails, by number, such as `["1.3.1"]`. */
	criteria: z.array(z.string().regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/, 'Give a WCAG success criterion by its number, such as "1.3.1".')).default([]),
	/** When it will be fixed, `YYYY-MM-DD`, if known. */
	fixBy: isoDateSchema.optional(),
});

/**
 * The accessibility statement's declarations, which only the site's owner can make: automated
 * tests find some problems but cannot show that a site meets the standard (decision 0016).
 */
const accessibilitySchema = z
	.strictObject({
		/** How far the site meets WCAG 2.2 AA, after checks by people as well as the automated tests: `full`, `partial` or `none`. */
		status: z.enum(complianceStatuses),
		/** The day the statement was first prepared, `YYYY-MM-DD`. */
		preparedOn: isoDateSchema,
		/** The day it was last reviewed, `YYYY-MM-DD`, if after it was prepared. */
		reviewedOn: isoDateSchema.optional(),
		/** What is not accessible, and why: none with `full`, at least one with `partial` or `none`. */
		knownIssues: z.array(knownIssueSchema).default([]),
		/** How many working days the owner takes to answer a request or a report, if it promises one. */
		replyWithin: z.strictObject({ days: z.int().min(1).max(60) }).optional(),
	})
	.refine((a) => a.status !== 'full' || a.knownIssues.length === 0, { message: 'A site with known issues is not fully compliant.', path: ['status'] })
	.refine((a) => a.status === 'full' || a.knownIssues.length > 0, { message: 'Say what is not accessible: a statement of partial or no compliance lists the known issues.', path: ['knownIssues'] })
	.refine((a) => a.reviewedOn === undefined || a.reviewedOn >= a.preparedOn, { message: 'The statement cannot be reviewed before it was prepared.', path: ['reviewedOn'] });

/** The settings of `noticeboard()` in astro.config.mjs, as the site owner writes them. */
export const siteConfigSchema = z.strictObject({
	/** The site's name, in every header and page title. */
	name: siteTextSchema.default('Noticeboard'),
	/** One sentence about the site, for the home page's description in search engines and link previews. */
	description: siteTextSchema.optional(),
	/** A logo shown before the name in the header: a local SVG or PNG file, from the project's root. */
	logo: z
		.strictObject({
			/** The file, such as `./src/assets/logo.svg`. */
			src: z.string().regex(/\.(?:svg|png)$/i, 'Use an SVG or PNG file, such as "./src/assets/logo.svg".'),
			/** What the logo shows, for people who cannot see it, such as "Ashcombe District Council crest". */
			alt: siteTextSchema,
		})
		.optional(),
	/** The organisation that runs the site, and how to contact it: shown in the footer and on the accessibility statement. */
	owner: z
		.strictObject({
			name: siteTextSchema,
			/** An email address for questions about the site, such as problems with its accessibility. */
			email: z.email('Give an email address such as "web@example.org".').optional(),
			/** A page with other ways to contact it. */
			url: httpsUrl.optional(),
			/** A telephone number, written as readers should dial it. */
			phone: z.string().trim().min(1).optional(),
		})
		.refine((owner) => owner.email !== undefined || owner.url !== undefined || owner.phone !== undefined, {
			message: 'Give at least one way to contact the organisation that runs the site: "email", "url" or "phone".',
		})
		.optional(),
	/** The footer's own text and links, shown before Noticeboard's. */
	footer: z
		.strictObject({
			text: siteTextSchema.optional(),
			links: z.array(footerLinkSchema).max(12, 'Keep the footer to 12 links or fewer.').default([]),
		})
		.default({ links: [] }),
	/** The language of pages without a language in their address, and of notices' own files. */
	defaultLanguage: z.literal(DEFAULT_LANGUAGE, { error: `Noticeboard publishes its notices first in "${DEFAULT_LANGUAGE}"; other languages are translations (see the README's "Languages").` }).default(DEFAULT_LANGUAGE),
	/** Where "Edit this page" links lead: the base a file's path is added to. EDIT_BASE_URL overrides it. */
	editBaseUrl: httpsUrl.optional(),
	/**
	 * The accessibility statement's declarations: compliance status, when it was prepared and
	 * reviewed, and known issues. Without them, the statement at /accessibility/ says the owner
	 * has not yet declared how far the site complies, and gives the automated tests' results.
	 */
	accessibility: accessibilitySchema.optional(),
	/** The licence of the open data at /data/. Without one, the open data page says no licence is given. */
	dataLicence: licenceSchema.optional(),
	/**
	 * The accent colour: the header's band and the buttons. Text on it is white, so it is checked
	 * for 4.5:1 against white in light and dark; give `{ light, dark }` for a colour of its own in dark mode.
	 */
	accent: z.union([hexColourSchema, z.strictObject({ light: hexColourSchema, dark: hexColourSchema })]).optional(),
	/** Modules of the site's own components, from the project's root, such as `./src/site/helpline.ts`: each exports components made with `defineComponent`. */
	components: z.array(z.string().regex(/^\.{1,2}\/.+\.(?:ts|js|mjs)$/, 'Give the module\'s path from the project\'s root, such as "./src/site/helpline.ts".')).default([]),
	/**
	 * A warning when a major change takes effect fewer than `days` days after its file was first
	 * committed (its published date). Off unless set: GitHub, for one, gives 30 days' notice.
	 */
	noticePeriod: z.strictObject({ days: z.int().min(1).max(365) }).optional(),
});

/** The settings as the site owner writes them. */
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
/** The settings once checked, with the defaults filled in. */
export type SiteConfig = z.output<typeof siteConfigSchema>;
