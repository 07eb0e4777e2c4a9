import { z } from 'astro/zod';

// Each field says what it means in its `.describe()`, which the open data publishes: the JSON
// Schema at /data/schema.json and the field list on /data/ (src/lib/open-data/fields.ts).

/** Lawful bases, UK GDPR Article 6(1), with the Data (Use and Access) Act 2025's (ea). */
export const lawfulBases = [
	'consent',
	'contract',
	'legal_obligation',
	'vital_interests',
	'public_task',
	'recognised_legitimate_interest',
	'legitimate_interests',
] as const;

/** Conditions for special category data, UK GDPR Article 9(2)(a)–(j). */
export const specialConditions = [
	'explicit_consent',
	'employment_social_security_law',
	'vital_interests',
	'not_for_profit_body',
	'manifestly_made_public',
	'legal_claims_judicial',
	'substantial_public_interest',
	'health_social_care',
	'public_health',
	'archiving_research_statistics',
] as const;

/** Rights people have over their data (UK GDPR Articles 7(3), 13–22D, 77; DPA 2018 s.164A). */
export const rights = [
	'informed',
	'access',
	'rectification',
	'erasure',
	'restriction',
	'notification_of_recipients',
	'portability',
	'object',
	'automated_decision_safeguards',
	'withdraw_consent',
	'complain_ico',
	'complain_controller',
] as const;

/** Safeguards for sending data outside the UK (DPA 2018 s.17A; UK GDPR Articles 46, 47, 49). */
export const transferSafeguards = ['adequacy', 'idta', 'addendum', 'binding_corporate_rules', 'derogation'] as const;

/**
 * Kinds of cookie, as the ICO's guidance groups them. Social media tracking counts as `advertising`;
 * "performance" cookies are `analytics`, and "preference" cookies `functional`.
 */
export const cookieCategories = ['strictly_necessary', 'functional', 'analytics', 'advertising'] as const;

/** One purpose of processing, with what UK GDPR Article 13(1)(c)–(e) and 13(2)(a) ask of it. */
export const purposeSchema = z.strictObject({
	purpose: z.string().trim().min(1).describe('What the data is used for, in plain words, e.g. `Sending your bills`.'),
	data: z.array(z.string().trim().min(1)).default([]).describe('Categories of personal data used, e.g. `[contact details, meter readings]`.'),
	basis: z.enum(lawfulBases).describe(`The lawful basis under Article 6(1): ${lawfulBases.join(', ')}.`),
	legitimateInterests: z.string().trim().min(1).optional().describe('The legitimate interests pursued: required when `basis` is `legitimate_interests`.'),
	specialCategory: z
		.strictObject({
			condition: z.enum(specialConditions).describe(`The Article 9(2) condition: ${specialConditions.join(', ')}.`),
			schedule1: z.string().trim().min(1).optional().describe('The DPA 2018 Schedule 1 condition, needed with conditions (b), (g), (h), (i) and (j).'),
		})
		.optional()
		.describe('The Article 9(2) condition, when special category data is used.'),
	retention: z.string().trim().min(1).optional().describe('How long the data is kept, or the criteria used to decide.'),
	recipients: z.array(z.string().trim().min(1)).default([]).describe('Who receives the data: organisations or categories, e.g. `[our payment processor]`.'),
});

/** One transfer of data outside the UK, and what protects it. */
export const transferSchema = z.strictObject({
	destination: z.string().trim().min(1).describe('Where the data goes, e.g. `Ireland` or `United States`.'),
	safeguard: z.enum(transferSafeguards).describe(`The safeguard that applies: ${transferSafeguards.join(', ')}.`),
	copy: z.string().trim().min(1).optional().describe('How to get a copy of the safeguard, when it is not an adequacy decision.'),
});

/**
 * One cookie, or a similar tool that stores information in the browser, for a cookie notice
 * (PECR regulation 6). Whether it needs consent is said, not worked out from its category:
 * the Data (Use and Access) Act 2025 lets some functional and analytics cookies be set without
 * consent, so only the two categories where the answer is fixed are checked (`FIXED_CONSENT`).
 */
