import { mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { body, checkFilledIn, importFixture, importSource } from './import-helpers.ts';

describe('importing HTML', () => {
	test('keeps headings under the title, which comes from the <h1>', async () => {
		const { mdx } = await importFixture('website.html.erb');
		expect(mdx).toMatch(/^---\ntitle: Passenger privacy notice\n/);
		expect(body(mdx)).toContain('## 1. Who we are');
		expect(body(mdx)).not.toMatch(/^# /m);
	});

	test('keeps clause numbers as the author wrote them, and closes a skipped heading level', async () => {
		const { mdx, report } = await importFixture('website.html.erb');
		expect(body(mdx)).toContain('### 2.1.1.1 Deep numbering stays as written');
		expect(report.doubts.map((d) => d.message)).toContain('A heading skipped a level: it is now level 3');
	});

	test('survives a <ul> inside a <p>, and keeps nested lists, emphasis and strong text', async () => {
		const { mdx } = await importFixture('website.html.erb');
		expect(body(mdx)).toContain('When you book a crossing we ask for:');
		expect(body(mdx)).toMatch(/- your name and \*\*date of birth\*\*/);
		expect(body(mdx)).toMatch(/\n {2}- length, if over \*five metres\*/);
	});

	test('keeps ordered lists with their numbers', async () => {
		const { mdx } = await importFixture('website.html.erb');
		expect(body(mdx)).toContain('1. Write to us.\n2. We reply within a month.');
	});

	test('turns a table into a GitHub table with its caption, and uses the first row of a table without header cells as its header', async () => {
		const { mdx, report } = await importFixture('website.html.erb');
		expect(body(mdx)).toContain('Table: Our purposes and lawful bases');
		expect(body(mdx)).toMatch(/\| Purpose +\| Lawful basis +\| How long we keep it +\|/);
		expect(body(mdx)).toMatch(/\| Port +\| Office hours \|\n\| -+ \| -+ \|\n\| Kelmouth/);
		expect(report.doubts.map((d) => d.message)).toContain('A table had no header row: its first row is used as the header');
		expect(report.counts.tableRows).toBe(5);
	});

	test('keeps line breaks in an address and bold terms with their definitions', async () => {
		const { mdx } = await importFixture('website.html.erb');
		expect(body(mdx)).toContain('Data Protection Lead\\\nQuillon Ferries\\\nHarbour Office\\\nKelmouth\\\nKW15 1XQ');
		expect(body(mdx)).toContain('- **Access** - you have the right to ask for a copy of what we hold.');
		expect(body(mdx)).toContain('**Response time**\\\nOne month from your request.');
	});

	test('removes navigation, header, footer, cookie banner, skip link, scripts, styles, comments and images, and reports each', async () => {
		const { mdx, report } = await importFixture('website.html.erb');
		const reasons = report.removed.map((r) => r.reason).join('\n');
		for (const reason of ['skip link', 'cookie banner', 'site header', 'navigation', 'site footer', 'script', 'style', 'HTML comment', 'image']) expect(reasons).toContain(reason);
		for (const text of ['Timetables', 'Accept cookies', 'Skip to main content', 'window.analytics', '© Quillon']) expect(mdx).not.toContain(text);
		expect(report.words.missing.map((m) => m.word)).toContain('timetables');
	});

	test('removes template tags, reports them, and leaves a TODO where one was in the middle of a sentence', async () => {
		const { mdx, report } = await importFixture('website.html.erb');
		expect(mdx).not.toMatch(/<%|%>|\{%|\{\{/);
		expect(body(mdx)).toContain("booking website of\nTODO: what `t('brand.name')` printed here\nand its sailings.");
		expect(report.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['<%# a comment for developers %>', '{% if show_footer %}', '{{ footer_text }}']));
		expect(report.todos).toContain("notice line 22: Fill in what `t('brand.name')` printed here.");
	});

	test('keeps web, email and section links, and turns links to the old site into text unless given its address', async () => {
		const { mdx, report } = await importFixture('website.html.erb');
		expect(body(mdx)).toContain('[privacy@quillon-ferries.example](mailto:privacy@quillon-ferries.example)');
		expect(body(mdx)).toContain('[who we are](#1-who-we-are)');
		expect(body(mdx)).toContain('See our contact page,');
		expect(report.doubts.some((d) => d.text === 'contact page → /contact')).toBe(true);
		const based = await importFixture('website.html.erb', { baseUrl: 'https://www.quillon-ferries.example/privacy/' });
		expect(body(based.mdx)).toContain('[contact page](https://www.quillon-ferries.example/contact)');
	});

	test('escapes what MDX would read as code, so the output is valid MDX', async () => {
		const { mdx } = await importFixture('website.html.erb');
		expect(body(mdx)).toContain('Prices use \\{curly\\} braces and a \\<less-than> sign, 3 \\< 4, and a | pipe.');
		expect(() => mdxToMdast(mdx)).not.toThrow();
	});

	test('fills in the frontmatter and the organisation from what the page says', async () => {
		const { mdx, organisation, effective } = await importFixture('website.html.erb');
		expect(effective).toBe('2025-03-03');
		expect(mdx).toContain('summary: How Quillon Ferries uses information about passengers who book crossings online. # TODO:');
		expect(organisation).toContain('name: Quillon Ferries Limited # TODO: check');
		expect(organisation).toContain('companyNumber: SC418207\n');
		expect(organisation).toContain('icoRegistration: ZB482915\n');
		expect(organisation).toContain('email: privacy@quillon-ferries.example\n');
		expect(organisation).toContain('phone: 01856 700 311\n');
		expect(organisation).toContain('lines: [Data Protection Lead, Quillon Ferries, Harbour Office, Kelmouth] # TODO: check');
		expect(organisation).toContain('postcode: KW15 1XQ\n');
	});

	test('proposes facts read from a purposes table: lawful bases and retention, and no automated decisions', async () => {
		const { mdx } = await importFixture('website.html.erb');
		expect(mdx).toContain('    - purpose: Selling you a ticket\n      basis: contract\n      retention: 6 years\n');
		expect(mdx).toContain('    - purpose: Passenger lists for the coastguard\n      basis: legal_obligation\n');
		expect(mdx).toContain('  automatedDecisions: "no"\n');
		expect(mdx).toContain('  rights: [access, erasure, complain_ico]\n');
	});

	test('passes the check once its TODO marks are filled in', async () => {
		expect(checkFilledIn(await importFixture('website.html.erb'))).toEqual([]);
	});

	test('takes the title from <title> when the page has no <h1>, and says so', async () => {
		const { mdx, report } = await importSource('<html><head><title>Cookie notice</title></head><body><p>We use two cookies.</p></body></html>');
		expect(mdx).toMatch(/^---\ntitle: Cookie notice\n/);
		expect(report.doubts[0]!.message).toMatch(/no main heading/);
	});

	test('marks the title TODO when the template printed it', async () => {
		const { mdx, report } = await importSource("<h1><%= t('title') %></h1><p>Text.</p>", { name: 'privacy.html.erb' });
		expect(mdx).toContain("title: Website privacy notice # TODO: the title, which the template filled in from t('title')");
		expect(report.doubts[0]!.message).toBe("The template printed the title (t('title')): a TODO marks it in the frontmatter");
	});

	test('fills in a Jinja variable that the template sets to a plain string, and reports it', async () => {
		const { mdx, report } = await importSource('{% set owner = "Pellow Trust" %}<h1>Notice</h1><p>The controller is {{ owner }}.</p>', { name: 'privacy.html.j2' });
		expect(body(mdx)).toContain('The controller is Pellow Trust.');
		expect(report.doubts[0]!.message).toContain('Filled in the template variable "owner"');
	});

	test('keeps the text of a link whose address the template made, without the link', async () => {
		const { mdx, report } = await importSource('<h1>Notice</h1><p>Read our <a href="{{ url(\'cookies\') }}">cookie notice</a>, {{ more }}.</p>', { name: 'x.html.j2' });
		expect(body(mdx)).toContain('Read our cookie notice,\nTODO: what `more` printed here\n.');
		expect(report.doubts.map((d) => d.message)).toContain("A link's address came from the template (url('cookies')): its text is kept without the link");
	});
});

describe('cookie notices', () => {
	test("keeps a cookie notice's own sections and tables, and removes only its banner", async () => {
		const { mdx, report } = await importSource(
			'<main><div class="cookie-banner"><p>We use cookies on this site.</p><button>Accept</button></div><div id="cookie-prompt" role="dialog"><p>Choose your cookies.</p></div><h1>Cookie notice</h1><section id="cookies-we-use"><h2>Cookies we use</h2><table class="cookie-table"><tr><th>Name</th><th>Purpose</th></tr><tr><td>quill_lang</td><td>Remembers your language</td></tr></table></section></main>',
		);
		expect(body(mdx)).toContain('## Cookies we use');
		expect(body(mdx)).toContain('| quill_lang | Remembers your language |');
		expect(body(mdx)).not.toMatch(/We use cookies on this site|Choose your cookies/);
		expect(report.removed.filter((r) => r.reason === 'cookie banner')).toHaveLength(2);
	});
});
