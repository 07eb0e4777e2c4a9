// How the facts' closed vocabularies (src/schemas/facts.ts) are said in the W3C Data Privacy
// Vocabulary, release 2.3 (decision 0014-open-data-jsonld). The UK GDPR keeps the EU GDPR's article
// numbers, so DPV's GDPR extension (`eu-gdpr:`), whose terms are named by article, says which
// article applies; the page names the UK GDPR and the DPA 2018 as the applicable laws, so no
// reader takes the EU regulation to apply. Where the UK law has no EU article, DPV has no term:
// the value is then DPV's general concept with a label, never a near miss.
import type { lawfulBases, rights, specialConditions, transferSafeguards } from '../../schemas/facts.ts';

/** The prefixes the JSON-LD uses, written inline in its `@context`, so reading it fetches nothing. */
export const PREFIXES = {
	dpv: 'https://w3id.org/dpv#',
	'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
	'legal-gb': 'https://w3id.org/dpv/legal/gb#',
	dct: 'http://purl.org/dc/terms/',
} as const;

/** A DPV concept named by its IRI, or, where DPV has none, its general concept with a label. */
export type DpvValue = { '@id': string } | { '@type': string; name: string };

const term = (iri: string): DpvValue => ({ '@id': iri });
const labelled = (type: string, name: string): DpvValue => ({ '@type': type, name });

/** The laws the facts are given under: DPV's UK extension names the UK GDPR and the DPA 2018. */
export const APPLICABLE_LAWS: readonly DpvValue[] = [term('legal-gb:law-GDPR'), term('legal-gb:law-DPA')];

/** Each Article 6(1) basis as DPV's GDPR extension names it. */
export const LEGAL_BASES: Record<(typeof lawfulBases)[number], DpvValue> = {
	consent: term('eu-gdpr:A6-1-a'),
	contract: term('eu-gdpr:A6-1-b'),
	legal_obligation: term('eu-gdpr:A6-1-c'),
	vital_interests: term('eu-gdpr:A6-1-d'),
	public_task: term('eu-gdpr:A6-1-e'),
	// Article 6(1)(ea), added by the Data (Use and Access) Act 2025, is UK law only: the EU GDPR,
	// and so DPV, has no such basis. Calling it A6-1-f would be wrong (it needs no balancing test).
	recognised_legitimate_interest: labelled('dpv:LegalBasis', 'Recognised legitimate interest (UK GDPR Article 6(1)(ea))'),
	legitimate_interests: term('eu-gdpr:A6-1-f'),
};

/** Each Article 9(2) condition for special category data as DPV's GDPR extension names it. */
export const SPECIAL_CONDITIONS: Record<(typeof specialConditions)[number], DpvValue> = {
	explicit_consent: term('eu-gdpr:A9-2-a'),
	employment_social_security_law: term('eu-gdpr:A9-2-b'),
	vital_interests: term('eu-gdpr:A9-2-c'),
	not_for_profit_body: term('eu-gdpr:A9-2-d'),
	manifestly_made_public: term('eu-gdpr:A9-2-e'),
	legal_claims_judicial: term('eu-gdpr:A9-2-f'),
	substantial_public_interest: term('eu-gdpr:A9-2-g'),
	health_social_care: term('eu-gdpr:A9-2-h'),
	public_health: term('eu-gdpr:A9-2-i'),
	archiving_research_statistics: term('eu-gdpr:A9-2-j'),
};

/**
 * Each transfer safeguard as the legal basis for the transfer. The UK's adequacy regulations
 * (DPA 2018 s.17A) stand where the EU's Article 45(3) decisions do. The IDTA and the Addendum are
 * clauses the ICO issues under s.119A, which UK GDPR Article 46(2)(d) names: the EU's clauses "by
 * a supervisory authority". Article 49 has several derogations and the facts do not say which, so
 * a derogation is DPV's general transfer basis, labelled, rather than one of them picked.
 */
export const TRANSFER_BASES: Record<(typeof transferSafeguards)[number], DpvValue> = {
	adequacy: term('eu-gdpr:A45-3'),
	idta: term('eu-gdpr:A46-2-d'),
	addendum: term('eu-gdpr:A46-2-d'),
	binding_corporate_rules: term('eu-gdpr:A46-2-b'),
	derogation: labelled('dpv:DataTransferLegalBasis', 'A derogation for a specific situation (UK GDPR Article 49)'),
};

/** Each right as DPV's GDPR extension names it; `informed` depends on how the data is collected. */
export const RIGHTS: Record<Exclude<(typeof rights)[number], 'informed'>, readonly DpvValue[]> = {
	access: [term('eu-gdpr:A15')],
	rectification: [term('eu-gdpr:A16')],
	erasure: [term('eu-gdpr:A17')],
	restriction: [term('eu-gdpr:A18')],
	notification_of_recipients: [term('eu-gdpr:A19')],
	portability: [term('eu-gdpr:A20')],
	object: [term('eu-gdpr:A21')],
	// The UK's Articles 22A–22D (Data (Use and Access) Act 2025) replace Article 22 with safeguards:
	// to be told, to make representations, to human intervention and to contest. DPV has the EU's
	// Article 22(3) safeguards, which are those, less being told (Articles 13–15 cover that).
	automated_decision_safeguards: [term('eu-gdpr:A22-3-a'), term('eu-gdpr:A22-3-b'), term('eu-gdpr:A22-3-c')],
	withdraw_consent: [term('eu-gdpr:A7-3')],
	complain_ico: [term('eu-gdpr:A77')],
	// DPA 2018 s.164A (Data (Use and Access) Act 2025) is UK law only: DPV has no term for it.
	complain_controller: [labelled('dpv:DataSubjectRight', 'Right to complain to the controller (DPA 2018 section 164A)')],
};

/** The right to be informed: Article 13 for data collected from the person, 14 for data from elsewhere. */
export const INFORMED: Record<'direct' | 'indirect' | 'both', readonly DpvValue[]> = {
	direct: [term('eu-gdpr:A13')],
	indirect: [term('eu-gdpr:A14')],
	both: [term('eu-gdpr:A13'), term('eu-gdpr:A14')],
};
