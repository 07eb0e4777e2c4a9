import { h } from 'hastscript';
import { z } from 'astro/zod';
import { cookieCategories, type Facts } from '../../../schemas/facts.ts';
import type { Strings } from '../../../i18n/index.ts';
import { defineComponent, wordsOf } from '../define.ts';
import { factsNeeded, factsTable, sentences } from './table.ts';

type Cookie = NonNullable<Facts['cookies']>[number];
type Category = (typeof cookieCategories)[number];

/**
 * One category's table, after a sentence that says whether its cookies need consent when they all
 * agree; when they do not, a column says it cookie by cookie.
 */
function categoryTable(category: Category, cookies: readonly Cookie[], caption: string | undefined, t: Strings) {
	const words = t.components.cookies;
	const all = cookies.every((c) => c.consent);
	const none = cookies.every((c) => !c.consent);
	const consent = all ? words.allNeedConsent : none ? words.noneNeedConsent : '';
	const label = t.vocabulary.cookieCategory[category];
	// Whether they need consent is said in a sentence, not a caption: the section's heading, or the
	// region's name, says which cookies they are.
	return [
		h('p', `${label}${consent}.`),
		...factsTable(
		caption,
		[words.name, words.purpose, words.provider, words.duration, ...(all || none ? [] : [words.consent])],
		cookies.map((c) => [
			[h('code', c.name)],
			[c.purpose],
			sentences([c.provider], c.party === 'third' ? [words.thirdParty] : undefined),
			[c.duration],
			...(all || none ? [] : [[c.consent ? words.yes : words.no]]),
		]),
		label,
		),
	];
}

/**
 * The website's cookies, from `facts.cookies`: a table for each category, in the order strictly
 * necessary, functional, analytics, advertising, or only the one `category` names, so that each
 * can sit under its own heading. Like every table, each scrolls on its own at 320 px.
 */
export const CookieTable = defineComponent({
	name: 'CookieTable',
	summary: 'A table of the cookies the website sets, one for each category or for the category named, with what each does, who sets it and how long it lasts, from facts.cookies.',
	example: '<CookieTable category="analytics" />',
	placement: 'block',
	children: 'none',
	props: z
		.strictObject({
			/** Show only this category's cookies. */
			category: z.enum(cookieCategories, { error: `Expected one of: ${cookieCategories.join(', ')}.` }).optional(),
			/** The table's caption, for one category's table: by default the category's name, and whether its cookies need consent. */
			caption: z.string().trim().min(1).optional(),
		})
		.refine((props) => !props.caption || props.category, 'A caption names one table: give a category too, such as category="analytics", or leave the caption out.'),
	unavailable: ({ category }, { facts }) => {
		const missing = factsNeeded(facts, 'cookies');
		if (missing || !category || facts?.cookies?.some((c) => c.category === category)) return missing;
		return {
			message: `This version's facts.cookies has no cookie with category: ${category}.`,
			fix: `Add the ${category} cookies to facts.cookies, choose another category, or write in Markdown that there are none.`,
		};
	},
	render: ({ category, caption }, context) => {
		const t = wordsOf(context);
		const cookies = context.facts?.cookies ?? [];
		return (category ? [category] : cookieCategories).flatMap((c) => {
			const inCategory = cookies.filter((cookie) => cookie.category === c);
			return inCategory.length > 0 ? categoryTable(c, inCategory, caption, t) : [];
		});
	},
});
