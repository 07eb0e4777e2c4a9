import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { comparisonRows, FACTS_NOT_GIVEN, NOT_STATED } from '../../src/lib/type-comparison.ts';
import { factsSchema, type Facts, type FactsInput } from '../../src/schemas/facts.ts';

type Value = { facts: Facts | undefined };
type PurposeInput = FactsInput['purposes'][number];

/** A purpose as an editor writes it; `retention` undefined leaves it out. */
const purpose = (name: string, basis: PurposeInput['basis'], retention: string | undefined, recipients = ['Our HR team']): PurposeInput => ({
	purpose: name,
	basis,
	recipients,
	...(retention === undefined ? {} : { retention }),
});

const facts = (input: Partial<FactsInput> = {}): Facts =>
	factsSchema.parse({
		collection: 'direct',
		purposes: [purpose('Assessing your application', 'contract', '6 months after the role is filled')],
		transfers: 'none',
		automatedDecisions: 'no',
		rights: ['access', 'rectification', 'erasure', 'restriction', 'object', 'portability', 'complain_ico'],
		requirement: { kind: 'neither' },
		...input,
	});

const organisations = [
	{ slug: 'alder', data: { name: 'Alder Trust', hasDpo: true } },
	{ slug: 'birch', data: { name: 'Birch Ltd', hasDpo: false } },
];

/** The rows for one type whose notices are given as [org, effective, facts] on the build date 2026-01-01. */
function rows(...versions: [string, string, Facts | undefined][]) {
	const catalogue = buildCatalogue<{ name: string; hasDpo: boolean }, { title: string }, Value>(
		{
			organisations,
			types: [{ slug: 'job-applicants', data: { title: 'Job applicants' } }],
			versions: versions.map(([org, effective, f]) => ({ org, type: 'job-applicants', effective, updated: undefined, value: { facts: f } })),
		},
		'2026-01-01',
	);
	const bySlug = new Map(organisations.map((o) => [o.slug, o.data]));
	return comparisonRows(catalogue.types[0]!.notices, (v) => v.facts, (slug) => bySlug.get(slug)!);
}

