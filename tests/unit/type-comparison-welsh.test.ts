import { describe, expect, test } from 'vitest';
import { strings } from '../../src/i18n/index.ts';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { comparisonRows } from '../../src/lib/type-comparison.ts';
import { factsSchema, type Facts, type FactsInput } from '../../src/schemas/facts.ts';

const cy = strings('cy');

const facts = (input: Partial<FactsInput> = {}): Facts =>
	factsSchema.parse({
		collection: 'direct',
		purposes: [{ purpose: 'Asesu eich cais', basis: 'contract', recipients: ['Ein tîm AD'], retention: '6 mis' }],
		transfers: 'none',
		automatedDecisions: 'no',
		rights: ['access', 'rectification', 'erasure', 'restriction', 'object', 'portability', 'complain_ico'],
		requirement: { kind: 'neither' },
		...input,
	});

/** The Welsh rows for one type whose notices are given as [org, facts], in force on the build date. */
function rows(...versions: [string, Facts | undefined][]) {
	const organisations = versions.map(([slug]) => ({ slug, data: { name: slug, hasDpo: false } }));
	const catalogue = buildCatalogue<{ name: string; hasDpo: boolean }, { title: string }, { facts: Facts | undefined }>(
		{
			organisations,
			types: [{ slug: 'job-applicants', data: { title: 'Ymgeiswyr am swyddi' } }],
			versions: versions.map(([org, f]) => ({ org, type: 'job-applicants', effective: '2025-01-01', updated: undefined, value: { facts: f } })),
		},
		'2026-01-01',
	);
	const bySlug = new Map(organisations.map((o) => [o.slug, o.data]));
	return comparisonRows(catalogue.types[0]!.notices, (v) => v.facts, (slug) => bySlug.get(slug)!, cy);
}

describe('comparisonRows in Welsh', () => {
	test('says "Heb ei nodi" where the facts are silent', () => {
		const [alder] = rows(['alder', facts({ transfers: undefined, automatedDecisions: undefined, purposes: [{ purpose: 'Asesu', basis: 'contract', recipients: [], data: [], retention: '6 mis' }] })]);
		const gap = { stated: false, text: 'Heb ei nodi' };
		expect(alder).toMatchObject({ recipients: gap, transfers: gap, automatedDecisions: gap });
	});

	test('says the facts are not given, in Welsh, for a version without facts', () => {
		const [alder] = rows(['alder', undefined]);
		expect(alder!.bases).toEqual({ stated: false, text: 'Dim ffeithiau wedi’u rhoi' });
	});

	test('names lawful bases, transfers and decisions in Welsh', () => {
		const transfers = [{ destination: 'Unol Daleithiau', safeguard: 'idta', copy: 'Gofynnwch i ni am gopi.' }] as const;
		const [alder, birch] = rows(['alder', facts()], ['birch', facts({ transfers: [...transfers] })]);
		expect(alder!.bases).toEqual({ stated: true, items: ['Contract (Erthygl 6(1)(b))'] });
		expect(alder!.transfers).toEqual({ stated: true, items: ['Dim'] });
		expect(alder!.automatedDecisions).toEqual({ stated: true, items: ['Nac oes'] });
		expect(birch!.transfers).toEqual({ stated: true, items: ['Unol Daleithiau (mesur diogelu: Cytundeb Trosglwyddo Data Rhyngwladol y DU)'] });
	});

	test('names the missing checklist items in Welsh, with their Articles', () => {
		const [alder] = rows(['alder', facts({ transfers: undefined, automatedDecisions: undefined })]);
		expect(alder!.completeness.missingItems).toEqual([
			'Trosglwyddiadau rhyngwladol a’u mesurau diogelu (Erthygl 13(1)(f), 14(1)(f))',
			'Penderfyniadau awtomataidd, gan gynnwys proffilio (Erthygl 13(2)(f), 14(2)(g))',
		]);
	});

	test('writes no English in any cell', () => {
		const english = /\b(Not stated|Facts not given|None|No|under|Article|Art)\b/;
		const cells = rows(['alder', facts({ transfers: undefined })], ['birch', undefined], ['cedar', facts({ transfers: [{ destination: 'Canada', safeguard: 'adequacy' }] })]).flatMap((row) => [
			row.bases,
			row.recipients,
			row.transfers,
			row.automatedDecisions,
			...row.completeness.missingItems,
		]);
		for (const cell of cells) expect(JSON.stringify(cell)).not.toMatch(english);
	});

	test('counts the checklist in Welsh, a noun singular after a number', () => {
		expect(cy.typeComparison.checklistCounts(10, 15, 3, 2)).toBe('10 o 15 yn bresennol, 3 ar goll, 2 yn amherthnasol.');
		expect(cy.typeComparison.checklistCounts(13, 15, 2, 0)).toBe('13 o 15 yn bresennol, 2 ar goll.');
	});
});
