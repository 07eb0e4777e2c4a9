import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { describeElement, findMainContent } from '../../src/import/main-content.ts';
import { body, importSource } from './import-helpers.ts';

// Fictional pages for an imaginary allotment society.
const paragraph = (n: number) => `<p>Paragraph ${n} of the notice explains how the Brackenfold Allotment Society uses the details members give it.</p>`;
const notice = [1, 2, 3, 4].map(paragraph).join('');
const nav = `<nav><ul>${['Plots', 'Waiting list', 'Shop', 'Events', 'Contact'].map((t) => `<li><a href="/${t}">${t}</a></li>`).join('')}</ul></nav>`;
const links = `<div class="links">${Array.from({ length: 30 }, (_, i) => `<a href="/page-${i}">A page about growing things, number ${i}</a>`).join(' ')}</div>`;
const footer = '<footer><p>Brackenfold Allotment Society, Plot Lane, Brackenfold. Registered as a society long ago, and proud of its marrows.</p></footer>';
const bodyOf = (html: string) => {
	const page = fromHtml(html).children.find((c): c is Element => c.type === 'element')!;
	return page.children.find((c): c is Element => c.type === 'element' && c.tagName === 'body')!;
};
const found = (html: string) => {
	const content = findMainContent(bodyOf(html));
	return content && { kind: content.kind, tag: describeElement(content.element), description: content.description };
};

describe('finding the main content of a page', () => {
	test('takes the page\'s <main>', () => {
		expect(found(`${nav}<main id="content">${notice}</main>${footer}`)).toEqual({ kind: 'main', tag: '<main id="content">', description: "the page's <main>" });
	});

	test('takes an element with role="main"', () => {
		expect(found(`${nav}<div role="main" class="page">${notice}</div>${footer}`)).toEqual({ kind: 'main', tag: '<div class="page">', description: 'the page\'s <div class="page"> with role="main"' });
	});

	test('takes the page\'s one <article> when it has no <main>', () => {
		expect(found(`${nav}<div class="wrap"><article>${notice}</article>${links}</div>${footer}`)?.kind).toBe('article');
	});

	test('takes the densest block of text, not a link-heavy list or the footer, when there is no <main> or <article>', () => {
		const html = `${nav}<div class="wrap">${links}<div class="content">${notice}</div><div class="share"><a href="/x">Share this page</a></div></div>${footer}`;
		expect(found(html)).toEqual({ kind: 'densest', tag: '<div class="content">', description: 'the densest block of text, <div class="content">' });
	});

	test('keeps the whole body when no block in it is better than the body itself', () => {
		expect(found(`<h1>Privacy notice</h1>${notice}`)).toBeUndefined();
		expect(found(`<div id="page"><h1>Privacy notice</h1>${notice}</div>`)).toBeUndefined();
	});

	test('does not narrow to one section when the notice is split across several', () => {
		const html = `${nav}<div class="content"><section>${paragraph(1)}${paragraph(2)}</section><section>${paragraph(3)}</section></div>${footer}`;
		expect(found(html)?.tag).toBe('<div class="content">');
	});

	test('takes several articles as a list, not as the notice', () => {
		expect(found(`<div class="content"><article>${paragraph(1)}</article><article>${paragraph(2)}</article></div>${links}`)?.tag).toBe('<div class="content">');
	});
});

describe('importing a page with no <main>', () => {
	const page = `<html><head><title>Privacy | Brackenfold</title></head><body><header class="top"><p>Brackenfold Allotment Society</p><h1>Members' privacy notice</h1></header>${nav}<div class="wrap">${links}<div class="content"><h2>Who we are</h2>${notice}</div></div>${footer}</body></html>`;

	test('imports the densest block, keeps the page\'s <h1> as the title, and says which block it took', async () => {
		const { mdx, report } = await importSource(page);
		expect(mdx).toMatch(/^---\ntitle: Members' privacy notice\n/);
		expect(body(mdx)).toMatch(/^\n## Who we are\n\nParagraph 1 of the notice/);
		expect(body(mdx)).not.toContain('growing things');
		expect(report.content).toBe('the densest block of text, <div class="content">');
		expect(report.doubts.map((d) => d.message)).toContain('The page has no <main> or <article>: the notice was taken to be the densest block of text, <div class="content">');
	});

	test('reports what was left outside the block', async () => {
		const { report } = await importSource(page);
		expect(report.removed).toEqual(expect.arrayContaining([
			expect.objectContaining({ reason: 'outside the densest block of text (p)', text: 'Brackenfold Allotment Society' }),
			expect.objectContaining({ reason: 'outside the densest block of text (navigation)' }),
			expect.objectContaining({ reason: 'outside the densest block of text (site footer)' }),
		]));
	});

	test('imports the page\'s one <article>, with the <h1> that stands before it as the title', async () => {
		const { mdx, report } = await importSource(`<header><h1>Plot holders' privacy notice</h1></header>${nav}<article><h2>Who we are</h2>${notice}</article>${links}${footer}`);
		expect(mdx).toMatch(/^---\ntitle: Plot holders' privacy notice\n/);
		expect(body(mdx)).not.toContain('growing things');
		expect(report.content).toBe("the page's <article>");
		expect(report.removed.map((r) => r.reason)).toContain("outside the page's <article> (div)");
	});

	test('says nothing about the content of a page that is all notice', async () => {
		const { report } = await importSource(`<h1>Privacy notice</h1>${notice}`);
		expect(report.content).toBeUndefined();
		expect(report.removed).toEqual([]);
	});
});
