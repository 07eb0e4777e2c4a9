// What "At a glance" says: the rows, from a version's facts, in the words of a language's
// dictionary (src/i18n/, `glance` and `vocabulary`; English by default). The summarising is in ./glance/.
import { en, type Strings } from '../i18n/en.ts';
import type { Facts } from '../schemas/facts.ts';
import { dataSummary } from './glance/categories.ts';
import { ENGLISH_DATA_CATEGORIES } from './glance/data-categories.ts';
import { automatedLine, howLongLines, recipientsLine, rightsLine, transfersLine, whyLines } from './glance/summaries.ts';
import { asManyAsFit, separatorFor, upperFirst, wordCount } from './glance/text.ts';

/**
 * The most words a row may have, not counting its "More in the section" link: two or three lines at
 * 1280 px, about ten at 320 px. Fewer could not name every lawful basis, or every kind of data, of
 * the larger example notices (tests/unit/glance.test.ts holds them to it).
 */
export const GLANCE_MAX_WORDS = 40;

/** Lawful bases by the names the ICO uses, with the Article (English; other languages: src/i18n/). */
export const basisLabels = en.vocabulary.basis;

/** Transfer safeguards as readers know them (English; other languages: src/i18n/). */
export const safeguardLabels = en.vocabulary.safeguard;

/** The English kinds of data "What information" names instead of each item (src/lib/glance/data-categories.ts). */
export const DATA_CATEGORIES = ENGLISH_DATA_CATEGORIES;

/** The rows of "At a glance". */
export type GlanceTopic = 'who' | 'what' | 'why' | 'howLong' | 'recipients' | 'transfers' | 'automated' | 'rights' | 'complain';

/** Each row's words that find its section in an English notice's text, the likeliest first (other languages: `glance.topics`). */
export const GLANCE_TOPICS = en.glance.topics;

/** A section to link a topic to: the first heading that contains its first word found in any heading; `t` is the headings' language. */
export function sectionFor(topic: GlanceTopic, headings: readonly { slug: string; text: string }[], t: Strings = en): string | undefined {
	for (const word of t.glance.topics[topic]) {
		const heading = headings.find((h) => h.text.toLowerCase().includes(word));
		if (heading) return heading.slug;
	}
	return undefined;
}

/** A piece of a row's text: words, or a link. */
export type GlanceText = string | { text: string; href: string };

/** One row of "At a glance": its topic, its label, and its text as lines (one is a paragraph, more are a list). */
export interface GlanceRow {
	topic: GlanceTopic;
	label: string;
	lines: GlanceText[][];
}

/** Who the controller is, when the facts do not say otherwise. */
export interface GlanceOrganisation {
	name: string;
	email: string;
	dpo?: { name: string; email: string } | undefined;
}

/** How many words a row has, links included. */
export function rowWords(row: GlanceRow): number {
	return row.lines.flat().reduce((sum, piece) => sum + wordCount(typeof piece === 'string' ? piece : piece.text), 0);
}

/**
 * "What information": one line of kinds of data, with what fits no kind as written, within the limit.
 * A language with no kinds of data (`glance.dataCategories` empty) lists every item as written.
 */
export function whatLine(facts: Facts, limit = GLANCE_MAX_WORDS, t: Strings = en): string {
	const parts = dataSummary(facts.purposes.flatMap((p) => p.data), t.glance.dataCategories, t);
	if (parts.length === 0) return t.glance.seeTheNotice;
	const separator = separatorFor(parts);
	const some = (k: number) => (k === 0 ? t.glance.seeTheNotice : upperFirst(`${parts.slice(0, k).join(separator)}${k < parts.length ? `${separator}${t.glance.andMore(parts.length - k)}` : ''}`));
	return asManyAsFit(parts.length, some, limit);
}

/**
 * The phrases of the rights the facts list, apart from complaining, in the order of the schema; pairs
 * said together. A phrase that names the information names it in full the first time, then as "it".
 */
function rightsIn(facts: Facts, t: Strings): string[] {
	const { rights, rightPairs } = t.glance;
	const has = (r: string) => facts.rights.some((right) => right === r);
	const phrases = Object.entries(rights).flatMap(([right, phrase]) => {
		if (!has(right) || rightPairs.some((pair) => pair.rights[1] === right && has(pair.rights[0]))) return [];
		return [rightPairs.find((pair) => pair.rights[0] === right && has(pair.rights[1]))?.phrase ?? phrase];
	});
	return phrases.map((p, i) => (typeof p === 'string' ? p : phrases.slice(0, i).some((q) => typeof q !== 'string') ? p[1] : p[0]));
}

/** The rows of "At a glance" for a version's facts, each within GLANCE_MAX_WORDS, in `t`'s words; links and lists are the component's. */
export function glanceRows(facts: Facts, organisation: GlanceOrganisation, limit = GLANCE_MAX_WORDS, t: Strings = en): GlanceRow[] {
	const controller = facts.controller ?? organisation;
	const dpo = facts.dpo === 'none' ? undefined : (facts.dpo ?? organisation.dpo);
	const mail = (email: string) => ({ text: email, href: `mailto:${email}` });
	const para = (text: string) => [[text]];
	const { transfers, automatedDecisions } = facts;
	const { glance, vocabulary } = t;
	const row = (topic: GlanceTopic, lines: GlanceText[][]): GlanceRow => ({ topic, label: glance.labels[topic], lines });
	const ico = { text: glance.ico, href: glance.icoHref };
	return [
		row('who', [[`${controller.name}, `, mail(controller.email), ...(dpo ? [glance.dpo, mail(dpo.email)] : [])]]),
		row('what', para(whatLine(facts, limit, t))),
		row('why', whyLines(facts.purposes, (b) => vocabulary.basis[b], limit, t).map((l) => [l])),
		row('howLong', howLongLines(facts.purposes, limit, t).map((l) => [l])),
		// No recipients listed is a gap the completeness report names, not a statement that there are none.
		row('recipients', para(recipientsLine(facts.purposes.flatMap((p) => p.recipients), limit, t))),
		row('transfers', para(transfers === undefined ? glance.seeTheNotice : transfers === 'none' ? glance.noTransfers : transfersLine(transfers, (s) => vocabulary.safeguard[s], limit, t))),
		row('automated', para(automatedDecisions === undefined ? glance.seeTheNotice : automatedDecisions === 'no' ? glance.noAutomated : automatedLine(automatedDecisions.description, limit, t))),
		row('rights', para(rightsLine(rightsIn(facts, t), limit, t))),
		row('complain', [[...glance.complain(mail(controller.email)), ...(facts.rights.includes('complain_ico') ? glance.complainIco(ico) : [])]]),
	];
}
