import type { AccessibilityTestRecord } from '../../schemas/accessibility-record.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import { CONFIG_FILE } from '../site-config/parse.ts';
import type { Problem } from '../check/problem.ts';
import type { IsoDate } from '../dates.ts';

// What the accessibility statement says, decided from the site's settings and the last test
// record, apart from its words (src/i18n/) and markup (AccessibilityLayout.astro). Pure, so each
// case is unit-tested; decision 0016 explains why nothing here is assumed.

/** The owner's declaration, or `undeclared` when the settings make none: never derived from the tests. */
export type Compliance = NonNullable<SiteConfig['accessibility']>['status'] | 'undeclared';

/** The compliance status the statement gives: only ever the one the owner declared. */
export function complianceOf(accessibility: SiteConfig['accessibility']): Compliance {
	return accessibility?.status ?? 'undeclared';
}

/** What the statement says of the tests: no run recorded, a run that found nothing, or one that found failures. */
export type TestFinding = { kind: 'none' } | { kind: 'passed'; record: AccessibilityTestRecord } | { kind: 'failed'; record: AccessibilityTestRecord };

/** The finding of the last recorded run, as recorded: with no record, no date and no result. */
export function testFinding(record: AccessibilityTestRecord | undefined): TestFinding {
	if (!record) return { kind: 'none' };
	return record.outcome === 'passed' ? { kind: 'passed', record } : { kind: 'failed', record };
}

/**
 * The statement's `lastmod`: the day it last changed, the latest of its preparation, its review
 * and the test run it reports. Undefined when it has none of them, as for other pages without a date.
 */
export function statementDate(accessibility: SiteConfig['accessibility'], record: AccessibilityTestRecord | undefined): IsoDate | undefined {
	const dates = [accessibility?.preparedOn, accessibility?.reviewedOn, record?.date].filter((date): date is IsoDate => date !== undefined);
	return dates.length === 0 ? undefined : dates.reduce((a, b) => (b > a ? b : a));
}

/**
 * Warnings for the people who run the site, where the statement would mislead or leave readers
 * stuck: full compliance declared while the last run found failures, and no one to contact.
 */
export function statementWarnings(config: Pick<SiteConfig, 'accessibility' | 'owner'>, record: AccessibilityTestRecord | undefined): Problem[] {
	const warnings: Problem[] = [];
	const warn = (field: string, message: string, fix: string) => warnings.push({ file: CONFIG_FILE, field: `noticeboard.${field}`, message, fix, severity: 'warning' });
	if (config.accessibility?.status === 'full' && record?.outcome === 'failed') {
		warn(
			'accessibility.status',
			`The site is declared fully compliant, but the last accessibility test run (${record.date}) found failures on ${record.failed.length} ${record.failed.length === 1 ? 'page' : 'pages'}.`,
			'Fix the failures and run the tests again, or declare "partial" with the failures as known issues.',
		);
	}
	if (!config.owner) {
		warn('owner', 'The accessibility statement has no one for readers to contact about a problem.', 'Give the site\'s owner, with an email, url or phone: owner: { name, email }.');
	}
	return warnings;
}

/** Where the statement's references lead: the bodies that enforce the regulations, the regulations, the standard. */
export const STATEMENT_LINKS = {
	/** The Equality and Human Rights Commission, which enforces the regulations in Great Britain. */
	ehrc: 'https://www.equalityhumanrights.com/',
	/** The Equality Advisory and Support Service, for people unhappy with an answer. */
	eass: 'https://www.equalityadvisoryservice.com/',
	/** The Equality Commission for Northern Ireland. */
	ecni: 'https://www.equalityni.org/',
	/** The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. */
	regulations: 'https://www.legislation.gov.uk/uksi/2018/952/contents/made',
	/** Web Content Accessibility Guidelines 2.2. */
	wcag: 'https://www.w3.org/TR/WCAG22/',
	/** AbilityNet's "My Computer My Way", advice on making a device easier to use. */
	abilityNet: 'https://mcmw.abilitynet.org.uk/',
} as const;
