import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { toText } from 'hast-util-to-text';
import { throwawayProject } from './project.ts';

// The valid fixtures in tests/fixtures/valid-content/ pass the check in tests/unit; here the real
// `astro build` reads them with Astro's own loaders and renders them, to show that a byte-order
// mark, CRLF line endings and Welsh with emoji reach the page as the editor wrote them.

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const FIXTURES = 'tests/fixtures/valid-content';
let project: Awaited<ReturnType<typeof throwawayProject>>;
let output = '';
const page = (path: string) => readFileSync(join(project.root, 'dist', path, 'index.html'), 'utf8');

test.beforeAll(async () => {
	const folders = readdirSync(FIXTURES).sort().map((fixture) => join(FIXTURES, fixture, 'content'));
	project = await throwawayProject('tests/fixtures/base/content', ...folders);
	const build = project.run('node_modules/astro/bin/astro.mjs', 'build');
	output = build.stdout + build.stderr;
	expect(build.status, output).toBe(0);
});

test.afterAll(() => project?.remove());

test('a notice saved with a byte-order mark is built with its title, and no mark or frontmatter in the page', () => {
	const html = page('trust/cookies/2025-03-01');
	expect(html).toContain('<h1');
	expect(html).toContain('Cookies notice');
	expect(html).toContain('We use one cookie, which remembers that you have seen our banner.');
	expect(html).not.toContain('\uFEFF');
	expect(html).not.toContain('summary: How Example Trust');
});

test('a notice type saved with a byte-order mark and CRLF keeps its title', () => {
	expect(page('types/cookies')).toContain('Cookies notice');
});

test('a notice with CRLF line endings is built with its sections, list, table and updated date', () => {
	const html = page('trust/employees/2025-03-01');
	expect(html).toMatch(/<h2[^>]*>What we keep<\/h2>/);
	expect(html).toContain('<li>your bank details</li>');
	expect(html).toMatch(/<td[^>]*>Payroll<\/td>/);
	expect(html).toContain('datetime="2025-03-10"');
	expect(html).not.toContain('\r');
});

test('a Welsh notice with emoji is built in Welsh, its text byte for byte', () => {
	const html = page('trust/gwefan/2025-03-01');
	expect(html).toMatch(/<article[^>]* lang="cy"/);
	expect(html).toContain('Hysbysiad preifatrwydd y wefan 🔒');
	expect(html).toContain('Elusen fach yng Ngŵyr yw Ymddiriedolaeth Enghraifft 👩🏽‍💻 ac rydym yn cadw eich gwybodaeth yn ddiogel 🔐.');
	expect(html).toContain('Byddwn yn dileu cofnodion ymwelwyr ar ôl 90 diwrnod ⏳ ac ni fyddwn byth yn eu gwerthu.');
});

test('an image in content/images/ is copied as it is and shown from the site, with its alt text and size', () => {
	const source = readFileSync(join(FIXTURES, '04-local-image/content/images/trust/opening-hours.png'));
	expect(readFileSync(join(project.root, 'dist/images/trust/opening-hours.png')).equals(source)).toBe(true);
	// With its size, read from the file, so the text does not jump as it loads.
	expect(page('trust/website/2025-09-01')).toContain('<img src="/images/trust/opening-hours.png" alt="Our office is open from 9am to 5pm, Monday to Friday." width="2" height="2">');
});

test('text fields that look like code reach pages and feeds as the characters typed, and make no markup', () => {
	const title = `Members' notice: "quotes", a < b > c & ampersands`;
	const summary = 'He said "hello" onmouseover="alert(1)" & left; ]]> and --> and &amp; stay as typed.';
	const note = 'We fixed "typos" & <- arrows, in ]]> and --> places.';
	const elements = (node: Nodes): Element[] => [...(node.type === 'element' ? [node] : []), ...('children' in node ? node.children.flatMap(elements) : [])];
	const all = elements(fromHtml(page('trust/members')));
	expect(all.filter((el) => Object.keys(el.properties).some((name) => /^on/i.test(name)))).toEqual([]);
	expect(toText(all.find((el) => el.tagName === 'h1')!)).toBe(title);
	expect(all.find((el) => el.tagName === 'meta' && el.properties['name'] === 'description')?.properties['content']).toBe(summary);
	expect(toText(elements(fromHtml(page('trust/members/history'))).find((el) => el.tagName === 'main')!)).toContain(note);
	const feed = readFileSync(join(project.root, 'dist/trust/members/feed.xml'), 'utf8');
	// As XML text: the ampersand and angle brackets escaped, so a feed reader shows what was typed.
	expect(feed).toContain('Minor change: We fixed "typos" &amp; &lt;- arrows, in ]]&gt; and --&gt; places.</summary>');
});
