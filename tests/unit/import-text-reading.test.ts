import { describe, expect, test } from 'vitest';
import { body, importSource } from './import-helpers.ts';

// Plain text in the shapes people have it, each behaviour on a few lines of fictional text.

const txt = (text: string) => importSource(text, { name: 'notice.txt' });
const doubts = async (text: string) => (await txt(text)).report.doubts.map((d) => d.message);

describe('page chrome in plain text', () => {
	test('removes skip links, back-to-top and print links, a cookie banner and a breadcrumb trail, and reports each', async () => {
		const { mdx, report } = await txt('Skip to main content\nHome > About us > Privacy\nPrivacy notice\n\nWe use some essential cookies to make this site work.\nAccept additional cookies\nReject additional cookies\n\nWho we are\nThe Quillby Bell Foundry repairs church bells in the Fens.\n\nPrint this page\nBack to top\n');
		expect(body(mdx)).not.toMatch(/Skip|Home >|cookies|Print|Back to top/);
		expect(report.removed.map((r) => r.reason)).toEqual(['skip link', 'breadcrumb trail', 'cookie banner', 'cookie banner', 'print link', 'back-to-top link', 'cookie banner']);
	});

	test("keeps a notice's own words about cookies above a back-to-top link", async () => {
		const { mdx } = await txt('Cookie notice\n\nWhat cookies we use\nWe use one cookie, which remembers your choice of language.\nBack to top\n');
		expect(body(mdx)).toContain('We use one cookie, which remembers your choice of language.');
	});

	test('takes a site name after the title off the title, and reports it', async () => {
		const { mdx, report } = await txt('Privacy Policy | Quillby Bell Foundry\n\nWe repair bells. This notice says what we keep about you.\n');
		expect(mdx).toMatch(/^---\ntitle: Privacy Policy\n/);
		expect(report.removed).toContainEqual({ text: 'Quillby Bell Foundry', reason: 'site name after the title', line: 1 });
	});
});

const page = (n: number, lines: string[]) => [...lines, '', `Page ${n} of 3`, '\fQuillby Bell Foundry – Privacy notice', ''];
const prose = 'We keep the names of bell ringers who book a tower visit, so that we can tell them when the tower is closed for repairs to the frame.';
const wrapped = (text: string) => text.match(/.{1,60}(?:\s|$)/g)!.map((l) => l.trimEnd());

