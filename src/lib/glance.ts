import type { lawfulBases, rights, transferSafeguards } from '../schemas/facts.ts';

/** Lawful bases as readers know them, with the Article for those who look it up. */
export const basisLabels: Record<(typeof lawfulBases)[number], string> = {
	consent: 'your consent (Article 6(1)(a))',
	contract: 'a contract with you, or steps before one (Article 6(1)(b))',
	legal_obligation: 'a legal obligation (Article 6(1)(c))',
	vital_interests: 'protecting someone’s life (Article 6(1)(d))',
	public_task: 'a public task (Article 6(1)(e))',
	recognised_legitimate_interest: 'a recognised legitimate interest (Article 6(1)(ea))',
	legitimate_interests: 'legitimate interests (Article 6(1)(f))',
};

/** Rights as readers know them. */
export const rightLabels: Record<(typeof rights)[number], string> = {
	informed: 'to be told how your information is used',
	access: 'to get a copy of your information',
	rectification: 'to have it corrected',
	erasure: 'to have it deleted',
	restriction: 'to limit how it is used',
	notification_of_recipients: 'to know who was told of a correction or deletion',
	portability: 'to take it elsewhere',
	object: 'to object to how it is used',
	automated_decision_safeguards: 'to challenge a decision made by computer',
	withdraw_consent: 'to withdraw your consent',
	complain_ico: 'to complain to the Information Commissioner’s Office',
	complain_controller: 'to complain to the organisation',
};

/** Transfer safeguards as readers know them. */
export const safeguardLabels: Record<(typeof transferSafeguards)[number], string> = {
	adequacy: 'UK adequacy regulations',
	idta: 'the UK International Data Transfer Agreement',
	addendum: 'the UK Addendum to the EU standard contractual clauses',
	binding_corporate_rules: 'binding corporate rules',
	derogation: 'an exception under Article 49',
};

/** The rows of "At a glance", each with words that find its section in the full text, the likeliest first. */
export const GLANCE_TOPICS = {
	who: ['who we are', 'about us', 'contact'],
	what: ['what information', 'information we', 'what we collect', 'what we hold', 'what we know', 'data we'],
	why: ['lawful', 'why we use', 'how we use', 'purposes', 'why'],
	howLong: ['how long', 'keep', 'retention'],
	recipients: ['share', 'recipients', 'who sees'],
	transfers: ['abroad', 'outside the uk', 'international', 'transfer'],
	automated: ['automated', 'computer', 'decisions'],
	rights: ['your rights', 'rights'],
	complain: ['complain', 'complaint', 'not happy'],
} as const;

/** A section to link a topic to: the first heading that contains its first word found in any heading. */
export function sectionFor(topic: keyof typeof GLANCE_TOPICS, headings: readonly { slug: string; text: string }[]): string | undefined {
	for (const word of GLANCE_TOPICS[topic]) {
		const heading = headings.find((h) => h.text.toLowerCase().includes(word));
		if (heading) return heading.slug;
	}
	return undefined;
}
