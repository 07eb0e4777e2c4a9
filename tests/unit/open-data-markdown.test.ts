import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { renderNotice } from '../../src/lib/markdown/render.ts';
import { hastToMarkdown } from '../../src/lib/open-data/hast-markdown.ts';
import { markdownFile, noticeMarkdown } from '../../src/lib/open-data/markdown.ts';
import { exampleVersions } from './example-site.ts';

// A version's text as Markdown (notice.md, and notice.json's text): the editor's body as written,
// with each component written out as what it shows.

const versions = await exampleVersions();

/** The words a page shows, with quotes made plain: facts text is not given smart quotes (yet), Markdown is. */
const words = (html: string) =>
	toText(fromHtml(html, { fragment: true }))
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.split(/\s+/)
		.filter(Boolean);

describe("A version's Markdown", () => {
	test('gives a body without components byte for byte, without its frontmatter', () => {
		const body = '## Who we are\r\n\r\nWe are *Acme* — “quoted” & <abbr title="x">X</abbr>.\r\n\r\n| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n';
		expect(noticeMarkdown(`---\r\ntitle: T\r\nsummary: S\r\n---\r\n\r\n${body}`, undefined)).toBe(body);
	});

	test('writes out every component of every example version, leaving no tag behind', () => {
		const withComponents = versions.filter((v) => /<[A-Z]/.test(v.source));
		expect(withComponents.length).toBeGreaterThan(10);
		for (const version of withComponents) {
			const markdown = noticeMarkdown(version.source, version.components);
			expect(markdown, version.file).not.toMatch(/<\/?[A-Z][A-Za-z]*[\s/>]|nb-component-/);
			expect(markdown, version.file).not.toMatch(/^---/);
		}
	});

	test('reads as the page does: rendered again, each example version shows the same words in the same order', () => {
		for (const version of versions) {
			const page = words(renderNotice(version.source, '/', version.components).html);
			const markdown = words(renderNotice(noticeMarkdown(version.source, version.components), '/').html);
			expect(markdown.join(' '), version.file).toBe(page.join(' '));
		}
	});

	test("keeps the editor's own text inside a component exactly as written", () => {
		const version = versions.find((v) => v.source.includes('<Callout'))!;
		const inside = /<Callout[^>]*>\s*([\s\S]*?)\s*<\/Callout>/.exec(version.source)![1]!;
		expect(noticeMarkdown(version.source, version.components)).toContain(inside);
	});

	test('starts notice.md with frontmatter saying which version of which notice it is', () => {
		const text = markdownFile(
			{
				title: 'How we use your information',
				summary: 'What we do: a summary.',
				organisation: { name: 'Acme' },
				noticeType: { title: 'Website privacy notice' },
				effective: '2025-01-01',
				updated: null,
				language: 'en-GB',
				url: 'https://example.org/acme/website/2025-01-01/',
				links: { json: 'https://example.org/acme/website/2025-01-01/notice.json' },
			} as Parameters<typeof markdownFile>[0],
			'## Who we are\n\nAcme.\n\n\n',
		);
		expect(text).toBe(
			[
				'---',
				'title: How we use your information',
				'summary: "What we do: a summary."',
				'organisation: Acme',
				'noticeType: Website privacy notice',
				'effective: 2025-01-01',
				'language: en-GB',
				'url: https://example.org/acme/website/2025-01-01/',
				'data: https://example.org/acme/website/2025-01-01/notice.json',
				'---',
				'',
				'## Who we are',
				'',
				'Acme.',
				'',
			].join('\n'),
		);
	});
});

describe('What a component makes, as Markdown', () => {
	const roundTrip = (markdown: string) => renderNotice(markdown, '/');

	test('escapes what Markdown would read as syntax, so that facts text reads back as written', () => {
		const hostile = 'A *star*, a_b_c, [link](x), <script>alert(1)</script>, a | pipe, `tick` &amp; 1. # not a heading';
		const markdown = hastToMarkdown([
			h('p', hostile),
			h('table', [h('thead', [h('tr', [h('th', 'Purpose'), h('th', 'Kept')])]), h('tbody', [h('tr', [h('td', hostile), h('td', '- 6 years')])])]),
			h('ul', [h('li', '# one'), h('li', '2. two')]),
		]);
		const { html, violations } = roundTrip(markdown);
		expect(violations).toEqual([]);
		const tree = fromHtml(html, { fragment: true });
		expect(toText(tree).split('\n').filter(Boolean)).toEqual([hostile, 'Purpose\tKept', `${hostile}\t- 6 years`, '# one', '2. two'].flatMap((line) => line.split('\n')));
		expect(html).not.toContain('<script');
	});

	test('writes a table with its caption before it, and links, emphasis and code as Markdown', () => {
		const markdown = hastToMarkdown([
			h('div', { className: ['nb-table-scroll'], role: 'region' }, [
				h('table', [h('caption', 'Cookies'), h('thead', [h('tr', [h('th', 'Name'), h('th', 'Set by')])]), h('tbody', [h('tr', [h('td', [h('code', 'lk_id')]), h('td', [h('a', { href: '/glossary/#third-party' }, 'Parleyline'), ' ', h('strong', 'only')])])])]),
			]),
		]);
		expect(markdown).toBe('Cookies\n\n| Name | Set by |\n| - | - |\n| `lk_id` | [Parleyline](/glossary/#third-party) **only** |');
	});

	test('indents the blocks of a list item under its marker', () => {
		expect(hastToMarkdown([h('ul', [h('li', [h('p', 'First'), h('ul', [h('li', 'inner')])]), h('li', 'Second')])])).toBe('- First\n\n  - inner\n- Second');
	});
});
