import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/content.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { noticeJsonLd, type JsonLdInput } from '../../src/lib/open-data/jsonld.ts';
import { scriptSafeJson } from '../../src/lib/open-data/serialise.ts';
import { factsSchema, lawfulBases, rights, specialConditions, transferSafeguards, type FactsInput } from '../../src/schemas/facts.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { expandOffline, unknownTerms } from '../linked-data.ts';

const SITE = 'https://notices.example/';
const urlOf = (path: string) => new URL(path, SITE).href;
const organisation = organisationSchema.parse({
	name: 'Larkspur Energy', legalName: 'Larkspur Energy Limited', kind: 'company', companyNumber: '01234567', icoRegistration: 'ZA123456',
	address: { lines: ['1 Mill Lane', 'Leeds'], postcode: 'LS1 4AB' }, email: 'privacy@larkspur.example', website: 'https://larkspur.example',
	dpo: { email: 'dpo@larkspur.example' },
});
const input = (facts: FactsInput | undefined, more: Partial<JsonLdInput> = {}): JsonLdInput => ({
	org: 'larkspur', type: 'website', effective: '2025-06-01', updated: '2025-07-01', previous: undefined, next: undefined, organisation, urlOf,
	data: { title: 'How we use your information', summary: 'What we do with your details.', language: 'en-GB', facts: facts && factsSchema.parse(facts) },
	...more,
});
/** The terms of a document that no vocabulary defines, after expanding it as a consumer would. */
const unknownIn = async (document: object) => unknownTerms(await expandOffline(document), SITE);

// Every value of every closed vocabulary in the facts, so each mapping is checked, used or not.
const everything: FactsInput = {
	collection: 'both',
	controller: { name: 'Larkspur Supply Limited', email: 'supply@larkspur.example' },
	purposes: [
		...lawfulBases.map((basis) => ({ purpose: `Basis ${basis}`, basis, data: ['name'], recipients: ['our printer'], retention: '6 years', legitimateInterests: 'Keeping accounts' })),
		...specialConditions.map((condition) => ({ purpose: `Condition ${condition}`, basis: 'public_task' as const, specialCategory: { condition, schedule1: 'Paragraph 6' } })),
	],
	transfers: transferSafeguards.map((safeguard) => ({ destination: 'United States', safeguard, copy: 'Email us' })),
	automatedDecisions: { description: 'We score applications by computer.' },
	rights: [...rights],
};

describe('the JSON-LD of a notice version', () => {
	test('uses only terms that DPV 2.3, schema.org 30.0 and DCMI define, for every basis, condition, right and safeguard', async () => {
		expect(await unknownIn(noticeJsonLd(input(everything)))).toEqual([]);
	});

	test('reports a term that no vocabulary defines, and a prefix that the context lacks', async () => {
		const document = { ...noticeJsonLd(input(undefined)), 'dpv:hasPurpse': 'x', 'dvp:hasPurpose': 'y', 'dpv:hasLegalBasis': { '@id': 'eu-gdpr:A6-1-z' } };
		expect(await unknownIn(document)).toEqual(['dvp:hasPurpose', 'https://w3id.org/dpv#hasPurpse', 'https://w3id.org/dpv/legal/eu/gdpr#A6-1-z']);
	});

	test('fails to expand rather than fetch a remote context', async () => {
		await expect(expandOffline({ '@context': 'https://schema.org/', name: 'x' })).rejects.toThrow();
	});

	test('names the permanent address of the version, its notice, and the versions before and after it', () => {
		const document = noticeJsonLd(input(undefined, { previous: '2024-01-01', next: '2026-01-01' }));
		expect(document).toMatchObject({
			url: 'https://notices.example/larkspur/website/2025-06-01/', version: '2025-06-01', datePublished: '2025-06-01', dateModified: '2025-07-01',
			'dct:isVersionOf': { '@id': 'https://notices.example/larkspur/website/' },
			'dct:replaces': { '@id': 'https://notices.example/larkspur/website/2024-01-01/' },
			'dct:isReplacedBy': { '@id': 'https://notices.example/larkspur/website/2026-01-01/' },
		});
	});

	test('has no facts, and no previous or next version, where the notice has none', () => {
		const keys = Object.keys(noticeJsonLd(input(undefined)));
		expect(keys.filter((key) => ['dpv:hasProcess', 'dct:replaces', 'dct:isReplacedBy'].includes(key))).toEqual([]);
	});

	test('gives the organisation as publisher and controller, and a controller the facts name instead', () => {
		const own = noticeJsonLd(input({ collection: 'direct', purposes: [{ purpose: 'Billing', basis: 'contract' }] }));
		expect(own['publisher']).toMatchObject({ legalName: 'Larkspur Energy Limited', address: { postalCode: 'LS1 4AB' }, identifier: [{ value: 'ZA123456' }, { value: '01234567' }] });
		expect(own['dpv:hasProcess']).toMatchObject({ 'dpv:hasDataController': { '@id': 'https://notices.example/larkspur/#organisation' } });
		expect(noticeJsonLd(input(everything))['dpv:hasProcess']).toMatchObject({ 'dpv:hasDataController': { name: 'Larkspur Supply Limited' } });
	});

	test('maps a UK-only basis to a labelled dpv:LegalBasis, never to an EU GDPR article', () => {
		const document = noticeJsonLd(input({ collection: 'direct', purposes: [{ purpose: 'Safeguarding', basis: 'recognised_legitimate_interest' }] }));
		expect(JSON.stringify(document)).toContain('{"@type":"dpv:LegalBasis","name":"Recognised legitimate interest (UK GDPR Article 6(1)(ea))"}');
		expect(JSON.stringify(document)).not.toContain('A6-1-f');
	});
});

describe('the example site', async () => {
	const { versions, organisations } = checkContent(await readContentFiles('.'));
	const cases = versions.filter((v) => v.value.data.facts).map((v) => ({ name: v.value.file, v }));

	test('has notices with facts to check', () => {
		expect(cases.length).toBeGreaterThanOrEqual(25);
	});

	test.each(cases)('$name has JSON-LD that expands offline with only terms the vocabularies define', async ({ v }) => {
		const data = v.value.data;
		const document = noticeJsonLd({ ...input(undefined), org: v.org, type: v.type, effective: v.effective, organisation: organisations.find((o) => o.slug === v.org)!.data, data });
		expect(await unknownIn(document)).toEqual([]);
	});
});

describe('the JSON-LD as a script element', () => {
	const hostile = '</script><script>alert(1)</script><!-- & \u2028\u2029';
	const facts = factsSchema.parse({ collection: 'direct', purposes: [{ purpose: hostile, basis: 'consent', data: [hostile] }] });
	const document = noticeJsonLd(input(undefined, { data: { title: hostile, summary: hostile, language: 'en-GB', facts } }));
	const html = `<head><script type="application/ld+json">${scriptSafeJson(document)}</script></head>`;

	test("keeps an editor's </script><script>alert(1)</script> in a title or a purpose inside the data block", () => {
		const scripts = fromHtml(html).children.flatMap(function all(node): typeof node[] {
			return 'children' in node ? [node, ...node.children.flatMap(all)] : [node];
		}).filter((node) => node.type === 'element' && node.tagName === 'script');
		expect(scripts).toHaveLength(1);
		expect(JSON.parse(toText(scripts[0]!))).toEqual(document);
	});

	test('writes no <, >, &, U+2028 or U+2029 as itself', () => {
		expect(scriptSafeJson({ text: hostile })).toBe('{"text":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}');
	});
});
