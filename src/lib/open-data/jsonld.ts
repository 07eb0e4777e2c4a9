// A notice version as linked data, for the JSON-LD block in its page's <head>: the page in
// schema.org's terms, and its facts in the W3C Data Privacy Vocabulary's (decision
// 0014-open-data-jsonld). Pure: the caller says where each site path is published.
import type { IsoDate } from '../dates.ts';
import type { Facts } from '../../schemas/facts.ts';
import type { NoticeFrontmatter } from '../../schemas/notice.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import { paths } from '../urls.ts';
import { APPLICABLE_LAWS, INFORMED, LEGAL_BASES, PREFIXES, RIGHTS, SPECIAL_CONDITIONS, TRANSFER_BASES, type DpvValue } from './dpv.ts';

/** A JSON-LD node: plain JSON, with keys that the `@context` maps to IRIs. */
export type Node = { [key: string]: Json };
type Json = string | number | boolean | Node | Json[];

/** What a notice version's JSON-LD is built from. */
export interface JsonLdInput {
	org: string;
	type: string;
	/** The version's effective date: its version id. */
	effective: IsoDate;
	/** The date it last changed (`lastUpdated()`). */
	updated: IsoDate;
	/** The effective dates of the versions before and after it, where there are any. */
	previous: IsoDate | undefined;
	next: IsoDate | undefined;
	data: Pick<NoticeFrontmatter, 'title' | 'summary' | 'language' | 'facts'>;
	organisation: Organisation;
	/** The full public address of a site path: `absoluteUrl` from href.ts on the site. */
	urlOf: (path: string) => string;
}

// schema.org is the vocabulary by default, as search engines read it; DPV and Dublin Core by prefix.
const CONTEXT = { '@vocab': 'https://schema.org/', ...PREFIXES };

/**
 * The JSON-LD of one notice version. It is a `WebPage` rather than a `DigitalDocument`: what the
 * address serves is an HTML page to read, which schema.org calls a WebPage, while a DigitalDocument
 * is a file (a PDF, a spreadsheet); WebPage is a CreativeWork, so it has `version` and its dates
 * all the same. It is also a `dpv:PrivacyNotice`, which DPV's examples describe as having the
 * processes the notice tells of (`dpv:hasProcess`). schema.org has no term for a previous or next
 * version of a CreativeWork (`isBasedOn` means derived from), so Dublin Core's `replaces` and
 * `isReplacedBy` link them, and `isVersionOf` the notice's own address, which always shows the
 * version in force.
 */
export function noticeJsonLd(input: JsonLdInput): Node {
	const { org, type, effective, previous, next, data, organisation, urlOf } = input;
	const versionUrl = urlOf(paths.version(org, type, effective));
	const organisationId = `${urlOf(paths.organisation(org))}#organisation`;
	return {
		'@context': CONTEXT,
		'@id': versionUrl,
		'@type': ['WebPage', 'dpv:PrivacyNotice'],
		name: data.title,
		description: data.summary,
		inLanguage: data.language,
		url: versionUrl,
		datePublished: effective,
		dateModified: input.updated,
		version: effective,
		'dct:isVersionOf': { '@id': urlOf(paths.notice(org, type)) },
		...(previous && { 'dct:replaces': { '@id': urlOf(paths.version(org, type, previous)) } }),
		...(next && { 'dct:isReplacedBy': { '@id': urlOf(paths.version(org, type, next)) } }),
		publisher: organisationNode(organisation, organisationId),
		...(data.facts && { 'dpv:hasProcess': processNode(data.facts, organisation, { '@id': organisationId }) }),
	};
}

/** The organisation as schema.org describes one, with its registration numbers as identifiers. */
function organisationNode(organisation: Organisation, id: string): Node {
	const identifiers: [string, string | undefined][] = [
		['ICO registration number', organisation.icoRegistration],
		['Companies House number', organisation.companyNumber],
		['Charity number', organisation.charityNumber],
	];
	const { lines, postcode } = organisation.address;
	return {
		'@id': id,
		'@type': 'Organization',
		name: organisation.name,
		legalName: organisation.legalName ?? organisation.name,
		url: organisation.website,
		email: organisation.email,
		...(organisation.phone && { telephone: organisation.phone }),
		address: { '@type': 'PostalAddress', streetAddress: lines.join(', '), postalCode: postcode, addressCountry: 'GB' },
		identifier: identifiers.flatMap(([propertyID, value]) => (value ? [{ '@type': 'PropertyValue', propertyID, value }] : [])),
	};
}

