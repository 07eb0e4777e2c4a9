import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { checkContent, type ContentFile } from '../../src/lib/check/content.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { builtInComponents } from '../../src/lib/components/registry.ts';
import { publishedBody } from '../../src/lib/markdown/publish.ts';
import { componentOptionsFor } from '../../src/lib/markdown/render.ts';
import { publishedSchema } from '../../src/lib/safety/allow-list.ts';
import { treeViolations } from '../../src/lib/safety/gate.ts';
import type { FactsInput } from '../../src/schemas/facts.ts';

// The facts components, rendered as the build renders them: the fixture site's two versions,
// each with its own facts, checked by the content check and published with the site's components.

const base = await readContentFiles('tests/fixtures/base');
const ARCHIVED = 'content/notices/trust/website/2024-01-01.mdx';
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

/** Each version's published HTML, by file, after the check has found no errors. */
function published(files: ContentFile[]): Map<string, string> {
	const result = checkContent(files);
	expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
	const sources = new Map(files.map(({ path, source }) => [path, typeof source === 'string' ? source : new TextDecoder().decode(source)]));
	return new Map(
		result.versions.map(({ org, value: { file, data } }) => {
			const organisation = result.organisations.find((o) => o.slug === org)!.data;
			const options = componentOptionsFor(file, builtInComponents, { facts: data.facts, organisation, glossary: result.glossary, base: '/' });
			return [file, publishedBody(file, sources.get(file)!, '/', options).html];
		}),
	);
}

/** The current version's HTML with these facts and body. */
const render = (change: FactsChange, body: string, ...files: ContentFile[]) => published(site(version(CURRENT, change, body), ...files)).get(CURRENT)!;

/** The HTML's text, tags removed and spaces collapsed, for matching what readers read. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** What, in published HTML parsed as a browser parses it, the published allow-list refuses. */
function refused(html: string): string[] {
	const tree = fromHtml(html, { fragment: true });
	const found = treeViolations(tree, publishedSchema).map((v) => v.message);
	if (JSON.stringify(sanitize(tree, publishedSchema)) !== JSON.stringify(tree)) found.push('hast-util-sanitize changes the tree');
	return found;
}

/** The fixture's organisation with a data protection officer on record. */
const ORGANISATION_WITH_DPO: ContentFile = {
	path: 'content/organisations/trust.yaml',
	source: `${readFileSync('tests/fixtures/base/content/organisations/trust.yaml', 'utf8')}dpo:\n  name: Sam Okafor\n  email: dpo@trust.example\n  phone: 01632 960 001\n`,
};

/** A valid cookie, for tests to name and change. */
const COOKIE = { provider: 'Example Trust', party: 'first', purpose: 'Keeps you signed in', duration: 'Until you close your browser', category: 'strictly_necessary', consent: false };

/**
 * For each component: facts for the current version and what it shows from them, other facts for
 * the archived version and what it shows from those, and facts without what it needs.
 */
