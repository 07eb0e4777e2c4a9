import { h } from 'hastscript';
import { z } from 'astro/zod';
import type { rights } from '../../../schemas/facts.ts';
import { defineComponent } from '../define.ts';
import { controllerOf, emailLink, phoneLink } from './details.ts';
import { factsNeeded, type Cell } from './table.ts';

type Right = (typeof rights)[number];

/** Where and how to complain to the Information Commissioner's Office. */
const ICO_COMPLAINTS = { url: 'https://ico.org.uk/make-a-complaint/', phone: '0303 123 1113' } as const;

/** One right as this component explains it: a short lead, what it means, and how to use it. */
interface RightText {
	lead: string;
	means: string;
	/** How to use it, given the controller's email address; by default, by emailing it. */
	use?: (email: string) => Cell;
	/** Whether it is used by asking, so the one-month limit for answering applies. */
	request?: boolean;
}

const byEmail = (email: string): Cell => ['To use this right, email ', emailLink(email), '.'];

// Written for a reading age of about 14, as the ICO's own notice is. `rightLabels` in
// src/lib/glance.ts reads on in a list ("to have it corrected"), so the leads here stand alone.
const RIGHTS: Record<Right, RightText> = {
	informed: {
		lead: 'Being told how we use your information',
		means: 'This notice is how we tell you, and we will tell you before we start using your information in a new way.',
		use: (email) => ['If any of it is unclear, email ', emailLink(email), ' and we will explain.'],
	},
	access: {
		lead: 'Getting a copy of your information',
		means: 'You can ask for a copy of the information we hold about you, and to be told why we use it, who we share it with and where we got it.',
		request: true,
	},
	rectification: {
		lead: 'Correcting your information',
		means: 'If information we hold about you is wrong or incomplete, you can ask us to put it right.',
		request: true,
	},
	erasure: {
		lead: 'Deleting your information',
		means: 'You can ask us to delete your information, for example when we no longer need it. If the law lets us, or tells us to, keep some of it, we will say why.',
		request: true,
	},
	restriction: {
		lead: 'Limiting how we use your information',
		means: 'You can ask us to keep your information but stop using it for now, for example while we check whether it is right.',
		request: true,
	},
	notification_of_recipients: {
		lead: 'Knowing who we told about a change',
		means: 'When we correct or delete your information, or limit how we use it, we tell the organisations we shared it with, and you can ask us who they are.',
		request: true,
	},
	portability: {
		lead: 'Taking your information elsewhere',
		means: 'For information you gave us that we use with your consent or under a contract, you can ask for it in a common digital format, or ask us to send it straight to another organisation.',
		request: true,
	},
	object: {
		lead: 'Objecting to how we use your information',
		means: 'Where we rely on our legitimate interests or a public task, you can object because of your own situation. If we use your information for direct marketing, you can tell us to stop at any time, and we will.',
		request: true,
	},
	automated_decision_safeguards: {
		lead: 'Challenging a decision made by computer',
		means: 'If a decision that seriously affects you is made by computer, with no person involved, you can ask for a person to look at it again, tell us your point of view, and challenge the decision.',
		request: true,
	},
	withdraw_consent: {
		lead: 'Withdrawing your consent',
		means: 'Where we use your information because you agreed to it, you can change your mind at any time. This does not affect what we did before you changed your mind.',
		use: (email) => ['To withdraw your consent, email ', emailLink(email), ', or change your choice in the same place you gave it.'],
	},
	complain_controller: {
		lead: 'Complaining to us',
		means: 'If you are unhappy with how we have used your information, you can complain to us.',
		use: (email) => ['Email ', emailLink(email), '. We will let you know we have your complaint within 30 days, and tell you what we are doing about it.'],
	},
	complain_ico: {
		lead: 'Complaining to the Information Commissioner’s Office',
		means: 'The Information Commissioner’s Office (ICO) is the UK’s independent regulator for data protection. It usually asks you to tell us first, so that we can try to put things right.',
		use: () => ['You can ', h('a', { href: ICO_COMPLAINTS.url }, 'make a complaint on the ICO’s website'), ' or call its helpline on ', phoneLink(ICO_COMPLAINTS.phone), '.'],
	},
};

/** What a right means and how to use it, as sentences, given the controller's email address. */
export function explainRight(right: Right, email: string): Cell {
	const { means, use = byEmail } = RIGHTS[right];
	return [`${means} `, ...use(email)];
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
		const named = (Object.keys(RIGHTS) as Right[]).filter((right) => context.facts?.rights.includes(right));
		const { email } = controllerOf(context);
		const answer = named.some((right) => RIGHTS[right].request)
			? [h('p', 'Using your rights is free. We will answer within one month of your request, or tell you within that month if we need up to two months more because it is complex.')]
			: [];
		const items = named.map((right) => h('li', [h('strong', `${RIGHTS[right].lead}.`), ' ', ...explainRight(right, email)]));
		return [...answer, h('ul', { className: ['nb-rights'] }, items)];
	},
});
