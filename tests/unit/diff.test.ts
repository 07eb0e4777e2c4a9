import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { compareDocuments, type SectionDiff } from '../../src/lib/diff/index.ts';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { noticeHastPlugins } from '../../src/lib/markdown/plugins.ts';
import { contentTree } from '../../src/lib/markdown/tree.ts';

/** A version's tree as the comparison pages get it: rendered with the site's plugins, then read back. */
const tree = (markdown: string) => contentTree((markdownToHtml(markdown, { hastPlugins: noticeHastPlugins('/', []) }) as MarkdownToHtmlResult).html);
const compare = (before: string, after: string) => compareDocuments(tree(before), tree(after));
const html = (section: SectionDiff | undefined) => toHtml({ type: 'root', children: section?.body ?? [] });
/** The visible words of diffed HTML, with changes written [+added] and [-removed]. */
const marked = (section: SectionDiff | undefined) =>
	html(section)
		.replace(/<span class="nb-visually-hidden">[^<]*<\/span>/g, '')
		.replace(/<ins>(.*?)<\/ins>/g, '[+$1]')
		.replace(/<del>(.*?)<\/del>/g, '[-$1]')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

const rights = '## Your rights\n\nYou can ask for a copy of your information.\n';
const contact = '## How to contact us\n\nWrite to us at our office or call us.\n';
const retention = '## How long we keep it\n\nWe keep records of your membership for six years after you leave, then delete them.\n';

describe('compareDocuments', () => {
	test('keeps a moved section matched to itself, unchanged and marked as moved', () => {
		const { sections, summary } = compare(`${rights}\n${contact}`, `${contact}\n${rights}`);
		expect(sections.map((s) => [s.title, s.status])).toEqual([
			['How to contact us', 'unchanged'],
			['Your rights', 'unchanged'],
		]);
		expect(sections.filter((s) => s.moved).map((s) => s.title)).toHaveLength(1);
		expect(summary).toMatchObject({ sectionsChanged: 0, sectionsAdded: 0, sectionsRemoved: 0, sectionsMoved: 1 });
	});

	test('matches a section whose heading was reworded, and marks the rewording', () => {
		const { sections, summary } = compare(retention, retention.replace('How long we keep it', 'Keeping your information'));
		expect(sections).toHaveLength(1);
		expect(sections[0]).toMatchObject({ status: 'changed', title: 'Keeping your information', renamedFrom: 'How long we keep it' });
		expect(toHtml({ type: 'root', children: sections[0]!.heading })).toMatch(/<del>.*How.*<\/del>.*<ins>.*Keeping.*<\/ins>/);
		expect(summary).toMatchObject({ sectionsRenamed: 1, sectionsAdded: 0, sectionsRemoved: 0 });
	});

	test('shows an inserted list item as one added item, leaving the others alone', () => {
		const before = '## What we collect\n\n- your name\n- your email address\n';
		const after = '## What we collect\n\n- your name\n- your phone number\n- your email address\n';
		const [section] = compare(before, after).sections;
		expect(marked(section)).toBe('your name [+your phone number] your email address');
		expect(html(section)).toContain('<li class="nb-diff-added">');
	});

	test('shows a changed table cell within its row, keeping the rest of the table', () => {
		const table = (basis: string) => `## Why\n\n| Purpose | Basis |\n|---|---|\n| Billing | Contract |\n| News | ${basis} |\n`;
		const [section] = compare(table('Consent'), table('Legitimate interests')).sections;
		expect(marked(section)).toBe('Purpose Basis Billing Contract News [-Consent][+Legitimate interests]');
		expect(compare(table('Consent'), table('Legitimate interests')).summary).toMatchObject({ wordsAdded: 2, wordsRemoved: 1 });
	});

	test('shows a change to whitespace alone as no change', () => {
		const { sections, summary } = compare(retention, retention.replace('six years after', 'six  years\nafter'));
		expect(sections[0]?.status).toBe('unchanged');
		expect(html(sections[0])).not.toMatch(/<ins|<del/);
		expect(summary).toMatchObject({ wordsAdded: 0, wordsRemoved: 0, sectionsChanged: 0 });
	});

	test('shows a changed punctuation mark as that mark alone', () => {
		const [section] = compare(retention, retention.replace('leave, then', 'leave; then')).sections;
		expect(section?.status).toBe('changed');
		expect(marked(section)).toBe('We keep records of your membership for six years after you leave[-,][+;] then delete them.');
	});

	test('shows a whole new section as added, with every word counted', () => {
		const { sections, summary } = compare(rights, `${rights}\n${contact}`);
		expect(sections.map((s) => s.status)).toEqual(['unchanged', 'added']);
		expect(marked(sections[1])).toBe('[+Write to us at our office or call us.]');
		// Nine words in the text, four in the heading.
		expect(summary).toMatchObject({ sectionsAdded: 1, wordsAdded: 13 });
	});

	test('shows a whole removed section as removed, in the place it used to be', () => {
		const { sections, summary } = compare(`${rights}\n${retention}\n${contact}`, `${rights}\n${contact}`);
		expect(sections.map((s) => [s.title, s.status])).toEqual([
			['Your rights', 'unchanged'],
			['How long we keep it', 'removed'],
			['How to contact us', 'unchanged'],
		]);
		expect(summary.sectionsRemoved).toBe(1);
	});

	test('shows a rewritten paragraph as the old text removed and the new text added, not as fragments', () => {
		const before = '## Rights\n\nData protection law gives you these rights over your personal data.\n';
		const after = '## Rights\n\nYou have rights over the information we hold about you.\n';
		const [section] = compare(before, after).sections;
		expect(marked(section)).toBe(
			'[-Data protection law gives you these rights over your personal data.][+You have rights over the information we hold about you.]',
		);
	});

	test('folds a word or two left between two changes into the change', () => {
		const before = '## Retention\n\nWe keep call recordings for three years and then delete them securely.\n';
		const after = '## Retention\n\nWe keep call recordings for one year or then erase them securely.\n';
		const [section] = compare(before, after).sections;
		expect(marked(section)).toBe('We keep call recordings for [-three years and then delete][+one year or then erase] them securely.');
	});

	test('keeps links working inside changed text', () => {
		const before = '## Complaints\n\nYou can complain to [the ICO](https://ico.org.uk/make-a-complaint/).\n';
		const [section] = compare(before, before.replace('You can', 'You have the right to')).sections;
		expect(html(section)).toContain('<a href="https://ico.org.uk/make-a-complaint/">the ICO</a>');
	});

	test('marks each change for screen readers where it starts and ends', () => {
		const [section] = compare(rights, rights.replace('information', 'data')).sections;
		expect(html(section)).toContain(
			'<del><span class="nb-visually-hidden">[removed: </span>information<span class="nb-visually-hidden"> end removed]</span></del>',
		);
	});
});