describe('PDF text', () => {
	const pdf = [
		...page(1, ['Privacy notice', '', 'Who we are', '', ...wrapped(prose), '', ...wrapped(prose), '', 'The foundry is run by volunteers who give their time to restore', 'bells from parish churches across the county, and it keeps infor-', 'mation only for as long as a repair takes.']),
		...page(2, ['What we keep', '', ...wrapped(prose), '', ...wrapped(prose)]),
		...page(3, ['Your rights', '', ...wrapped(prose)]),
	].join('\n');

	test('removes repeated page headers and page numbers, and reports them', async () => {
		const { mdx, report } = await txt(pdf);
		expect(body(mdx)).not.toMatch(/Page \d|– Privacy notice/);
		expect(report.removed.filter((r) => r.reason === 'page number')).toHaveLength(3);
		expect(report.removed.map((r) => r.reason)).toContain('page header or footer, on 3 pages');
	});

	test('joins hard-wrapped lines into paragraphs and rejoins a word hyphenated at a line end', async () => {
		const { mdx, report } = await txt(pdf);
		expect(body(mdx)).toContain(`${prose}\n`);
		expect(body(mdx)).toContain('and it keeps information only for as long as a repair takes.');
		expect(report.doubts).toContainEqual({ message: '1 word hyphenated at line ends was rejoined', text: 'information' });
	});

	const wrappedNotice = (lines: string[]) => ['Privacy notice', '', 'Who we are', '', ...wrapped(prose), '', ...wrapped(prose), '', ...lines, '', 'Your rights', '', ...wrapped(prose), ''].join('\n');

	test('joins a line the wrap broke to the next even when the next reads as a label and value', async () => {
		const text = body((await txt(wrappedNotice(['More about the rights you have over your information is set out on the', 'Bell Ringers Council website at: the page on ringers and their rights.']))).mdx);
		expect(text).toContain('is set out on the Bell Ringers Council website at: the page on ringers and their rights.');
		expect(text).not.toMatch(/^#+ More about/m);
	});

	test('does not take a sentence the wrap broke over two lines as a heading', async () => {
		const text = body((await txt(wrappedNotice(['Bell Fund Act 1990 (bellfund.example) - 4(1)(a) and 4(1)(b)', 'respectively', '', '- (a) the repair of bells hung for full-circle ringing;', '- (b) the training of new ringers;']))).mdx);
		expect(text).toContain('Bell Fund Act 1990 (bellfund.example) - 4(1)(a) and 4(1)(b) respectively');
		expect(text).not.toMatch(/^#+ Bell Fund/m);
	});

	test('says it read the text as hard-wrapped', async () => {
		expect((await doubts(pdf))[0]).toMatch(/^The plain text was read as hard-wrapped at about \d+ columns/);
	});
});

describe("Word's save as text", () => {
	const word = 'Privacy notice\nWho we are\nThe Quillby Bell Foundry repairs church bells. We are a charity, and this notice says what we keep about the people we work with.\nWhat we keep\nWe keep your name and phone number while a repair is under way, and a note of the bells you brought us, so that we can call you when the work is done.\nWe keep invoices for six years because the law on charity accounts says we must.\n';

	test('reads each line as a paragraph and short lines above them as headings', async () => {
		const { mdx } = await txt(word);
		expect(body(mdx)).toContain('## What we keep\n\nWe keep your name and phone number while a repair is under way, and a note of the bells you brought us, so that we can call you when the work is done.\n\nWe keep invoices');
	});

	test('says it read one paragraph per line', async () => {
		expect((await doubts(word))[0]).toBe('The plain text was read as one paragraph per line, with no blank lines (each line read as a paragraph)');
	});
});

describe('browser copy', () => {
	test('reads a heading copied straight after a list without its bullets, with no blank line between', async () => {
		const { mdx } = await txt(
			'Privacy notice\n\nHow to complain\n\nYou can complain to us in three ways:\n\nonline at https://quillby-bells.example/complaints\nby phone on 01632 960 418, from Monday to Friday between nine and five\nChanges to this notice\n\nWe review this notice every year and publish each new version with its date.\n',
		);
		expect(body(mdx)).toMatch(/^## Changes to this notice$/m);
		expect(body(mdx)).toContain('by phone on 01632 960 418, from Monday to Friday between nine and five');
	});

	test('reads a heading copied straight after a list whose items are indented, in lower case or labelled, and not the last item', async () => {
		const text = body((await txt(
			'Privacy notice\n\nWe are the Quillby Bell Foundry, and this notice says what we keep about you.\n\nThings you can do\n Check the tower diary for the practice night\n Tell the tower captain if you cannot come\nHow to complain\n\nTalk to the tower captain first, who will try to put things right.\n\nWhat we keep\nyour name and phone number\nthe dates you rang\nWhat we hold about you\nWhen you join, we ask for:\n\nyour name;\nyour address.\n\nPhone: 0303 000 0000\nOnline: the ICO complaints page\nWhen we change this notice\n\nWe look at this notice every year before the ringing season starts.\n',
		)).mdx);
		expect(text).toMatch(/^## How to complain$/m);
		expect(text).toMatch(/^## What we hold about you$/m);
		expect(text).toMatch(/^## When we change this notice$/m);
		expect(text).not.toMatch(/^#+ (?:Tell the tower|the dates|Online)/m);
	});

	test('reads a heading copied straight above its subheading, with no blank line between, as two headings', async () => {
		const text = body((await txt('Privacy notice\n\nWe are the Quillby Bell Foundry, and this notice says what we keep about you.\n\nWhat we keep\nThings you tell us\n\nWhen you book a tower visit, we ask for your name and a phone number.\n')).mdx);
		expect(text).toMatch(/^## What we keep$/m);
		expect(text).toMatch(/^##+ Things you tell us$/m);
	});

	test('does not take short lines after a list as headings when only the length of the line before sets them apart', async () => {
		const text = body((await txt('Privacy notice\n\nSome firms help us run the foundry, and use your information only as we tell them:\n\nBellcast Systems Ltd runs the booking system for our tower visits\nPealbook Ltd runs our mailing list\nRopeline Ltd hosts our website\n\nAll your information is kept in the UK. We do not send it abroad.\n')).mdx);
		expect(text).not.toMatch(/^#+ /m);
	});

	test('reads a heading above a single footnote that ends with its link back', async () => {
		const text = body((await txt('Privacy notice\n\nWe keep the register of members, as the law requires.\n\nFootnotes\n\nCharities Act 2011, section 3. ↩\n')).mdx);
		expect(text).toMatch(/^## Footnotes$/m);
	});
});
