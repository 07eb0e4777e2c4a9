import type { cookieCategories, specialConditions } from '../../../schemas/facts.ts';

// Labels the facts components need beyond those of "At a glance" (src/lib/glance.ts), which they
// import rather than repeat. Like glance.ts's, a condition's label reads on within a sentence;
// `startOfSentence` capitalises one where it begins a sentence or a table cell.

/** Article 9(2) conditions for special category information as readers know them, with the Article. */
export const specialConditionLabels: Record<(typeof specialConditions)[number], string> = {
	explicit_consent: 'your explicit consent (Article 9(2)(a))',
	employment_social_security_law: 'our duties and rights under employment, social security or social protection law (Article 9(2)(b))',
	vital_interests: 'protecting someone’s life when they cannot give consent (Article 9(2)(c))',
	not_for_profit_body: 'our work as a not-for-profit body, with our members or people in regular contact with us (Article 9(2)(d))',
	manifestly_made_public: 'information the person has clearly made public themselves (Article 9(2)(e))',
	legal_claims_judicial: 'making or defending legal claims, or courts acting in their judicial role (Article 9(2)(f))',
	substantial_public_interest: 'reasons of substantial public interest set out in law (Article 9(2)(g))',
	health_social_care: 'providing health or social care, or running health or social care services (Article 9(2)(h))',
	public_health: 'public health, such as protecting people from serious threats to health (Article 9(2)(i))',
	archiving_research_statistics: 'archiving in the public interest, research, or statistics (Article 9(2)(j))',
};

/** Cookie categories as readers know them, as a table's caption begins. */
export const cookieCategoryLabels: Record<(typeof cookieCategories)[number], string> = {
	strictly_necessary: 'Strictly necessary cookies',
	functional: 'Functional cookies',
	analytics: 'Analytics cookies',
	advertising: 'Advertising cookies',
};

/** A label as the start of a sentence or of a table cell: its first letter a capital. */
export function startOfSentence(label: string): string {
	return label.charAt(0).toUpperCase() + label.slice(1);
}
