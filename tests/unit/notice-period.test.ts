import { describe, expect, test } from 'vitest';
import { checkContent, type CheckOptions } from '../../src/lib/check/content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { notice, site } from './check-site.ts';

const major = 'changeClass: major\nchangeNote: We now keep messages for 12 months.\n';
const minor = 'changeClass: minor\nchangeNote: We reworded the rights section.\n';
const file = (date: string, frontmatter = major) => ({ path: `content/notices/trust/website/${date}.mdx`, source: notice(frontmatter) });
const first = 'content/notices/trust/website/2024-01-01.mdx';
const second = 'content/notices/trust/website/2025-01-01.mdx';

/** The notice period warnings for the small site with `extra` files, checked with `options`. */
const warnings = (options: CheckOptions, ...extra: ReturnType<typeof file>[]) =>
	checkContent(site(...extra), { today: '2025-06-01', noticePeriodDays: 30, ...options })
		.problems.filter((p) => p.message.includes('notice (noticePeriod'))
		.map(formatProblem);

describe('the notice period check', () => {
	test('warns about a major change published fewer days before it takes effect than the notice period, saying what to do', () => {
		const published = new Map([[first, '2023-12-01'], [second, '2024-12-20']]);
		expect(warnings({ published }, file('2025-01-01'))).toEqual([
			`${second}:1  warning: A major change should give readers 30 days' notice (noticePeriod in astro.config.mjs), but this one takes effect on 2025-01-01 (the file's name), only 12 days after it was published on 2024-12-20 (its first commit).  (Rename the file to 2025-01-19.mdx or later; or, if the change is not material, set "changeClass: minor".)`,
		]);
	});

	test('passes a major change published exactly the notice period before it takes effect', () => {
		expect(warnings({ published: new Map([[second, '2024-12-02']]) }, file('2025-01-01'))).toEqual([]);
		expect(warnings({ published: new Map([[second, '2024-12-03']]) }, file('2025-01-01'))).toHaveLength(1);
	});

	test('does not hold minor changes or a notice’s first version to the notice period', () => {
		const published = new Map([[first, '2024-01-01'], [second, '2024-12-31']]);
		expect(warnings({ published }, file('2025-01-01', minor))).toEqual([]);
	});

	test('treats a version not committed yet as published today, the earliest it can be', () => {
		expect(warnings({ published: new Map() }, file('2025-06-20'))).toEqual([
			expect.stringContaining('takes effect on 2025-06-20 (the file\'s name), only 19 days after today (2025-06-01): the file is not committed yet'),
		]);
	});

	test('says plainly when a major change was published after the day it took effect', () => {
		expect(warnings({ published: new Map([[second, '2025-01-05']]) }, file('2025-01-01'))).toEqual([expect.stringContaining('takes effect on 2025-01-01 (the file\'s name), 4 days before it was published on 2025-01-05')]);
	});

	test('leaves archived versions alone: they are history', () => {
		const published = new Map([[second, '2024-12-31']]);
		expect(warnings({ published }, file('2025-01-01'), file('2025-03-01', minor))).toEqual([]);
	});

	test('is off unless the site sets a notice period, and when git cannot tell the dates', () => {
		expect(warnings({ noticePeriodDays: undefined, published: new Map() }, file('2025-06-20'))).toEqual([]);
		expect(warnings({ published: undefined }, file('2025-06-20'))).toEqual([]);
	});

	test('gives each version its published date for the catalogue, and none to a file not committed', () => {
		const { versions } = checkContent(site(), { published: new Map([[first, '2023-12-01']]) });
		expect(versions.map((v) => v.published)).toEqual(['2023-12-01', undefined]);
	});
});
