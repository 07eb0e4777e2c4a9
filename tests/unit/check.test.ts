import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { later, notice, organisation, problemsOf, site } from './check-site.ts';

describe('checkContent', () => {
	test('finds no errors in valid content, and returns it for the catalogue', () => {
		const result = checkContent(site());
		expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(result.versions.map((v) => `${v.org}/${v.type}/${v.effective}`)).toEqual([
			'trust/website/2024-01-01',
			'trust/website/2025-01-01',
		]);
	});

	test('rejects a file name that is not a real date, naming the file and the fix', () => {
		expect(problemsOf({ path: 'content/notices/trust/website/2025-02-30.mdx', source: notice(later) })).toEqual([
			expect.stringMatching(
				/^content\/notices\/trust\/website\/2025-02-30\.mdx {2}"2025-02-30" is not a valid effective date.*\(Rename the file/,
			),
		]);
	});

	test('rejects an organisation folder with no organisation file, suggesting the likely one', () => {
		expect(problemsOf({ path: 'content/notices/trsut/website/2024-01-01.mdx', source: notice() })).toEqual([
			expect.stringMatching(/^content\/notices\/trsut\/website\/2024-01-01\.mdx {2}The folder "trsut" is not an organisation.*Did you mean "trust"\?/),
		]);
	});

	test('rejects a notice type folder with no notice type file', () => {
		expect(problemsOf({ path: 'content/notices/trust/cookies/2024-01-01.mdx', source: notice() })).toEqual([
			expect.stringMatching(/The folder "cookies" is not a notice type: there is no content\/notice-types\/cookies\.yaml\..*Use one of: website/),
		]);
	});

	test('requires a change note and change class on every version after the first', () => {
		expect(problemsOf({ path: 'content/notices/trust/website/2025-01-01.mdx', source: notice() })).toEqual([
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx:1 {2}changeClass {2}"changeClass" is required on every version after the first/),
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx:1 {2}changeNote {2}"changeNote" is required.*\(Add "changeNote:"/),
		]);
	});

	test('rejects a control character in a change note or an organisation\'s name, written raw or as a YAML escape, naming the field', () => {
		expect(
			problemsOf(
				{ path: 'content/notices/trust/website/2025-01-01.mdx', source: notice('changeClass: minor\nchangeNote: We reworded\u0007 the rights section.\n') },
				{ path: 'content/organisations/trust.yaml', source: organisation.replace('name: Example Trust', 'name: "Example\\x1b Trust"') },
			),
		).toEqual([
			expect.stringMatching(/^content\/organisations\/trust\.yaml {2}name {2}"name" holds the invisible control character U\+001B at character 8, which a feed cannot carry\..*\(Delete it/),
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx {2}changeNote {2}"changeNote" holds the invisible control character U\+0007 at character 12/),
		]);
	});

	test('rejects markup in a text field, which readers would see as typed, and accepts a lone "<"', () => {
		expect(
			problemsOf(
				{ path: 'content/notices/trust/website/2025-01-01.mdx', source: notice('changeClass: minor\nchangeNote: We <b>now</b> keep less, for children < 13.\n') },
				{ path: 'content/organisations/trust.yaml', source: organisation.replace('name: Example Trust', 'name: Example Trust<img src=x onerror=alert(1)>') },
			),
		).toEqual([
			expect.stringMatching(/^content\/organisations\/trust\.yaml {2}name {2}"name" is plain text, but holds the markup "<img src=x onerror=alert\(1\)>", which readers would see as typed\..*\(Remove the markup/),
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx {2}changeNote {2}"changeNote" is plain text, but holds the markup "<b>"/),
		]);
	});

	test('does not ask the first version for a change note', () => {
		expect(problemsOf({ path: 'content/notices/trust/website/2024-01-01.mdx', source: notice() })).toEqual([]);
	});

	test('rejects two versions with the same effective date, naming both files', () => {
		expect(problemsOf({ path: 'content/notices/trust/website/2025-01-01.md', source: notice(later) })).toEqual([
			expect.stringMatching(/Two versions take effect on 2025-01-01: this file and content\/notices\/trust\/website\/2025-01-01\.md\./),
		]);
	});

	test('rejects an unknown frontmatter key at its line, suggesting the likely field', () => {
		const source = notice(`${later}sumary: A typo.\n`);
		expect(problemsOf({ path: 'content/notices/trust/website/2025-01-01.mdx', source })).toEqual([
			'content/notices/trust/website/2025-01-01.mdx:6:1  sumary  "sumary" is not a field Noticeboard knows.  (Did you mean "summary"? Rename it, or remove it.)',
		]);
	});

	test('rejects malformed MDX with the file, line and column', () => {
		const source = notice(later, '## Who we are\n\nWe are <strong>a trust.\n');
		expect(problemsOf({ path: 'content/notices/trust/website/2025-01-01.mdx', source })).toEqual([
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx:10:8 {2}This is not valid MDX: Expected a closing tag for `<strong>` before the end/),
		]);
	});

	test('rejects text indented as Markdown code in an MDX file, at its line', () => {
		const source = notice(later, '## Who we are\n\nWe are a trust.\n\n    Write to us at the Old Forge.\n');
		expect(problemsOf({ path: 'content/notices/trust/website/2025-01-01.mdx', source })).toEqual([
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx:12:1 {2}This text is indented by four spaces or a tab/),
		]);
	});

	test('accepts indentation that nests a paragraph or a list in a list item, and fenced code', () => {
		const body = '## Who we are\n\n1. We are a trust.\n\n    We lend tools.\n\n    - to members\n\n```\nA sample\n```\n';
		expect(problemsOf({ path: 'content/notices/trust/website/2025-01-01.mdx', source: notice(later, body) })).toEqual([]);
	});

	test('rejects a bad value in an organisation file at its line, with the allowed values', () => {
		const source = organisation.replace('kind: charity', 'kind: club');
		expect(problemsOf({ path: 'content/organisations/trust.yaml', source })).toEqual([
			expect.stringMatching(/^content\/organisations\/trust\.yaml:2:7 {2}kind {2}.*\(Use one of: company, charity, public-body/),
		]);
	});

	test('reports a missing required field at its parent', () => {
		const source = organisation.replace('email: privacy@trust.example\n', '');
		expect(problemsOf({ path: 'content/organisations/trust.yaml', source })).toEqual([
			'content/organisations/trust.yaml:1:1  email  "email" is required but missing.  (Add "email:" with a value.)',
		]);
	});

	test('reports YAML that does not parse, with its line', () => {
		const source = 'title: Website\ndescription: [unclosed\naudience: Visitors\n';
		expect(problemsOf({ path: 'content/notice-types/website.yaml', source })[0]).toMatch(
			/^content\/notice-types\/website\.yaml:\d+:\d+ {2}This is not valid YAML/,
		);
	});

	test('rejects an organisation slug that would clash with the site\'s own pages', () => {
		expect(problemsOf({ path: 'content/organisations/types.yaml', source: organisation })).toEqual([
			expect.stringMatching(/"types" cannot be an organisation's slug/),
		]);
	});

	test('never silently ignores a file it cannot read as content', () => {
		expect(problemsOf({ path: 'content/notices/trust/website/notes.txt', source: 'draft' })).toEqual([
			expect.stringMatching(/notes\.txt {2}Only \.mdx files can be notice versions/),
		]);
		expect(problemsOf({ path: 'content/readme.md', source: 'x' })).toEqual([
			expect.stringMatching(/^content\/readme\.md {2}Noticeboard does not read this file/),
		]);
	});

	test('reports every problem at once, not only the first', () => {
		const problems = problemsOf(
			{ path: 'content/notices/trust/website/2025-13-01.mdx', source: notice(later) },
			{ path: 'content/organisations/trust.yaml', source: organisation.replace('kind: charity', 'kind: club') },
		);
		expect(problems).toHaveLength(2);
	});

	test('warns, per notice, of each UK GDPR checklist item its newest version is missing', () => {
		const { problems, completeness } = checkContent(site());
		expect(completeness.map((n) => `${n.org}/${n.type} ${n.effective}`)).toEqual(['trust/website 2025-01-01']);
		expect(problems.filter((p) => p.severity === 'warning').map(formatProblem)).toContainEqual(
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx {2}facts {2}warning: UK GDPR checklist item 3 is missing: Purposes of processing \(Art 13\(1\)\(c\), 14\(1\)\(c\)\)/),
		);
	});

	test('makes missing checklist items errors in strict mode', () => {
		const { problems } = checkContent(site(), { strict: true });
		expect(problems.filter((p) => p.field === 'facts').every((p) => p.severity === 'error')).toBe(true);
		expect(problems.filter((p) => p.field === 'facts')).toHaveLength(14);
	});
});
