import { describe, expect, test } from 'vitest';
import { later, notice, organisation, problemsOf } from './check-site.ts';

// YAML that parses but cannot be turned into values, and dates that contradict the file name:
// each must be a problem at its line, never an exception.

const NOTICE = 'content/notices/trust/website/2025-01-01.mdx';
/** "Billion laughs": six lines whose aliases would expand to 9^6 values. */
const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
	.concat(['b', 'c', 'd', 'e', 'f'].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcde'[i]}`).join(', ')}]`))
	.join('\n');

describe('checkContent on YAML aliases and parse errors', () => {
	test('rejects an organisation whose aliases would expand to millions of values, at the first alias', () => {
		expect(problemsOf({ path: 'content/organisations/trust.yaml', source: `${organisation}${laughs}\n` })).toEqual([
			expect.stringMatching(/^content\/organisations\/trust\.yaml:10:8 {2}The YAML's aliases \(\*name\) would repeat values too many times to read safely.*\(Write the values out instead of using many YAML aliases \(\*name\)\.\)/),
		]);
	});

	test('rejects frontmatter with the same aliases, at the line in the notice file', () => {
		expect(problemsOf({ path: NOTICE, source: notice(`${later}${laughs}\n`) })).toEqual([
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx:7:\d+ {2}The YAML's aliases/),
		]);
	});

	test('rejects an alias that no anchor sets, at the alias', () => {
		expect(problemsOf({ path: NOTICE, source: notice(`${later}facts:\n  transfers: *none\n`) })).toEqual([
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx:7:14 {2}The YAML uses an alias \(\*name\) that no anchor \(&name\) before it sets/),
		]);
	});

	test('accepts an alias used a few times, as in a postcode repeated in the address of the DPO', () => {
		const dpo = 'dpo:\n  email: dpo@trust.example\n  address:\n    lines: [2 Low Street, Exampleton]\n    postcode: *postcode\n';
		const source = `${organisation.replace('postcode: EX1 2MP', 'postcode: &postcode EX1 2MP')}${dpo}`;
		expect(problemsOf({ path: 'content/organisations/trust.yaml', source })).toEqual([]);
	});

	test('rejects frontmatter that is not valid YAML at its line in the notice file', () => {
		expect(problemsOf({ path: NOTICE, source: notice(`${later}facts:\n  collection: direct\n   transfers: none\n`) })).toContainEqual(
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx:7:\d+ {2}This is not valid YAML/),
		);
	});
});

describe('checkContent on the updated date', () => {
	test('rejects an updated date before the effective date, at its line, with a fix', () => {
		expect(problemsOf({ path: NOTICE, source: notice(`${later}updated: 2024-12-31\n`) })).toEqual([
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx:6:1 {2}updated {2}"updated" is 2024-12-31, before this version takes effect on 2025-01-01 \(its file name\)\. {2}\(Set "updated" to the day the text was last edited, on or after 2025-01-01/),
		]);
	});

	test('accepts an updated date on the effective date itself', () => {
		expect(problemsOf({ path: NOTICE, source: notice(`${later}updated: 2025-01-01\n`) })).toEqual([]);
	});
});
