import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { en } from '../../src/i18n/en.ts';
import { strings } from '../../src/i18n/index.ts';
import { GLANCE_MAX_WORDS, glanceRows, rowWords, sectionFor, type GlanceRow } from '../../src/lib/glance.ts';
import { factsSchema, type Facts, type FactsInput } from '../../src/schemas/facts.ts';

const cy = strings('cy');
const organisation = { name: 'Larkspur Energy', email: 'privacy@larkspur.example', dpo: { name: 'Swyddog', email: 'dpo@larkspur.example' } };
const text = (row: GlanceRow) => row.lines.map((line) => line.map((piece) => (typeof piece === 'string' ? piece : piece.text)).join('')).join(' ');
const welsh = (facts: Facts, limit = GLANCE_MAX_WORDS) => glanceRows(facts, organisation, limit, cy);
const rowOf = (rows: GlanceRow[], topic: GlanceRow['topic']) => text(rows.find((r) => r.topic === topic)!);
const facts = (purposes: FactsInput['purposes'], more: Partial<FactsInput> = {}): Facts => factsSchema.parse({ collection: 'direct', purposes, ...more });
const example = (file: string): Facts => {
	const frontmatter = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(`content/notices/${file}`, 'utf8'))![1]!) as { facts: unknown };
	return factsSchema.parse(frontmatter.facts);
};

// An example version's facts are in English: the Welsh glance puts Welsh words around them.
const website = example('larkspur-energy/website/2025-11-03.mdx');
const patients = example('millbrook-medical/patients/2024-11-18.mdx');

describe('At a glance in Welsh', () => {
	test('labels every row in Welsh, with no English row label', () => {
		const rows = welsh(website);
		expect(rows.map((r) => r.label)).toEqual(Object.values(cy.glance.labels));
		const english = new Set(Object.values(en.glance.labels));
		expect(rows.filter((r) => english.has(r.label))).toEqual([]);
	});

	test('names the data protection officer and the ICO in Welsh', () => {
		const rows = welsh(patients);
		expect(rowOf(rows, 'who')).toContain('. Swyddog Diogelu Data: ');
		expect(rowOf(rows, 'complain')).toMatch(/^Cysylltwch â \S+ yn gyntaf\. Gallwch hefyd gwyno i Swyddfa’r Comisiynydd Gwybodaeth\.$/u);
	});

	test('gives lawful bases by their Welsh names', () => {
		expect(rowOf(welsh(website), 'why')).toContain('Buddiannau dilys (Erthygl 6(1)(f))');
		expect(rowOf(welsh(website), 'why')).not.toContain('Legitimate interests');
	});

	test('lists rights as one Welsh sentence, softening the first after “hawl i” and naming the information once', () => {
		const rights = facts([{ purpose: 'Rhedeg y wefan', basis: 'contract', data: ['enw'] }], { rights: ['access', 'rectification', 'erasure', 'portability'] });
		expect(rowOf(welsh(rights), 'rights')).toBe('Mae gennych hawl i gael copi o’ch gwybodaeth, gofyn i ni ei chywiro neu ei dileu a mynd â hi i rywle arall.');
	});

	test('counts rights that do not fit in the singular, as Welsh does after a number', () => {
		expect(rowOf(welsh(patients, 1), 'rights')).toMatch(/^Mae gennych \d+ hawl: gweler yr hysbysiad llawn\.$/u);
	});

	test('lists the data items as written, since there are no Welsh kinds of data to sort them into', () => {
		const items = facts([{ purpose: 'Ateb eich neges', basis: 'contract', data: ['eich enw', 'eich cyfeiriad e-bost', 'eich neges'] }]);
		expect(rowOf(welsh(items), 'what')).toBe('Eich enw, eich cyfeiriad e-bost, eich neges');
	});

	test('counts what does not fit with Welsh words', () => {
		const items = facts([{ purpose: 'Ateb eich neges', basis: 'contract', data: ['enw', 'cyfeiriad', 'ffôn', 'neges', 'llun', 'oed'] }]);
		expect(rowOf(welsh(items, 5), 'what')).toBe('Enw, cyfeiriad, a 4 arall');
	});

	test('keeps a Welsh retention sentence whole when the periods do not all fit, rather than its first clause', () => {
		const kept = facts([
			{ purpose: 'Ateb y neges a anfonwch drwy ein ffurflen', basis: 'contract', data: ['enw'], retention: 'Cedwir am 2 flynedd. Yna fe’i dilëir' },
			{ purpose: 'Anfon ein cylchlythyr', basis: 'consent', data: ['e-bost'], retention: 'Tan i chi ddad-danysgrifio' },
		]);
		expect(welsh(kept, 16).find((r) => r.topic === 'howLong')!.lines).toEqual([
			['Cedwir am 2 flynedd. Yna fe’i dilëir (1 diben)'],
			['Anfon ein cylchlythyr: tan i chi ddad-danysgrifio'],
		]);
	});

	test('says in Welsh that nothing leaves the UK, and softens a safeguard after “o dan”', () => {
		const none = facts([{ purpose: 'P', basis: 'contract', data: ['enw'] }], { transfers: 'none' });
		expect(rowOf(welsh(none), 'transfers')).toBe('Na chaiff. Mae eich gwybodaeth yn aros yn y DU.');
		const abroad = facts([{ purpose: 'P', basis: 'contract', data: ['enw'] }], { transfers: [{ destination: 'Iwerddon', safeguard: 'adequacy' }, { destination: 'Canada', safeguard: 'adequacy' }] });
		expect(rowOf(welsh(abroad), 'transfers')).toBe('Iwerddon a Chanada, o dan reoliadau digonolrwydd y DU');
	});

	test('keeps every row of a Welsh glance of an example notice within the word limit', () => {
		expect(welsh(patients).filter((row) => rowWords(row) > GLANCE_MAX_WORDS)).toEqual([]);
	});

	test('links a row to a Welsh section heading', () => {
		const headings = [{ slug: 'pwy-ydym-ni', text: 'Pwy ydym ni' }, { slug: 'eich-hawliau', text: 'Eich hawliau' }];
		expect(sectionFor('rights', headings, cy)).toBe('eich-hawliau');
		expect(sectionFor('who', headings, cy)).toBe('pwy-ydym-ni');
	});
});
