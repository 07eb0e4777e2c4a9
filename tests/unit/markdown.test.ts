import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, test } from 'vitest';
import { accessibleGfm } from '../../src/lib/markdown/accessible-gfm.ts';
import { baseLinks } from '../../src/lib/markdown/base-links.ts';
import { headingAnchors } from '../../src/lib/markdown/heading-anchors.ts';

// One set of plugins for every document, as the site's config has; they are synchronous, so the result is too.
const plugins = [accessibleGfm(), headingAnchors()];
const render = (markdown: string) => (markdownToHtml(markdown, { hastPlugins: plugins }) as MarkdownToHtmlResult).html;
const table = '| Purpose | Lawful basis |\n|---|---|\n| Billing | Contract |\n';

describe('accessible GFM', () => {
	test('gives column header cells scope="col"', () => {
		expect(render(table)).toContain('<th scope="col">Purpose</th>');
	});

	test('turns a "Table:" paragraph before a table into its caption and names the scroll region after it', () => {
		const html = render(`Table: Why we use *your* information\n\n${table}`);
		expect(html).toContain('<caption>Why we use <em>your</em> information</caption>');
		expect(html).toContain('role="region" tabindex="0" aria-label="Why we use your information"');
		expect(html).not.toContain('<p>Table:');
	});

	test('also takes a "Table:" paragraph directly after the table, as Pandoc does', () => {
		expect(render(`${table}\nTable: Our purposes\n`)).toContain('<caption>Our purposes</caption>');
	});

	test('names an uncaptioned table\'s scroll region after its section heading', () => {
		expect(render(`## How long we keep it\n\nSome text.\n\n${table}`)).toContain('aria-label="Table: How long we keep it"');
	});

	test('labels task-list checkboxes with their item\'s text', () => {
		expect(render('- [x] Check your details\n- [ ] Tell us if they change\n')).toMatch(
			/<input type="checkbox" checked disabled aria-label="Check your details">[\s\S]*aria-label="Tell us if they change"/,
		);
	});

	test('marks links whose text is their own address, so print does not repeat it', () => {
		expect(render('See https://www.example.org or email privacy@trust.example, or [our site](https://trust.example).\n')).toMatch(
			/<a href="https:\/\/www.example.org" class="nb-autolink">[\s\S]*<a href="mailto:privacy@trust.example" class="nb-autolink">[\s\S]*<a href="https:\/\/trust.example">our site/,
		);
	});

	test('keeps footnotes navigable both ways', () => {
		const html = render('Text[^1].\n\n[^1]: A note.\n');
		expect(html).toMatch(/<a href="#user-content-fn-1" id="user-content-fnref-1"/);
		expect(html).toMatch(/<a href="#user-content-fnref-1"[^>]*aria-label="Back to reference 1"/);
		expect(html).toContain('class="nb-footnotes-heading"');
	});
});

describe('heading anchors', () => {
	test('gives each heading an id and a link to itself with a screen-reader name', () => {
		expect(render('## Your rights\n').trim()).toBe(
			'<div class="nb-heading"><h2 id="your-rights">Your rights</h2><a class="nb-heading__anchor" href="#your-rights" aria-label="Link to the section “Your rights”" data-pagefind-ignore=""></a></div>',
		);
	});

	test('starts ids afresh in each document', () => {
		render('## Your rights\n');
		expect(render('## Your rights\n')).toContain('id="your-rights"');
	});

	test('keeps ids unique when two headings share their text', () => {
		expect(render('## Retention\n\n### Retention\n')).toMatch(/id="retention"[\s\S]*id="retention-1"/);
	});
});

describe('base links', () => {
	const underPolicies = (markdown: string) =>
		(markdownToHtml(markdown, { hastPlugins: [baseLinks('/policies/')] }) as MarkdownToHtmlResult).html;

	test('puts the base path in front of links written from the site root', () => {
		expect(underPolicies('See [our cookie notice](/acme/cookies/#analytics).\n')).toContain('href="/policies/acme/cookies/#analytics"');
	});

	test('leaves other sites, email, sections and protocol-relative links alone', () => {
		const html = underPolicies('[a](https://ico.org.uk/) [b](mailto:x@y.example) [c](#rights) [d](//cdn.example/x)\n');
		expect(html).toContain('href="https://ico.org.uk/"');
		expect(html).toContain('href="mailto:x@y.example"');
		expect(html).toContain('href="#rights"');
		expect(html).toContain('href="//cdn.example/x"');
	});
});