export const cookieSchema = z.strictObject({
	name: z.string().trim().min(1).describe('The cookie\'s name as the browser stores it, e.g. `lk_session`.'),
	provider: z.string().trim().min(1).describe('Who sets it and reads it, e.g. `Larkspur Energy` or `Parleyline Ltd, our live chat provider`.'),
	party: z.enum(['first', 'third']).describe('`first` for the website\'s own cookie, `third` for one set from another company\'s domain.'),
	purpose: z.string().trim().min(1).describe('What it does, in plain words, e.g. `Keeps you signed in as you move between pages`.'),
	duration: z.string().trim().min(1).describe('How long it lasts, e.g. `13 months` or `Until you close your browser`.'),
	category: z.enum(cookieCategories).describe(`Its kind: ${cookieCategories.join(', ')}.`),
	consent: z.boolean().describe('Whether it is set only with the visitor\'s consent: never for `strictly_necessary`, always for `advertising`.'),
});

/**
 * The categories whose cookies always, or never, need consent, and why: PECR regulation 6's
 * exemption covers strictly necessary cookies, and none of its exemptions covers advertising.
 */
const FIXED_CONSENT: Partial<Record<(typeof cookieCategories)[number], { consent: boolean; reason: string }>> = {
	strictly_necessary: { consent: false, reason: 'is strictly necessary, so it needs no consent' },
	advertising: { consent: true, reason: 'is for advertising, which always needs consent' },
};

/** The key facts of a notice, for "At a glance" and the UK GDPR completeness report. */
export const factsSchema = z
	.strictObject({
		collection: z.enum(['direct', 'indirect', 'both']).describe('Where the data comes from: `direct` (Article 13), `indirect` (Article 14) or `both`.'),
		controller: z.strictObject({ name: z.string().trim().min(1), email: z.email() }).optional().describe('Overrides the organisation\'s identity as controller, e.g. for a joint notice.'),
		dpo: z.union([z.literal('none'), z.strictObject({ name: z.string().trim().min(1).default('Data Protection Officer'), email: z.email() })]).optional().describe('Overrides the organisation\'s DPO; `none` says there is none.'),
		purposes: z.array(purposeSchema).min(1).describe('What the data is used for, purpose by purpose. At least one.'),
		sources: z
			.array(
				z.strictObject({
					source: z.string().trim().min(1).describe('Where the data comes from, e.g. `credit reference agencies`.'),
					public: z.boolean().default(false).describe('Whether it is a publicly accessible source.'),
				}),
			)
			.optional()
			.describe('Where data not collected from the person comes from (Article 14(2)(f)).'),
		transfers: z.union([z.literal('none'), z.array(transferSchema).min(1)]).optional().describe('Transfers outside the UK: `none`, or each one with its safeguard. Must be said.'),
		automatedDecisions: z.union([z.literal('no'), z.strictObject({ description: z.string().trim().min(1) })]).optional().describe('Automated decision-making, including profiling: `no`, or a description of the logic and effects.'),
		requirement: z
			.strictObject({
				kind: z.enum(['statutory', 'contractual', 'both', 'neither']).describe('`statutory`, `contractual`, `both`, or `neither`.'),
				consequence: z.string().trim().min(1).optional().describe('What happens if the data is not given.'),
			})
			.optional()
			.describe('Whether giving the data is a statutory or contractual requirement, and what happens if not (Article 13(2)(e)).'),
		rights: z.array(z.enum(rights)).default([]).describe(`The rights that apply: any of ${rights.join(', ')}.`),
		cookies: z.array(cookieSchema).optional().describe('The cookies and similar tools the website uses, for a cookie notice. Optional.'),
	})
	.superRefine((facts, ctx) => {
		facts.purposes.forEach((purpose, i) => {
			if (purpose.basis === 'legitimate_interests' && !purpose.legitimateInterests) {
				ctx.addIssue({
					code: 'custom',
					path: ['purposes', i, 'legitimateInterests'],
					message: 'Say which legitimate interests this purpose serves: the basis is legitimate_interests.',
				});
			}
		});
		facts.cookies?.forEach((cookie, i) => {
			const fixed = FIXED_CONSENT[cookie.category];
			if (fixed && cookie.consent !== fixed.consent) {
				ctx.addIssue({
					code: 'custom',
					path: ['cookies', i, 'consent'],
					message: `The cookie "${cookie.name}" ${fixed.reason}: write consent: ${fixed.consent}${fixed.consent ? '' : ', or give it another category'}.`,
				});
			}
		});
	});

/** A notice's facts as an editor writes them. */
export type FactsInput = z.input<typeof factsSchema>;
/** A notice's facts after validation and defaults. */
export type Facts = z.output<typeof factsSchema>;