const CASES: { use: string; current: FactsChange; shows: string[]; archived: FactsChange; showsArchived: string[]; missing?: FactsChange }[] = [
	{
		use: '<PurposesTable />',
		current: { purposes: [{ purpose: 'Sending newsletters', data: ['email address'], basis: 'consent' }] },
		shows: ['Sending newsletters', 'Email address', 'Consent (Article 6(1)(a))'],
		archived: {},
		showsArchived: ['Running the website', 'Legitimate interests (Article 6(1)(f))', 'Our legitimate interests: Keeping the website working and secure'],
		missing: null,
	},
	{
		use: '<RetentionTable />',
		current: { purposes: [{ ...FACTS.purposes[0], retention: '30 days' }] },
		shows: ['30 days'],
		archived: {},
		showsArchived: ['90 days'],
		missing: { purposes: [{ purpose: 'Running the website', basis: 'contract' }] },
	},
	{
		use: '<Recipients />',
		current: { purposes: [{ ...FACTS.purposes[0], recipients: ['our analytics provider'] }] },
		shows: ['Our analytics provider'],
		archived: {},
		showsArchived: ['Our hosting provider'],
		missing: { purposes: [{ purpose: 'Running the website', basis: 'contract' }] },
	},
	{
		use: '<Transfers />',
		current: { transfers: [{ destination: 'United States', safeguard: 'idta', copy: 'Email privacy@trust.example for a copy' }] },
		shows: ['United States', 'The UK International Data Transfer Agreement', 'Email privacy@trust.example for a copy'],
		archived: {},
		showsArchived: ['We do not send your information outside the UK'],
		missing: { transfers: undefined },
	},
	{
		use: '<Sources />',
		current: { collection: 'both', sources: [{ source: 'The electoral register', public: true }] },
		shows: ['The electoral register', 'Yes'],
		archived: { collection: 'both', sources: [{ source: 'Our partner charities' }] },
		showsArchived: ['Our partner charities', 'No'],
		missing: {},
	},
	{
		use: '<AutomatedDecisions />',
		current: { automatedDecisions: { description: 'A computer sorts applications into those we read first.' } },
		shows: ['A computer sorts applications into those we read first.', 'you can ask for a person to look at it again', 'email privacy@trust.example'],
		archived: {},
		showsArchived: ['We do not make decisions about you by computer alone'],
		missing: { automatedDecisions: undefined },
	},
	{
		use: '<Rights />',
		current: { rights: ['access', 'complain_ico'] },
		shows: ['Getting a copy of your information.', 'Complaining to the Information Commissioner’s Office.', '0303 123 1113'],
		archived: { rights: ['withdraw_consent'] },
		showsArchived: ['Withdrawing your consent.'],
		missing: { rights: [] },
	},
	{
		use: '<Contact />',
		current: { controller: { name: 'The Exampleton Partnership', email: 'partnership@trust.example' } },
		shows: ['The Exampleton Partnership', 'partnership@trust.example', '1 High Street', 'ZA123456'],
		archived: {},
		showsArchived: ['Example Trust', 'privacy@trust.example', '1 High Street', 'https://trust.example', 'ZA123456'],
		// The organisation's details are always there: nothing can be missing.
	},
	{
		use: '<DPO />',
		current: { dpo: { name: 'Ana Ruiz', email: 'ana@trust.example' } },
		shows: ['Ana Ruiz', 'ana@trust.example'],
		archived: { dpo: 'none' },
		showsArchived: ['We do not have a data protection officer', 'email privacy@trust.example'],
		missing: {},
	},
	{
		use: '<CookieTable />',
		current: { cookies: [{ ...COOKIE, name: 'trust_session' }] },
		shows: ['Strictly necessary cookies, which do not need your consent', 'trust_session', 'Keeps you signed in'],
		archived: { cookies: [{ ...COOKIE, name: 'trust_stats', purpose: 'Counts visitors', category: 'analytics', consent: true, provider: 'Counting Ltd', party: 'third' }] },
		showsArchived: ['Analytics cookies, set only if you agree to them', 'trust_stats', 'Counts visitors', 'Counting Ltd. A third-party cookie.'],
		missing: {},
	},
];

describe.each(CASES)('$use', ({ use, current, shows, archived, showsArchived, missing }) => {
	const name = use.slice(1, use.indexOf(' '));
	const both = () => published(site(version(ARCHIVED, archived, use), version(CURRENT, current, use)));

	test("renders from the version's facts", () => {
		const html = text(both().get(CURRENT)!);
		for (const words of shows) expect(html).toContain(words);
	});

	test('renders on an archived version the facts that version gives, not the current one’s', () => {
		const html = text(both().get(ARCHIVED)!);
		for (const words of showsArchived) expect(html).toContain(words);
		for (const words of shows.filter((w) => !showsArchived.includes(w))) expect(html).not.toContain(words);
	});

	test('makes only what the published allow-list allows', () => {
		for (const html of both().values()) expect(refused(html)).toEqual([]);
	});

	test.skipIf(missing === undefined)('is reported by the check at its file and line when a fact it needs is missing', () => {
		const file = version(CURRENT, missing ?? null, use);
		const line = file.source.split('\n').indexOf(use) + 1;
		const found = errors(site(file)).filter((p) => p.message.startsWith(`<${name}> cannot be shown`));
		expect(found).toMatchObject([{ file: CURRENT, line, severity: 'error' }]);
	});
});