const named = (type: string, names: readonly string[]): Node[] => names.map((name) => ({ '@type': type, name }));
const dpv = (values: readonly DpvValue[]): Node[] => values.map((value) => ({ ...value }));

/**
 * The facts as one DPV process with a part for each purpose, each transfer and any automated
 * decision-making, as DPV's own examples nest processes. It is a `dpv:PersonalDataHandling`, the
 * term for "the handling of personal data" that DPV 2.3 still defines and consumers of older
 * releases look for, and a `dpv:Process`, which 2.3 recommends in its place before deprecating it.
 */
function processNode(facts: Facts, organisation: Organisation, publisher: Node): Node {
	const controller = facts.controller ? { '@type': 'dpv:DataController', ...facts.controller } : publisher;
	const dpo = facts.dpo === 'none' ? undefined : (facts.dpo ?? organisation.dpo);
	const transfers = facts.transfers === 'none' || facts.transfers === undefined ? [] : facts.transfers;
	const automated = facts.automatedDecisions === 'no' ? undefined : facts.automatedDecisions;
	return {
		'@type': ['dpv:PersonalDataHandling', 'dpv:Process'],
		'dpv:hasApplicableLaw': dpv(APPLICABLE_LAWS),
		'dpv:hasDataController': controller,
		...(dpo && { 'dpv:hasDataProtectionOfficer': { '@type': 'dpv:DataProtectionOfficer', name: dpo.name, email: dpo.email } }),
		'dpv:hasRight': dpv(facts.rights.flatMap((right) => (right === 'informed' ? INFORMED[facts.collection] : RIGHTS[right]))),
		'dpv:hasProcess': [
			...facts.purposes.map(purposeNode),
			...transfers.map((transfer) => ({
				'@type': 'dpv:Process',
				'dpv:hasProcessing': { '@id': 'dpv:CrossBorderTransfer' },
				'dpv:hasThirdCountry': { '@type': 'dpv:ThirdCountry', name: transfer.destination },
				'dpv:hasLegalBasis': { ...TRANSFER_BASES[transfer.safeguard] },
				...(transfer.copy && { description: `How to get a copy of the safeguard: ${transfer.copy}` }),
			})),
			...(automated ? [{ '@type': 'dpv:Process', 'dpv:hasContext': { '@id': 'dpv:AutomatedDecisionMaking' }, description: automated.description }] : []),
		],
	};
}

/** One purpose: its basis (and Article 9 condition), its data, recipients and retention. */
function purposeNode(purpose: Facts['purposes'][number]): Node {
	const { specialCategory, legitimateInterests, retention } = purpose;
	return {
		'@type': 'dpv:Process',
		'dpv:hasPurpose': { '@type': 'dpv:Purpose', description: purpose.purpose },
		'dpv:hasLegalBasis': dpv([LEGAL_BASES[purpose.basis], ...(specialCategory ? [SPECIAL_CONDITIONS[specialCategory.condition]] : [])]).concat(
			// The DPA 2018's Schedule 1 conditions are UK law only: DPV has no term for them.
			specialCategory?.schedule1 ? named('dpv:LegalBasis', [`DPA 2018 Schedule 1 condition: ${specialCategory.schedule1}`]) : [],
		),
		...(legitimateInterests && { description: `Legitimate interests: ${legitimateInterests}` }),
		'dpv:hasPersonalData': named('dpv:PersonalData', purpose.data),
		'dpv:hasRecipient': named('dpv:Recipient', purpose.recipients),
		...(retention && { 'dpv:hasStorageCondition': { '@type': 'dpv:StorageDuration', description: retention } }),
	};
}
