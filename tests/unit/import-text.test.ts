import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { body, checkFilledIn, importFixture, importSource } from './import-helpers.ts';

const fixture = readFileSync('tests/fixtures/import/notice.txt', 'utf8');

describe('importing plain text', () => {
	test('takes the first short line as the title, and says it guessed', async () => {
		const { mdx, report } = await importFixture('notice.txt');
		expect(mdx).toMatch(/^---\ntitle: Privacy notice for volunteers\n/);
		expect(report.doubts.map((d) => d.message)).toContain('The first line was taken as the title');
	});

	test('reads headings from capitals, from numbering and from short lines on their own', async () => {
		const { mdx } = await importFixture('notice.txt');
		expect(body(mdx)).toContain('## WHO WE ARE');
		expect(body(mdx)).toContain('## 1. What we collect');
		expect(body(mdx)).toContain('### How we use it');
	});

	test('keeps clause numbers as the author wrote them, however deep, each starting a paragraph', async () => {
		const { mdx } = await importFixture('notice.txt');
		expect(body(mdx)).toContain('1.2 We collect emergency contact details.\n\n1.2.1 These are kept in a locked cabinet.\n\n1.2.1.1 Only the shift lead can open it.');
	});

	test('joins wrapped lines into one paragraph', async () => {
		const { mdx } = await importFixture('notice.txt');
		expect(body(mdx)).toContain('We are the data controller for the information you give us when you volunteer.');
	});

	test('nests bulleted lists by indentation, with tabs and spaces mixed', async () => {
		const { mdx } = await importFixture('notice.txt');
		expect(body(mdx)).toContain('- send reminders\n  - by text message\n    - by email, if you prefer\n- thank you each year');
	});

	test('keeps a numbered list numbered', async () => {
		const { mdx } = await importFixture('notice.txt');
		expect(body(mdx)).toContain('1. Read this notice.\n2. Sign the volunteer form.\n3. Bring it to your first shift.');
	});

	test('reads tab-separated and column-aligned lines as tables with a header row, and flags them', async () => {
		const { mdx, report } = await importFixture('notice.txt');
		expect(body(mdx)).toMatch(/\| Purpose +\| Lawful basis +\| Kept for \|\n\| -+ \| -+ \| -+ \|\n\| Planning shifts +\| Legitimate interests \| 2 years +\|/);
		expect(body(mdx)).toMatch(/\| Ladder +\| +\| Two people to carry \|/);
		expect(report.doubts.filter((d) => d.message.startsWith('Lines set out in columns'))).toHaveLength(2);
	});

	test('keeps an address on its lines and gives "Label: value" lines a bold label', async () => {
		const { mdx } = await importFixture('notice.txt');
		expect(body(mdx)).toContain('Volunteer Coordinator\\\nHarrowgate Tool Library\\\n12 Forge Street\\\nHarrowgate\\\nHG3 9TB');
		expect(body(mdx)).toContain('**Email:** [volunteers@harrowgate-tools.example](mailto:volunteers@harrowgate-tools.example)\\\n**Phone:** 01423 960 112');
	});

	test('gives the same notice from CRLF line ends, a byte order mark and non-breaking spaces', async () => {
		const plain = await importFixture('notice.txt');
		const windows = await importSource(`\uFEFF${fixture.replace(/\n/g, '\r\n')}`, { name: 'notice.txt' });
		expect(windows.mdx).toBe(plain.mdx);
		expect(body(plain.mdx)).toContain('Use \\{braces\\} and \\<angle> brackets safely.');
	});

	test('keeps every word of the text', async () => {
		const { report } = await importFixture('notice.txt');
		expect(report.words.recall).toBe(1);
	});

	test('passes the check once its TODO marks are filled in', async () => {
		expect(checkFilledIn(await importFixture('notice.txt'))).toEqual([]);
	});
});

describe('importing Markdown', () => {
	test('keeps headings, nested lists, ordered lists from their first number, tables, emphasis and links', async () => {
		const { mdx } = await importFixture('notice.md');
		expect(mdx).toMatch(/^---\ntitle: Members' privacy notice\n/);
		const text = body(mdx);
		expect(text).toContain('## Who we are');
		expect(text).toContain('- your walking group\n  - the leader\'s notes about each walk');
		expect(text).toContain('- *optional*: your **dietary needs**');
		expect(text).toContain('3. Join the club.\n4. Pay your subscription.');
		expect(text).toMatch(/\| Running walks +\| Legitimate interests \|/);
		expect(text).toContain('[our walks](https://orrin-ramblers.example/walks)');
	});

	test('turns <br> into line breaks, drops inline tags with their text kept, and reads blocks of HTML as HTML', async () => {
		const { mdx, report } = await importFixture('notice.md');
		expect(body(mdx)).toContain('Membership Secretary\\\nOrrin Valley Ramblers\\\n4 Mill Lane, Brackley\\\nNN13 7QA');
		expect(body(mdx)).toContain('See [our walks](https://orrin-ramblers.example/walks) or the notes.');
		expect(body(mdx)).toContain('\nWalk safely: tell someone your route.\n');
		expect(report.removed.map((r) => r.text)).toContain('<span class="note">');
	});

	test('escapes braces and marks a template tag in the text with a TODO', async () => {
		const { mdx } = await importFixture('notice.md');
		expect(body(mdx)).toContain("Our newsletter costs \\{nothing\\} and\nTODO: what `t('club.slogan')` printed here\nsays it all.");
	});

	test('reads the charity number, contact details and lawful bases', async () => {
		const { mdx, organisation, effective } = await importFixture('notice.md');
		expect(effective).toBe('2026-01-14');
		expect(organisation).toContain('charityNumber: "1187342"');
		expect(organisation).toContain('email: members@orrin-ramblers.example');
		expect(mdx).toContain('    - purpose: Running walks\n      basis: legitimate_interests\n      legitimateInterests: Running our services # TODO:');
		expect(mdx).toContain('    - purpose: Sending the newsletter\n      basis: consent\n');
	});

	test('passes the check once its TODO marks are filled in', async () => {
		expect(checkFilledIn(await importFixture('notice.md'))).toEqual([]);
	});
});

describe('importing HTML kept in code', () => {
	test('takes the notice from the strings that hold HTML and the title from a heading property, and reports the other strings', async () => {
		const { mdx, report } = await importFixture('notice-content.ts');
		expect(mdx).toMatch(/^---\ntitle: Fenwick Bakery privacy notice\n/);
		expect(body(mdx)).toContain('## What we keep');
		expect(body(mdx)).toContain('Write to\nTODO: what `contactEmail` printed here\nwith questions.');
		expect(report.removed.map((r) => r.reason)).toContain("a string in the code (title), not part of the notice's HTML");
	});

	test('passes the check once its TODO marks are filled in', async () => {
		expect(checkFilledIn(await importFixture('notice-content.ts'))).toEqual([]);
	});
});