describe('<PurposesTable />', () => {
	test('adds a column for the Article 9 condition, in plain words with its Schedule 1 condition, when a purpose uses one', () => {
		const purposes = [
			{ purpose: 'Supporting customers in vulnerable circumstances', data: ['health'], basis: 'legal_obligation', specialCategory: { condition: 'substantial_public_interest', schedule1: 'Paragraph 18, safeguarding of children and individuals at risk' } },
			{ purpose: 'Sending bills', basis: 'contract' },
		];
		const html = text(render({ purposes }, '<PurposesTable />'));
		expect(html).toContain('Condition for special category information');
		expect(html).toContain('Reasons of substantial public interest set out in law (Article 9(2)(g)). Data Protection Act 2018, Schedule 1: Paragraph 18');
		expect(html).toContain('Sending bills Not listed Contract (Article 6(1)(b)) None');
	});

	test('has no Article 9 column when no purpose uses special category information', () => {
		expect(render({}, '<PurposesTable />')).not.toContain('special category');
	});

	test('takes its caption from the caption prop', () => {
		expect(render({}, '<PurposesTable caption="Why we use your information" />')).toContain('<caption>Why we use your information</caption>');
	});
});

describe('<RetentionTable />', () => {
	test('keeps a purpose with no retention, saying it is not stated', () => {
		const purposes = [FACTS.purposes[0], { purpose: 'Answering questions', basis: 'contract' }];
		expect(text(render({ purposes }, '<RetentionTable />'))).toContain('Answering questions Not listed Not stated in this notice');
	});
});

describe('<Recipients />', () => {
	test('lists a recipient named by several purposes once, with each of its purposes', () => {
		const purposes = [
			{ ...FACTS.purposes[0], recipients: ['our hosting provider', 'the police'] },
			{ purpose: 'Sending newsletters', basis: 'consent', recipients: ['Our hosting provider'] },
		];
		const html = text(render({ purposes }, '<Recipients />'));
		expect(html.match(/hosting provider/gi)).toHaveLength(1);
		expect(html).toContain('Our hosting provider : running the website; sending newsletters.');
		expect(html).toContain('The police : running the website.');
	});
});

describe('<Transfers />', () => {
	test('says a copy is not needed for an adequacy decision, and not stated when another safeguard has none', () => {
		const transfers = [{ destination: 'Ireland', safeguard: 'adequacy' }, { destination: 'India', safeguard: 'binding_corporate_rules' }];
		const html = text(render({ transfers }, '<Transfers />'));
		expect(html).toContain('Ireland UK adequacy regulations Not needed');
		expect(html).toContain('India Binding corporate rules Not stated in this notice');
	});
});

