import { describe, expect, test } from 'vitest';
import { completeness, type ItemStatus } from '../../src/lib/completeness.ts';
import { factsSchema, type FactsInput } from '../../src/schemas/facts.ts';

const base: FactsInput = {
	collection: 'direct',
	purposes: [{ purpose: 'Billing', data: ['contact details'], basis: 'contract', retention: '6 years', recipients: ['our bank'] }],
	transfers: 'none',
	automatedDecisions: 'no',
	requirement: { kind: 'contractual', consequence: 'We cannot supply you.' },
	rights: ['access', 'rectification', 'erasure', 'restriction', 'object', 'portability', 'complain_ico'],
};
const statusOf = (input: FactsInput, item: number, hasDpo = true): ItemStatus =>
	completeness(factsSchema.parse(input), { hasDpo }).find((r) => r.item === item)!.status;

describe('completeness', () => {
	test('finds a complete Article 13 notice complete, with the Article 14 items not applicable', () => {
		const results = completeness(factsSchema.parse(base), { hasDpo: true });
		expect(results.filter((r) => r.status === 'missing')).toEqual([]);
		expect(results.filter((r) => r.status === 'not-applicable').map((r) => r.item)).toEqual([5, 11, 15]);
	});

	test('asks for the legitimate interests only when a purpose relies on them', () => {
		expect(statusOf(base, 5)).toBe('not-applicable');
		const purposes = [{ purpose: 'Fraud checks', basis: 'legitimate_interests' as const, legitimateInterests: 'Preventing fraud', retention: '1 year', recipients: ['x'] }];
		expect(statusOf({ ...base, purposes }, 5)).toBe('present');
	});

	test('refuses legitimate interests as a basis without saying which interests', () => {
		const result = factsSchema.safeParse({ ...base, purposes: [{ purpose: 'Fraud checks', basis: 'legitimate_interests' }] });
		expect(result.error?.issues[0]).toMatchObject({ path: ['purposes', 0, 'legitimateInterests'] });
	});

	test('asks for the right to withdraw consent when a purpose relies on consent', () => {
		const purposes = [{ purpose: 'Newsletter', basis: 'consent' as const, retention: 'Until you unsubscribe', recipients: ['mail provider'] }];
		expect(statusOf({ ...base, purposes }, 11)).toBe('missing');
		expect(statusOf({ ...base, purposes, rights: [...base.rights!, 'withdraw_consent'] }, 11)).toBe('present');
	});

	test('asks for withdrawal of consent when special category data relies on explicit consent', () => {
		const purposes = [{ ...base.purposes[0]!, specialCategory: { condition: 'explicit_consent' as const } }];
		expect(statusOf({ ...base, purposes }, 11)).toBe('missing');
	});

	test('asks an Article 14 notice for its sources and data categories, and not for the requirement', () => {
		const indirect: FactsInput = { ...base, collection: 'indirect', requirement: undefined, purposes: [{ ...base.purposes[0]!, data: [] }] };
		expect([statusOf(indirect, 15), statusOf(indirect, 6), statusOf(indirect, 13)]).toEqual(['missing', 'missing', 'not-applicable']);
		expect(statusOf({ ...indirect, sources: [{ source: 'Your GP' }] }, 15)).toBe('present');
	});

	test('requires transfers to be stated, even as none, with a way to get a copy of the safeguard', () => {
		expect(statusOf({ ...base, transfers: undefined }, 8)).toBe('missing');
		expect(statusOf({ ...base, transfers: [{ destination: 'United States', safeguard: 'idta' }] }, 8)).toBe('missing');
		expect(statusOf({ ...base, transfers: [{ destination: 'Ireland', safeguard: 'adequacy' }] }, 8)).toBe('present');
	});

	test('names the core rights that are missing', () => {
		const [rights] = completeness(factsSchema.parse({ ...base, rights: ['access', 'complain_ico'] }), { hasDpo: true }).filter((r) => r.item === 10);
		expect(rights?.note).toBe('Add to rights: rectification, erasure, restriction, object, portability.');
	});

	test('treats a DPO as not applicable when neither the notice nor the organisation has one', () => {
		expect(statusOf(base, 2, false)).toBe('not-applicable');
		expect(statusOf(base, 2, true)).toBe('present');
	});

	test('reports every item but the controller as missing when a notice has no facts', () => {
		const results = completeness(undefined, { hasDpo: true });
		expect(results.filter((r) => r.status === 'missing').map((r) => r.item)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
	});
});
