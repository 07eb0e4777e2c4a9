import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, test } from 'vitest';
import { checkSafety } from '../../src/lib/check/safety.ts';
import { gatedHastPlugins, noticeFeatures } from '../../src/lib/markdown/plugins.ts';
import { publishedBody } from '../../src/lib/markdown/publish.ts';
import { renderNotice, withComponents, type ComponentOptions } from '../../src/lib/markdown/render.ts';
import { contentSchema, publishedSchema } from '../../src/lib/safety/allow-list.ts';
import { treeViolations, type Violation } from '../../src/lib/safety/gate.ts';
import { isAllowedLink, isLocalResource, urlScheme } from '../../src/lib/safety/url.ts';
import { exampleVersions } from './example-site.ts';

const FILE = 'content/notices/trust/website/2025-01-01.mdx';
const notice = (body: string) => `---\ntitle: Website privacy notice\nsummary: How we use information.\n---\n\n${body}\n`;
/** What the gate says of a body, as `line: message`. */
const refusals = (body: string) => checkSafety(FILE, notice(body)).map((p) => `${p.line ?? '?'}: ${p.message}`);
/**
 * What an editor wrote, as HTML that reaches the gate, rendered as the build renders it up to the
 * gate. An `.mdx` body's components (given `components`) are left out, but not the text written
 * inside one: what a component makes is held to the published allow-list instead.
 */
function gatedHtml(source: string, components?: ComponentOptions): string {
	const body = withComponents(source, components);
	const placeholder = body.components?.prepared.placeholder;
	const written = placeholder ? body.source.replace(new RegExp(`</?${placeholder}\\b[^>]*>`, 'g'), '') : body.source;
	return (markdownToHtml(written, { hastPlugins: gatedHastPlugins([] as Violation[]), features: noticeFeatures(written) }) as MarkdownToHtmlResult).html;
}

describe('the allow-list on rendered notices', () => {
	test('refuses a link whose javascript: address comes from a reference definition, at the definition', () => {
		expect(refusals('See [our contact page][c].\n\n[c]: javascript:alert(1)')).toEqual([
			'8: The link "javascript:alert(1)" uses a "javascript:" address, which a notice may not use: it could run code or hide what it does.',
		]);
	});

	test('refuses javascript: addresses spelt with character references or split by a tab', () => {
		expect(refusals('[a](&#106;avascript:alert(1))')).toHaveLength(1);
		expect(refusals('<sup><a href="java\tscript:alert(1)">1</a></sup>')[0]).toMatch(/"javascript:" address/);
	});

	test('refuses a style attribute on an allowed inline element', () => {
		expect(refusals('Text<sup style="position:fixed;inset:0">1</sup>')).toEqual(['6: <sup> has a style attribute, which could restyle or cover the page.']);
	});

	test('refuses event handlers, naming them as HTML spells them', () => {
		expect(refusals('<abbr title="x" onmouseover="alert(1)">ICO</abbr>')).toEqual(['6: <abbr> has an event handler (onmouseover), which would run code.']);
	});

	test('refuses an image from another host, saying that readers\' browsers would contact it', () => {
		for (const url of ['https://tracker.example/p.gif', '//tracker.example/p.gif', '/\\tracker.example/p.gif', 'data:image/png;base64,AAAA']) {
			expect(refusals(`![A pixel](${url})`).join()).toMatch(/is not a file on this site\. Images from another host make every reader's browser contact that host/);
		}
	});

	test('refuses srcset, media, links to stylesheets, frames, forms, SVG and MathML', () => {
		expect(refusals('<img src="/images/trust/a.png" alt="A" srcset="https://x.example/a.png 2x">')).toEqual(['6: <img> has the attribute srcset, which notices may not use.']);
		for (const tag of ['video', 'audio', 'link', 'iframe', 'form', 'svg', 'math', 'meta', 'base', 'object', 'template']) {
			expect(refusals(`<${tag}></${tag}>`).join()).toContain(`<${tag}> is not allowed in a notice.`);
		}
	});

	test('refuses ids and names, which could clash with the ones the site makes', () => {
		expect(refusals('Text<sup id="main">1</sup>')).toEqual(['6: <sup> has id="main": the site makes ids from headings, and others could clash with them.']);
	});

	test('finds a violation written twice at each of its lines', () => {
		expect(refusals('<sup style="a">1</sup>\n\n<sup style="b">2</sup>')).toEqual([
			'6: <sup> has a style attribute, which could restyle or cover the page.',
			'8: <sup> has a style attribute, which could restyle or cover the page.',
		]);
	});

	test('accepts everything Markdown makes: tables, footnotes, task lists, code, links and local images', () => {
		const body = [
			'| Left | Centre | Right |\n|:--|:-:|--:|\n| a | b | c |',
			'A claim.[^1]\n\n[^1]: Its source.',
			'- [x] done\n- [ ] to do',
			'```yaml\nkey: value\n```',
			'[Email us](mailto:privacy@trust.example), [call](tel:+441174960412), <https://ico.org.uk/>, [our page](/trust/website/#who-we-are).',
			'![Our data flow](/images/trust/data-flow.png) <abbr title="Information Commissioner\'s Office">ICO</abbr> H<sub>2</sub>O<br>x<sup>2</sup> ~~old~~',
		].join('\n\n');
		expect(refusals(body)).toEqual([]);
	});

	test('turns column alignment into classes, so no page needs a style attribute', () => {
		const { html } = renderNotice(notice('| a | b |\n|:-:|--:|\n| 1 | 2 |'), '/');
		expect(html).not.toContain('style=');
		expect(html).toContain('<th class="nb-align-center" scope="col">a</th>');
	});

	test('is no looser than hast-util-sanitize with the same schema, on every body of the example site', async () => {
		const versions = await exampleVersions();
		expect(versions.length).toBeGreaterThan(20);
		for (const { file, source, components } of versions) {
			const written = fromHtml(gatedHtml(source, components), { fragment: true });
			expect(treeViolations(written), file).toEqual([]);
			expect(sanitize(written, contentSchema), file).toEqual(written);
			const page = fromHtml(publishedBody(file, source, '/', components).html, { fragment: true });
			expect(treeViolations(page, publishedSchema), file).toEqual([]);
			expect(sanitize(page, publishedSchema), file).toEqual(page);
		}
	}, 30_000);
});

describe('URLs as browsers read them', () => {
	test('ignores tabs and newlines inside a scheme, and spaces around it', () => {
		expect(urlScheme(' java\nscript:alert(1)')).toBe('javascript');
		expect(isAllowedLink('JaVaScRiPt:alert(1)')).toBe(false);
		expect(isAllowedLink('mailto:a@b.example')).toBe(true);
		expect(isAllowedLink('/trust/#who')).toBe(true);
	});

	test('loads resources only from paths on this site', () => {
		expect(isLocalResource('/images/trust/a.png')).toBe(true);
		for (const url of ['//x.example/a.png', '/\\x.example/a.png', 'https://x.example/a.png', 'a.png', '/images/a b.png', '/images/%2F%2Fx']) {
			expect(isLocalResource(url), url).toBe(false);
		}
	});
});

describe('section ids', () => {
	test('never take an id the page itself uses, so the skip link still leads to the content', () => {
		const { html, headings } = renderNotice(notice('## Main\n\nText.\n\n## Footnote label\n\nMore.[^1]\n\n[^1]: A note.'), '/');
		expect(headings.map((h) => h.slug)).toEqual(['main-1', 'footnote-label-1', 'footnote-label']);
		expect(html.match(/id="main"/g)).toBeNull();
	});
});
