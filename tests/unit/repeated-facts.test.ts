import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { later, notice, site } from './check-site.ts';

const FILE = 'content/notices/trust/website/2025-01-01.mdx';
const facts = `facts:
  collection: direct
  purposes:
    - purpose: Answering your messages
      data: [name, email address]
      basis: legitimate_interests
      legitimateInterests: Replying to people
      retention: 12 months
      recipients: [our email provider]
  rights: [access, rectification, erasure, object]
`;
/** The warnings that say a body repeats its facts, for the newest version with this body. */
const repeats = (body: string, frontmatter = facts, file = FILE) =>
	checkContent(site({ path: file, source: notice(later + frontmatter, body) }))
		.problems.filter((p) => p.file === file && p.message.includes(' repeats what '))
		.map(formatProblem);

describe('a body that repeats its version’s facts', () => {
	test('is warned of at a table with purpose and basis columns, with the component to use instead', () => {
		expect(repeats('## Why\n\n| What we do | Lawful basis |\n| --- | --- |\n| Answering your messages | Legitimate interests |\n')).toEqual([
			`${FILE}:20:1  warning: This table repeats what facts.purposes (purposes and lawful bases) says, so the two can come to disagree.  (Replace it with <PurposesTable />, which shows the facts. Keep in the text only what the facts do not say.)`,
		]);
	});

	test('is warned of at retention and recipients tables, and at a list of rights', () => {
		const body = '| Information | How long we keep it |\n| --- | --- |\n| Messages | 12 months |\n\n| Provider | What they do |\n| --- | --- |\n| Mailco | Email |\n\nYou can ask us to:\n\n- give you a copy;\n- correct it;\n- delete it.\n';
		expect(repeats(body).map((p) => /<(\w+) \/>/.exec(p)?.[1])).toEqual(['RetentionTable', 'Recipients', 'Rights']);
	});

	test('is not warned of where the version has no facts for the component to show', () => {
		expect(repeats('| What we do | Lawful basis |\n| --- | --- |\n| Answering | Consent |\n', '')).toEqual([]);
		expect(repeats('| Information | How long we keep it |\n| --- | --- |\n| Messages | 12 months |\n', facts.replace('      retention: 12 months\n', ''))).toEqual([]);
	});

	test('is not warned of at a list that only mentions a right’s words in passing, or at a component', () => {
		expect(repeats('- **When you visit:**\n  - any access needs you tell us about\n  - a copy of your form\n- **When you call:** the reason\n')).toEqual([]);
		expect(repeats('<PurposesTable />\n\n<Rights />\n')).toEqual([]);
	});

	test('in a .md file says that components need an .mdx file', () => {
		const md = FILE.replace(/\.mdx$/, '.md');
		const [warning] = checkContent(site({ path: md, source: notice(later + facts, '| Purpose | Basis |\n| --- | --- |\n| A | Consent |\n') }).filter((f) => f.path !== FILE))
			.problems.filter((p) => p.file === md && p.message.includes(' repeats what '));
		expect(warning?.fix).toContain('components work in .mdx files: rename this one');
	});
});
