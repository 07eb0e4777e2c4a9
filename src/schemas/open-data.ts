import { z } from 'astro/zod';
import { factsSchema } from './facts.ts';
import { changeClasses } from './notice.ts';
import { noticeTypeSchema } from './notice-type.ts';
import { organisationSchema } from './organisation.ts';

/**
 * The version of the open data's format, published in every file and in `/data/schema.json`.
 * A new field raises the minor number; renaming or removing one, or changing what one means,
 * raises the major number (docs/decisions/0014-open-data.md).
 */
export const OPEN_DATA_VERSION = '1.1.0';

const date = z.iso.date();
const url = z.url();

/** Another version of the same notice, as a version record points to it. */
const versionLinkSchema = z.strictObject({
	effective: date.describe('The date that version took effect: its version id.'),
	url: url.describe('Its permanent page.'),
});

/** One UK GDPR checklist item's result for a version (src/lib/completeness.ts). */
const completenessItemSchema = z.strictObject({
	item: z.int().min(1).describe("The item's number in the UK GDPR checklist, 1 to 15."),
	title: z.string().describe('What the item asks for.'),
	article: z.string().describe('Where the law asks for it.'),
	status: z.enum(['present', 'missing', 'not-applicable']).describe('Whether the version covers it.'),
	note: z.string().optional().describe('Why it is missing or does not apply, when it is or does not.'),
});

/** The fields of one version that every open data file holds: all of `notice.json` but the text. */
export const versionSummarySchema = z.strictObject({
	id: z.string().describe('The version\'s id: "<organisation>/<notice type>/<effective date>".'),
	url: url.describe("The version's permanent page."),
	links: z
		.strictObject({
			json: url.describe('This record, with the text, as notice.json.'),
			markdown: url.describe("The version's text as Markdown, as notice.md."),
			notice: url.describe("The notice's own page, which shows whichever version is in force."),
			history: url.describe("The notice's version history."),
		})
		.describe('Where to read the version, and the notice it belongs to.'),
	organisation: organisationSchema
		.extend({ slug: z.string().describe("The organisation's id, from its file name."), url: url.describe("The organisation's page on this site.") })
		.describe('The organisation that publishes the notice, as its file says now.'),
	noticeType: noticeTypeSchema
		.extend({ slug: z.string().describe("The notice type's id, from its file name."), url: url.describe("The notice type's page, which compares organisations.") })
		.describe('The kind of notice.'),
	title: z.string().describe('The title readers see.'),
	summary: z.string().describe('One sentence on what the notice covers.'),
	language: z.string().describe('The language of the text, as a BCP 47 tag such as en-GB.'),
	effective: date.describe('The date this version takes effect: its version id.'),
	published: date
		.nullable()
		.describe("The day this version was published: when its file was first committed to the site's repository, in the UK. Null when it was not committed when the site was built, or the site was built without its repository's history."),
	updated: date.nullable().describe('The date its text was last edited after it was first published, or null.'),
	lastUpdated: date.describe('The date it last changed: updated, or else effective.'),
	changeClass: z.enum(changeClasses).nullable().describe('How big a change this version makes: major or minor; null for the first version.'),
	changeNote: z.string().nullable().describe('What changed since the previous version, for readers; null for the first version.'),
	timeline: z
		.strictObject({
			status: z.enum(['current', 'upcoming', 'archived']).describe('Where the version stood on the date in asOf.'),
			asOf: date.describe('The date the site was built, which status is true of.'),
			effectiveFrom: date.describe('The first day the version is in force.'),
			inForceUntil: date.nullable().describe('The last day it is in force, or null while no later version exists.'),
			supersedes: versionLinkSchema.nullable().describe('The version before it, or null for the first.'),
			supersededBy: versionLinkSchema.nullable().describe('The version after it, or null for the latest.'),
			position: z.int().min(1).describe('Its place among the notice\'s versions, 1 for the first.'),
			versions: z.int().min(1).describe('How many versions the notice has.'),
		})
		.describe("The version's place in its notice's history."),
	facts: factsSchema.nullable().describe('The key facts as the editor gave them: purposes, lawful bases, retention, recipients, transfers, rights. Null when not given.'),
	completeness: z.array(completenessItemSchema).describe('The UK GDPR checklist (Articles 13 and 14), item by item, as worked out from the facts.'),
});

/** `…/<date>/notice.json`: one version, with its text. */
export const noticeVersionDataSchema = z
	.strictObject({
		$schema: url.describe('This schema: /data/schema.json.'),
		schemaVersion: z.literal(OPEN_DATA_VERSION).describe('The version of this format.'),
		...versionSummarySchema.shape,
		text: z.string().describe("The version's text as Markdown, as its page shows it, components written out."),
	})
	.meta({ id: 'NoticeVersion', title: 'One version of a privacy notice' });

/** `/data/notices.json`: every version on the site, without their text. */
export const datasetSchema = z
	.strictObject({
		$schema: url.describe('This schema: /data/schema.json.'),
		schemaVersion: z.literal(OPEN_DATA_VERSION).describe('The version of this format.'),
		site: url.describe("The site's address."),
		asOf: date.describe('The date the site was built, which every status is true of.'),
		licence: z
			.strictObject({ name: z.string().describe("The licence's name."), url: url.describe('Where to read it.') })
			.nullable()
			.describe('The licence the site publishes this data under, or null if none is stated.'),
		versions: z.array(versionSummarySchema).describe('Every version of every notice, by organisation, notice type and date. Each one\'s text is at links.markdown.'),
	})
	.meta({ id: 'Dataset', title: 'Every version of every privacy notice on a Noticeboard site' });

/** One version without its text, as the dataset lists it. */
export type VersionSummary = z.output<typeof versionSummarySchema>;
/** A `notice.json` file. */
export type NoticeVersionData = z.output<typeof noticeVersionDataSchema>;
/** The `/data/notices.json` file. */
export type Dataset = z.output<typeof datasetSchema>;