describe('comparisonRows', () => {
	test('gives one row per organisation, in order of name, from the version in force on the build date', () => {
		const [alder, birch] = rows(['birch', '2025-01-01', facts()], ['alder', '2024-01-01', facts()], ['alder', '2025-06-01', facts()], ['alder', '2026-03-01', facts()]);
		expect([alder!.name, birch!.name]).toEqual(['Alder Trust', 'Birch Ltd']);
		expect(alder).toMatchObject({ status: 'current', effective: '2025-06-01', nextChange: '2026-03-01', versionPath: '/alder/job-applicants/2025-06-01/', noticePath: '/alder/job-applicants/' });
	});

	test('shows an organisation with only an upcoming version, marked upcoming, from its first upcoming version', () => {
		const [alder] = rows(['alder', '2026-02-01', facts()], ['alder', '2026-09-01', facts()]);
		expect(alder).toMatchObject({ status: 'upcoming', effective: '2026-02-01', nextChange: '2026-09-01' });
	});

	test('keeps a row for a version without facts, saying the facts are not given in every fact cell', () => {
		const [alder] = rows(['alder', '2025-01-01', undefined]);
		const gap = { stated: false, text: FACTS_NOT_GIVEN };
		expect(alder).toMatchObject({ hasFacts: false, bases: gap, retention: gap, recipients: gap, transfers: gap, automatedDecisions: gap });
		expect(alder!.completeness).toEqual({ present: 1, missing: 14, notApplicable: 0, total: 15, missingItems: [] });
	});

	test('lists retention for each of several purposes as written, purposes with the very same words together', () => {
		const purposes = [
			purpose('Assessing your application', 'contract', '6 months after the role is filled'),
			purpose('Checking your right to work', 'legal_obligation', '2 years after you leave'),
			purpose('Interviewing you', 'contract', '6 months after the role is filled'),
		];
		const [alder] = rows(['alder', '2025-01-01', facts({ purposes })]);
		expect(alder!.retention).toEqual([
			{ purposes: ['Assessing your application', 'Interviewing you'], retention: '6 months after the role is filled' },
			{ purposes: ['Checking your right to work'], retention: '2 years after you leave' },
		]);
	});

	test('keeps a purpose with no retention, with no period, and names the gap in the completeness cell', () => {
		const purposes = [purpose('Assessing your application', 'contract', '6 months after the role is filled'), purpose('Equal opportunities monitoring', 'legal_obligation', undefined)];
		const [alder] = rows(['alder', '2025-01-01', facts({ purposes })]);
		expect(alder!.retention).toEqual([
			{ purposes: ['Assessing your application'], retention: '6 months after the role is filled' },
			{ purposes: ['Equal opportunities monitoring'], retention: undefined },
		]);
		expect(alder!.completeness.missingItems).toEqual(['Retention period or criteria (Art 13(2)(a), 14(2)(a))']);
	});

	test('names each lawful basis once, with its Article, in the order of Article 6(1)', () => {
		const purposes = [purpose('Equal opportunities monitoring', 'legal_obligation', '1 year'), purpose('Assessing your application', 'contract', '1 year'), purpose('Keeping your CV on file', 'contract', '1 year')];
		const [alder] = rows(['alder', '2025-01-01', facts({ purposes })]);
		expect(alder!.bases).toEqual({ stated: true, items: ['Contract (Article 6(1)(b))', 'Legal obligation (Article 6(1)(c))'] });
	});

	test('says "None" for transfers the notice says are none, and "Not stated" where it says nothing', () => {
		const [alder, birch] = rows(['alder', '2025-01-01', facts({ transfers: 'none' })], ['birch', '2025-01-01', facts({ transfers: undefined })]);
		expect(alder!.transfers).toEqual({ stated: true, items: ['None'] });
		expect(birch!.transfers).toEqual({ stated: false, text: NOT_STATED });
	});

	test('names each transfer destination with its safeguard', () => {
		const transfers = [{ destination: 'United States', safeguard: 'idta', copy: 'Ask us for a copy.' }] as const;
		const [alder] = rows(['alder', '2025-01-01', facts({ transfers: [...transfers] })]);
		expect(alder!.transfers).toEqual({ stated: true, items: ['United States, under the UK International Data Transfer Agreement'] });
	});

	test('says "No", the description as written, or "Not stated" for automated decisions', () => {
		const description = 'We score answers to the screening questions by computer.';
		const [alder, birch] = rows(['alder', '2025-01-01', facts({ automatedDecisions: { description } })], ['birch', '2025-01-01', facts({ automatedDecisions: undefined })]);
		expect(alder!.automatedDecisions).toEqual({ stated: true, items: [description] });
		expect(birch!.automatedDecisions).toEqual({ stated: false, text: NOT_STATED });
		expect(rows(['alder', '2025-01-01', facts()])[0]!.automatedDecisions).toEqual({ stated: true, items: ['No'] });
	});

	test('lists each recipient once, and says "Not stated" when no purpose names one', () => {
		const purposes = [
			purpose('Assessing your application', 'contract', '1 year', ['Our recruitment software provider', 'Interview panel members']),
			purpose('Interviewing you', 'contract', '1 year', ['our recruitment software provider']),
		];
		const [alder, birch] = rows(['alder', '2025-01-01', facts({ purposes })], ['birch', '2025-01-01', facts({ purposes: [purpose('Assessing your application', 'contract', '1 year', [])] })]);
		expect(alder!.recipients).toEqual({ stated: true, items: ['Our recruitment software provider', 'Interview panel members'] });
		expect(birch!.recipients).toEqual({ stated: false, text: NOT_STATED });
	});

	test('counts checklist items present, missing and not applicable, naming the missing ones with their Articles', () => {
		const [, birch] = rows(['alder', '2025-01-01', facts()], ['birch', '2025-01-01', facts({ transfers: undefined, automatedDecisions: undefined })]);
		expect(birch!.completeness).toEqual({
			present: 8,
			missing: 2,
			notApplicable: 5,
			total: 15,
			missingItems: ['International transfers and their safeguards (Art 13(1)(f), 14(1)(f))', 'Automated decision-making, including profiling (Art 13(2)(f), 14(2)(g))'],
		});
	});
});
