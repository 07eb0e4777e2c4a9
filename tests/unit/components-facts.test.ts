import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { checkContent, type ContentFile } from '../../src/lib/check/content.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import type { FactsInput } from '../../src/schemas/facts.ts';

// The facts that components render, checked as the content check reads them, in a version of the
// fixture site.

const base = await readContentFiles('tests/fixtures/base');
const CURRENT = 'content/notices/trust/website/2025-01-01.mdx';

/** The fixture's facts: complete, so that only what a test changes is missing. */
const FACTS = {
	collection: 'direct',
	purposes: [
		{
			purpose: 'Running the website',
			data: ['IP address', 'pages visited'],
			basis: 'legitimate_interests',
			legitimateInterests: 'Keeping the website working and secure',
			retention: '90 days',
			recipients: ['our hosting provider'],
		},
	],
	transfers: 'none',
	automatedDecisions: 'no',
	requirement: { kind: 'neither' },
	rights: ['access', 'rectification', 'erasure', 'restriction', 'object', 'portability', 'complain_ico'],
} satisfies FactsInput;

/** Facts are given as changes to {@link FACTS}, or `null` for a version with none. */
type FactsChange = Partial<Record<keyof FactsInput, unknown>> | null;

/** A version file of the fixture site, with these facts and `body` under a heading. */
function version(path: string, change: FactsChange, body: string): ContentFile & { source: string } {
	const later = path === CURRENT ? { changeClass: 'minor', changeNote: 'We changed what the notice says.' } : {};
	const frontmatter = { title: 'Website privacy notice', summary: 'How Example Trust uses information about visitors.', ...later, ...(change ? { facts: { ...FACTS, ...change } } : {}) };
	return { path, source: `---\n${stringify(frontmatter)}---\n\n## What we do\n\nWe run a website.\n\n${body}\n` };
}

/** The fixture site with `files` added or in place of its own. */
const site = (...files: ContentFile[]) => [...new Map([...base, ...files].map((file) => [file.path, file])).values()];

/** The errors the check finds in a site. */
const errors = (files: ContentFile[]) => checkContent(files).problems.filter((p) => p.severity === 'error');

/** A valid cookie, for tests to name and change. */
const COOKIE = { provider: 'Example Trust', party: 'first', purpose: 'Keeps you signed in', duration: 'Until you close your browser', category: 'strictly_necessary', consent: false };

describe('facts.cookies', () => {
	/** The check's errors for a current version with these cookies, as `field line: message`. */
	const cookieErrors = (cookies: unknown[]) => {
		const file = version(CURRENT, { cookies }, '');
		return errors(site(file)).map((p) => `${p.field} ${p.line}: ${p.message}`);
	};
	const lineOf = (source: string, words: string) => source.split('\n').findIndex((l) => l.includes(words)) + 1;

	test('refuses a strictly necessary cookie said to need consent, naming the field', () => {
		const cookies = [{ ...COOKIE, name: 'trust_session', consent: true }];
		const line = lineOf(version(CURRENT, { cookies }, '').source, 'consent: true');
		expect(cookieErrors(cookies)).toEqual([`facts.cookies.0.consent ${line}: The cookie "trust_session" is strictly necessary, so it needs no consent: write consent: false, or give it another category.`]);
	});

	test('refuses an advertising cookie said not to need consent, naming the field', () => {
		const cookies = [{ ...COOKIE, name: 'trust_session' }, { ...COOKIE, name: 'ads_id', category: 'advertising', consent: false }];
		expect(cookieErrors(cookies)).toEqual([expect.stringMatching(/^facts\.cookies\.1\.consent \d+: The cookie "ads_id" is for advertising, which always needs consent: write consent: true\.$/)]);
	});

	test('lets a functional or analytics cookie be set with or without consent, as the Data (Use and Access) Act 2025 allows', () => {
		const cookies = ['functional', 'analytics'].flatMap((category) => [true, false].map((consent) => ({ ...COOKIE, name: `${category}_${consent}`, category, consent })));
		expect(cookieErrors(cookies)).toEqual([]);
	});

	test('refuses a category outside the fixed list, naming the field', () => {
		expect(cookieErrors([{ ...COOKIE, name: 'x', category: 'marketing' }]).join()).toMatch(/^facts\.cookies\.0\.category \d+: /);
	});
});
