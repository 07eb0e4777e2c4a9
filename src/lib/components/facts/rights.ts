import { h } from 'hastscript';
import { z } from 'astro/zod';
import type { rights } from '../../../schemas/facts.ts';
import { strings, type Strings } from '../../../i18n/index.ts';
import { defineComponent, wordsOf } from '../define.ts';
import { controllerOf, emailLink, phoneLink } from './details.ts';
import { factsNeeded, type Cell } from './table.ts';

type Right = (typeof rights)[number];
type RightWords = Strings['components']['rights'];

/** Where and how to complain to the Information Commissioner's Office. */
const ICO_COMPLAINTS = { url: 'https://ico.org.uk/make-a-complaint/', phone: '0303 123 1113' } as const;

/** How a right is used: by asking, so the one-month limit for answering applies, and in which words. */
interface RightUse {
	/** Whether it is used by asking, so the one-month limit for answering applies. */
	request?: boolean;
	/** How to use it, given the controller's email address: by default, by emailing it. */
	use?: (words: RightWords, email: string) => Cell;
}

/** A right used by emailing the controller. */
const byEmail = (words: RightWords, email: string): Cell => words.byEmail(emailLink(email));

/** A complaint to the ICO: on its website's form, or by its helpline. */
const toIco = (words: RightWords): Cell => words.icoUse((text) => h('a', { href: ICO_COMPLAINTS.url }, text), phoneLink(ICO_COMPLAINTS.phone));

// The rights in the order they are listed. Their words are the dictionaries' (src/i18n/), written
// for a reading age of about 14, as the ICO's own notice is. `rightLabels` in src/lib/glance.ts
// reads on in a list ("to have it corrected"), so the leads here stand alone.
const RIGHTS: Record<Right, RightUse> = {
	informed: { use: (words, email) => words.informedUse(emailLink(email)) },
	access: { request: true },
	rectification: { request: true },
	erasure: { request: true },
	restriction: { request: true },
	notification_of_recipients: { request: true },
	portability: { request: true },
	object: { request: true },
	automated_decision_safeguards: { request: true },
	withdraw_consent: { use: (words, email) => words.withdrawUse(emailLink(email)) },
	complain_controller: { use: (words, email) => words.complainUse(emailLink(email)) },
	complain_ico: { use: toIco },
};

/** What a right means and how to use it, as sentences, given the controller's email address, in the words `t` (English by default). */
export function explainRight(right: Right, email: string, t: Strings = strings('en')): Cell {
	const words = t.components.rights;
	const { use = byEmail } = RIGHTS[right];
	return [`${words.right[right].means} `, ...use(words, email)];
}

/**
 * The rights the version names, from `facts.rights`, each with a short bold lead, what it means
 * and how to use it: by the controller's email or, for the ICO, its website and telephone. They
 * come in the order of `RIGHTS` (rights over the information, then complaints, to us before the
 * ICO) whatever order the facts give. When one is used by asking, a sentence on the time limit
 * for answering comes first.
 */
export const Rights = defineComponent({
	name: 'Rights',
	summary: 'A list of the rights the notice names, each with what it means and how to use it, including how to complain to the ICO, from facts.rights.',
	example: '<Rights />',
	placement: 'block',
	children: 'none',
	props: z.strictObject({}),
	unavailable: (_, { facts }) => factsNeeded(facts, 'rights'),
	render: (_, context) => {
		const t = wordsOf(context);
		const words = t.components.rights;
		const named = (Object.keys(RIGHTS) as Right[]).filter((right) => context.facts?.rights.includes(right));
		const { email } = controllerOf(context);
		const answer = named.some((right) => RIGHTS[right].request) ? [h('p', words.free)] : [];
		const items = named.map((right) => h('li', [h('strong', `${words.right[right].lead}.`), ' ', ...explainRight(right, email, t)]));
		return [...answer, h('ul', { className: ['nb-rights'] }, items)];
	},
});
