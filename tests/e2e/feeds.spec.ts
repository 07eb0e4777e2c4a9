import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { checkContent, type Version } from '../../src/lib/check/content.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { changeNote, hostileFeed } from '../hostile-feed.ts';
import { builtFeeds, DIST } from '../pages.ts';
import { atomProblems } from './atom-rules.ts';

// Reads every feed the build wrote and checks each entry against the content it came from.

interface Entry {
	id: { text: string };
	title: { text: string };
	content: { text: string };
	link: { href: string } | { href: string }[];
	published: { text: string };
	category: { term: string };
}

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	textNodeName: 'text',
	alwaysCreateTextNode: true,
	isArray: (name) => name === 'entry',
});
const textOf = (node: { text: string }) => String(node.text);
const idOf = (entry: Entry) => textOf(entry.id);

function entriesOf(path: string): Entry[] {
	const xml = parser.parse(readFileSync(`${DIST}${path}`, 'utf8')) as { feed: { entry?: Entry[] } };
	return xml.feed.entry ?? [];
}

const { versions } = checkContent(await readContentFiles(process.cwd()));
const byNotice = Map.groupBy(versions, (v) => `${v.org}/${v.type}`);
const byOrg = Map.groupBy(versions, (v) => v.org);

/** Checks that a feed has exactly one entry per version, each matching its content. */
function expectEntriesFor(path: string, expected: readonly Version[]) {
	const entries = entriesOf(path);
	const ids = entries.map((e) => new URL(idOf(e)).pathname);
	expect(ids.toSorted()).toEqual(expected.map((v) => `/${v.org}/${v.type}/${v.effective}/`).toSorted());
	for (const version of expected) {
		const entry = entries.find((e) => idOf(e).endsWith(`/${version.org}/${version.type}/${version.effective}/`))!;
		const { changeNote, changeClass } = version.value.data;
		expect(textOf(entry.published).slice(0, 10), idOf(entry)).toBe(version.effective);
		const siblings = byNotice.get(`${version.org}/${version.type}`)!.map((v) => v.effective).toSorted();
		const before = siblings[siblings.indexOf(version.effective) - 1];
		if (before) {
			expect(entry.category.term, idOf(entry)).toBe(changeClass);
			expect(entry.content.text, idOf(entry)).toContain(changeNote!.replace(/&/g, '&amp;').replace(/</g, '&lt;').slice(0, 60));
			expect(entry.content.text, idOf(entry)).toContain(`/${version.org}/${version.type}/compare/${before}/${version.effective}/`);
		} else {
			expect(entry.category.term, idOf(entry)).toBe('first');
		}
	}
}

test('the site feed has one entry per version of every notice', () => {
	expectEntriesFor('/feed.xml', versions);
});

for (const [org, list] of byOrg) {
	test(`the feed for ${org} has one entry per version of its notices`, () => {
		expectEntriesFor(`/${org}/feed.xml`, list);
	});
}

for (const [notice, list] of byNotice) {
	test(`the feed for ${notice} has one entry per version, with its change note and comparison`, () => {
		expectEntriesFor(`/${notice}/feed.xml`, list);
	});
}

for (const path of builtFeeds()) {
	test(`the feed ${path} is well-formed XML with every element Atom requires`, async ({ page }) => {
		expect(await page.evaluate(atomProblems, readFileSync(`${DIST}${path}`, 'utf8')), path).toEqual([]);
	});
}

test('a feed of content full of markup is well-formed to a strict XML parser, which reads the change note back as written', async ({ page }) => {
	const xml = hostileFeed();
	expect(await page.evaluate(atomProblems, xml)).toEqual([]);
	const summary = await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('entry > summary')?.textContent, xml);
	expect(summary).toBe(`In force from 1 January 2025. Major change: ${changeNote}`);
});

test('entry ids stay the same from one build to the next', () => {
	// Ids are the versions' permanent addresses, never build times or counters.
	for (const entry of entriesOf('/feed.xml')) expect(idOf(entry)).toMatch(/^https?:\/\/[^/]+\/[a-z0-9-]+\/[a-z0-9-]+\/\d{4}-\d{2}-\d{2}\/$/);
});

test('each notice page advertises its feed and links to it visibly', async ({ page }) => {
	await page.goto('/larkspur-energy/website/');
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/larkspur-energy/website/feed.xml');
	await expect(page.getByRole('link', { name: 'Follow changes to this notice (Atom feed)' })).toHaveAttribute('href', '/larkspur-energy/website/feed.xml');
	await page.goto('/larkspur-energy/');
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/larkspur-energy/feed.xml');
	await page.goto('/');
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/feed.xml');
});
