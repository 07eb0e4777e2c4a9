import { describe, expect, test } from 'vitest';
import { cy } from '../../src/i18n/cy.ts';
import { en } from '../../src/i18n/en.ts';
import { wcagCoverage } from '../../src/lib/accessibility/method.ts';
import { complianceOf, statementDate, statementWarnings, testFinding } from '../../src/lib/accessibility/statement.ts';
import { parseSiteConfig } from '../../src/lib/site-config/parse.ts';
import type { AccessibilityTestRecord } from '../../src/schemas/accessibility-record.ts';

const record = (outcome: 'passed' | 'failed', date = '2026-12-02'): AccessibilityTestRecord => ({
	schemaVersion: 1,
	date,
	finishedAt: `${date}T10:00:00.000Z`,
	outcome,
	pages: 137,
	failed: outcome === 'passed' ? [] : ['/search/'],
	checks: 556,
	colorSchemes: ['light', 'dark'],
	widths: [1280, 320],
	tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
	axeVersion: '4.14.1',
});
const owner = { name: 'Ashcombe District Council', email: 'web@ashcombe.example' };
const problems = (options: unknown) => parseSiteConfig(options).problems.map((p) => `${p.field}: ${p.message}`);

describe('the accessibility settings', () => {
	test('a declaration of partial compliance with a known issue is read with its defaults', () => {
		const { config } = parseSiteConfig({ owner, accessibility: { status: 'partial', preparedOn: '2026-11-20', knownIssues: [{ text: 'Some older notices have tables without headers.', criteria: ['1.3.1'] }] } });
		expect(config?.accessibility).toEqual({ status: 'partial', preparedOn: '2026-11-20', knownIssues: [{ text: 'Some older notices have tables without headers.', criteria: ['1.3.1'] }] });
	});

	test('full compliance with known issues is refused', () => {
		expect(problems({ accessibility: { status: 'full', preparedOn: '2026-11-20', knownIssues: [{ text: 'A problem.' }] } })).toEqual(['noticeboard.accessibility.status: A site with known issues is not fully compliant.']);
	});

	test('partial compliance without known issues is refused', () => {
		expect(problems({ accessibility: { status: 'partial', preparedOn: '2026-11-20' } })).toEqual(['noticeboard.accessibility.knownIssues: Say what is not accessible: a statement of partial or no compliance lists the known issues.']);
	});

	test('a review before the statement was prepared is refused', () => {
		expect(problems({ accessibility: { status: 'full', preparedOn: '2026-11-20', reviewedOn: '2026-01-01' } })).toEqual(['noticeboard.accessibility.reviewedOn: The statement cannot be reviewed before it was prepared.']);
	});

	test('an unknown status, a date that is not real and a criterion that is not a number are each named', () => {
		expect(problems({ accessibility: { status: 'mostly', preparedOn: '2026-11-20' } })[0]).toMatch(/^noticeboard\.accessibility\.status: /);
		expect(problems({ accessibility: { status: 'full', preparedOn: '2026-02-30' } })[0]).toMatch(/^noticeboard\.accessibility\.preparedOn: Expected a real date/);
		expect(problems({ accessibility: { status: 'none', preparedOn: '2026-11-20', knownIssues: [{ text: 'x', criteria: ['contrast'] }] } })[0]).toMatch(/^noticeboard\.accessibility\.knownIssues\.0\.criteria\.0: Give a WCAG success criterion/);
	});
});

describe('what the statement says', () => {
	test('the compliance status is only ever the one the owner declared, whatever the tests found', () => {
		expect(complianceOf(undefined)).toBe('undeclared');
		expect(complianceOf({ status: 'partial', preparedOn: '2026-11-20', knownIssues: [{ text: 'x', criteria: [] }] })).toBe('partial');
	});

	test('with no record, the statement has no test date or result', () => {
		expect(testFinding(undefined)).toEqual({ kind: 'none' });
	});

	test('a failed run is reported as failed', () => {
		expect(testFinding(record('failed')).kind).toBe('failed');
		expect(testFinding(record('passed')).kind).toBe('passed');
	});

	test('its lastmod is the latest of its preparation, its review and the test run', () => {
		expect(statementDate(undefined, undefined)).toBeUndefined();
		expect(statementDate(undefined, record('passed'))).toBe('2026-12-02');
		expect(statementDate({ status: 'full', preparedOn: '2026-11-20', reviewedOn: '2027-01-05', knownIssues: [] }, record('passed'))).toBe('2027-01-05');
	});

	test('declaring full compliance when the last run found failures is warned about, as is having no one to contact', () => {
		const warnings = statementWarnings({ accessibility: { status: 'full', preparedOn: '2026-11-20', knownIssues: [] }, owner: undefined }, record('failed'));
		expect(warnings.map((w) => [w.field, w.severity])).toEqual([
			['noticeboard.accessibility.status', 'warning'],
			['noticeboard.owner', 'warning'],
		]);
		expect(statementWarnings({ accessibility: { status: 'full', preparedOn: '2026-11-20', knownIssues: [] }, owner }, record('passed'))).toEqual([]);
	});

	test('the method names the WCAG versions and levels of the rules run', () => {
		expect(wcagCoverage(record('passed').tags)).toEqual({ versions: ['2.0', '2.1', '2.2'], levels: ['A', 'AA'] });
	});

	test('lists in sentences are joined as each language joins them, with Welsh mutations', () => {
		expect(en.accessibilityPage.list(['light', 'dark'])).toBe('light and dark');
		expect(en.accessibilityPage.list(['2.0', '2.1', '2.2'])).toBe('2.0, 2.1 and 2.2');
		expect(cy.accessibilityPage.list(['golau', 'tywyll'])).toBe('golau a thywyll');
		expect(cy.accessibilityPage.list(['A', 'AA'])).toBe('A ac AA');
		expect(cy.accessibilityPage.list(['1280', '320'])).toBe('1280 a 320');
		expect(cy.accessibilityPage.list(['2.0', '2.1', '2.2'])).toBe('2.0, 2.1 a 2.2');
	});
});
