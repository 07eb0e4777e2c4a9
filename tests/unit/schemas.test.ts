import { describe, expect, test } from 'vitest';
import { noticeSchema } from '../../src/schemas/notice.ts';
import { noticeTypeSchema } from '../../src/schemas/notice-type.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';

const organisation = {
	name: 'Example Trust',
	kind: 'charity',
	charityNumber: '1234567',
	icoRegistration: 'ZA123456',
	address: { lines: ['1 High Street', 'Exampleton'], postcode: 'EX1 2MP' },
	email: 'privacy@trust.example',
	website: 'https://trust.example',
};

describe('organisation schema', () => {
	test('accepts a complete organisation', () => {
		expect(organisationSchema.safeParse(organisation).success).toBe(true);
	});

	test('rejects an unknown key, so a typo never passes silently', () => {
		const result = organisationSchema.safeParse({ ...organisation, webiste: 'https://trust.example' });
		expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['webiste'] });
	});

	test('rejects a kind outside the fixed list', () => {
		expect(organisationSchema.safeParse({ ...organisation, kind: 'club' }).success).toBe(false);
	});

	test('rejects an ICO registration number in the wrong form', () => {
		const result = organisationSchema.safeParse({ ...organisation, icoRegistration: '12345678' });
		expect(result.error?.issues[0]?.message).toMatch(/ICO registration number such as "ZA123456"/);
	});

	test('gives the data protection officer a default name', () => {
		const result = organisationSchema.parse({ ...organisation, dpo: { email: 'dpo@trust.example' } });
		expect(result.dpo?.name).toBe('Data Protection Officer');
	});
});

describe('notice type schema', () => {
	test('requires a title, description and audience', () => {
		expect(noticeTypeSchema.safeParse({ title: 'Website' }).error?.issues.map((i) => i.path[0])).toEqual([
			'description',
			'audience',
		]);
	});
});

describe('notice schema', () => {
	test('defaults the language to British English', () => {
		expect(noticeSchema.parse({ title: 'T', summary: 'S.' }).language).toBe('en-GB');
	});

	test('accepts an unquoted YAML date for updated and keeps it as YYYY-MM-DD', () => {
		expect(noticeSchema.parse({ title: 'T', summary: 'S.', updated: new Date('2025-04-01') }).updated).toBe('2025-04-01');
	});

	test('rejects a change class other than major or minor', () => {
		expect(noticeSchema.safeParse({ title: 'T', summary: 'S.', changeClass: 'huge' }).success).toBe(false);
	});

	test('rejects a summary longer than one sentence should be', () => {
		expect(noticeSchema.safeParse({ title: 'T', summary: 'x'.repeat(301) }).success).toBe(false);
	});
});