describe('<Rights />', () => {
	test('links to the ICO’s complaint form and its helpline when complain_ico is named', () => {
		const html = render({}, '<Rights />');
		expect(html).toContain('<a href="https://ico.org.uk/make-a-complaint/">');
		expect(html).toContain('<a href="tel:03031231113">0303 123 1113</a>');
	});

	test('gives the joint controller’s email, not the organisation’s, when the facts name one', () => {
		const html = render({ controller: { name: 'The Exampleton Partnership', email: 'partnership@trust.example' } }, '<Rights />');
		expect(html).toContain('mailto:partnership@trust.example');
		expect(html).not.toContain('mailto:privacy@trust.example');
	});

	test('lists the rights in a fixed order, whatever order the facts give', () => {
		const html = text(render({ rights: ['complain_ico', 'erasure', 'access'] }, '<Rights />'));
		const order = ['Getting a copy', 'Deleting your information', 'Complaining to the Information'].map((lead) => html.indexOf(lead));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	test('says how long an answer may take only when a right is used by asking', () => {
		expect(render({ rights: ['complain_ico'] }, '<Rights />')).not.toContain('within one month');
		expect(render({ rights: ['access'] }, '<Rights />')).toContain('within one month');
	});
});

describe('<Contact />', () => {
	test('shows the organisation’s details as they are now on an archived version too', () => {
		const organisation: ContentFile = { path: 'content/organisations/trust.yaml', source: `${ORGANISATION_WITH_DPO.source}phone: 01632 960 000\n` };
		const pages = published(site(version(ARCHIVED, {}, '<Contact />'), version(CURRENT, {}, '<Contact />'), organisation));
		expect(pages.get(ARCHIVED)).toContain('<a href="tel:01632960000">01632 960 000</a>');
		expect(pages.get(ARCHIVED)).toEqual(pages.get(CURRENT));
	});
});

describe('<DPO />', () => {
	test("shows the organisation's data protection officer, with a telephone number, when the facts give none", () => {
		const html = text(render({}, '<DPO />', ORGANISATION_WITH_DPO));
		expect(html).toContain('Sam Okafor');
		expect(html).toContain('01632 960 001');
	});

	test("shows the facts' data protection officer in place of the organisation's", () => {
		const html = text(render({ dpo: { name: 'Ana Ruiz', email: 'ana@trust.example' } }, '<DPO />', ORGANISATION_WITH_DPO));
		expect(html).toContain('Ana Ruiz');
		expect(html).not.toContain('Sam Okafor');
	});
});

describe('<CookieTable />', () => {
	const cookies = [
		{ ...COOKIE, name: 'trust_session' },
		{ ...COOKIE, name: 'chat_open', category: 'functional', consent: false, provider: 'Chat Ltd', party: 'third' },
		{ ...COOKIE, name: 'chat_history', category: 'functional', consent: true, provider: 'Chat Ltd', party: 'third' },
	];

	test('makes a table for each category, in a fixed order, each in a region named by its category after a sentence on consent', () => {
		const html = render({ cookies: [...cookies].reverse() }, '<CookieTable />');
		expect([...html.matchAll(/role="region" tabindex="0" aria-label="([^"]*)"/g)].map((m) => m[1])).toEqual(['Strictly necessary cookies', 'Functional cookies']);
		expect(html).toContain('<p>Strictly necessary cookies, which do not need your consent.</p>');
		expect(html).not.toContain('<caption>');
	});

	test('says cookie by cookie whether consent is needed when a category holds both kinds', () => {
		const html = text(render({ cookies }, '<CookieTable category="functional" />'));
		expect(html).toContain('Needs your consent');
		expect(html).toContain('chat_open Keeps you signed in Chat Ltd. A third-party cookie. Until you close your browser No');
	});

	test('shows only the category named, with the caption given', () => {
		const html = render({ cookies }, '<CookieTable category="strictly_necessary" caption="Cookies the website needs" />');
		expect(html).toContain('<caption>Cookies the website needs</caption>');
		expect(html).not.toContain('chat_open');
	});

	test('is reported by the check when the category named has no cookies', () => {
		const found = errors(site(version(CURRENT, { cookies }, '<CookieTable category="advertising" />'))).map((p) => p.message);
		expect(found).toEqual(["<CookieTable> cannot be shown: This version's facts.cookies has no cookie with category: advertising."]);
	});

	test('refuses a caption without a category, as one caption cannot name several tables', () => {
		const found = errors(site(version(CURRENT, { cookies }, '<CookieTable caption="Our cookies" />'))).map((p) => p.message);
		expect(found).toEqual(['<CookieTable>: A caption names one table: give a category too, such as category="analytics", or leave the caption out.']);
	});
});

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

describe('<RetentionTable /> with purposes kept alike', () => {
	test('puts purposes kept for the same time in one row, with their information once each', async () => {
		const { renderNotice } = await import('../../src/lib/markdown/render.ts');
		const { builtInComponents } = await import('../../src/lib/components/registry.ts');
		const { factsSchema } = await import('../../src/schemas/facts.ts');
		const { organisationSchema } = await import('../../src/schemas/organisation.ts');
		const organisation = organisationSchema.parse({ name: 'Trust', kind: 'charity', icoRegistration: 'ZA123456', address: { lines: ['1 High Street'], postcode: 'EX1 2MP' }, email: 'privacy@trust.example', website: 'https://trust.example' });
		const facts = factsSchema.parse({
			collection: 'direct',
			purposes: [
				{ purpose: 'Caring for you', data: ['health records'], basis: 'public_task', retention: '10 years after death' },
				{ purpose: 'Sharing with a new practice', data: ['health records', 'your address'], basis: 'public_task', retention: '10 years after death' },
				{ purpose: 'Answering messages', basis: 'legitimate_interests', legitimateInterests: 'Replying' },
			],
		});
		const { html } = renderNotice('---\ntitle: T\nsummary: S\n---\n\n<RetentionTable />\n', '/', { components: builtInComponents, context: { facts, organisation, glossary: new Map(), base: '/' } });
		expect(html).toContain('<td>Caring for you; Sharing with a new practice</td><td>Health records; your address</td><td>10 years after death</td>');
		expect(html).toContain('<td>Answering messages</td><td>Not listed</td><td>Not stated in this notice</td>');
	});
});
