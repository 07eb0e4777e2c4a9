import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, ukDate } from '../../src/lib/dates.ts';
import { parsePublishedLog, publishedWarning } from '../../src/lib/published/parse.ts';
import { strings } from '../../src/i18n/index.ts';

// What `git log` with LOG_ARGUMENTS prints: oldest commit first, each a NUL and its date, a blank line, then its files.
const commit = (date: string, ...files: string[]) => `\0${date}\n\n${files.join('\n')}\n`;

describe('parsePublishedLog', () => {
	test('gives each added file the day of the commit that added it', () => {
		const log = commit('2025-03-03T10:00:00+00:00', 'A\tcontent/notices/trust/website/2025-04-01.mdx') + commit('2025-05-01T09:00:00+01:00', 'A\tcontent/notices/trust/website/2025-06-01.mdx');
		expect(parsePublishedLog(log)).toEqual(
			new Map([
				['content/notices/trust/website/2025-04-01.mdx', '2025-03-03'],
				['content/notices/trust/website/2025-06-01.mdx', '2025-05-01'],
			]),
		);
	});

	test('reads a commit’s date in the UK, not in the committer’s time zone or UTC', () => {
		// 23:30 UTC on 30 June is 00:30 on 1 July in London (BST); 20:00 in New York on 31 January is 01:00 on 1 February in London.
		const log = commit('2025-06-30T23:30:00+00:00', 'A\tcontent/notices/a/b/2025-08-01.mdx') + commit('2025-01-31T20:00:00-05:00', 'A\tcontent/notices/a/b/2025-03-01.mdx');
		const dates = parsePublishedLog(log);
		expect(dates.get('content/notices/a/b/2025-08-01.mdx')).toBe('2025-07-01');
		expect(dates.get('content/notices/a/b/2025-03-01.mdx')).toBe('2025-02-01');
	});

	test('keeps the earliest day when a file was added more than once', () => {
		const file = 'content/notices/a/b/2025-04-01.mdx';
		const log = commit('2025-03-01T12:00:00Z', `A\t${file}`) + commit('2025-03-20T12:00:00Z', `A\t${file}`) + commit('2025-02-27T12:00:00Z', `A\t${file}`);
		expect(parsePublishedLog(log).get(file)).toBe('2025-02-27');
	});

	test('gives a renamed file the day the file it was renamed from was published', () => {
		const log = commit('2025-01-10T12:00:00Z', 'A\tcontent/notices/old-name/website/2025-02-01.mdx') + commit('2025-06-01T12:00:00Z', 'R100\tcontent/notices/old-name/website/2025-02-01.mdx\tcontent/notices/new-name/website/2025-02-01.mdx');
		expect(parsePublishedLog(log).get('content/notices/new-name/website/2025-02-01.mdx')).toBe('2025-01-10');
	});

	test('gives a file renamed from outside the history the day of the rename', () => {
		const log = commit('2025-06-01T12:00:00Z', 'R087\tcontent/notices/a/b/draft.mdx\tcontent/notices/a/b/2025-07-01.mdx');
		expect(parsePublishedLog(log).get('content/notices/a/b/2025-07-01.mdx')).toBe('2025-06-01');
	});

	test('gives paths from the project’s root when the project is a folder of its repository', () => {
		const log = commit('2025-03-03T10:00:00Z', 'A\tsites/notices/content/notices/a/b/2025-04-01.mdx', 'A\tother/content/notices/a/b/2025-04-01.mdx');
		expect([...parsePublishedLog(log, 'sites/notices/')]).toEqual([['content/notices/a/b/2025-04-01.mdx', '2025-03-03']]);
	});

	test('gives no dates for an empty log or lines it does not understand', () => {
		expect(parsePublishedLog('').size).toBe(0);
		expect(parsePublishedLog('\0not a date\n\nA\tcontent/notices/a/b/2025-04-01.mdx\nwarning: something\n').size).toBe(0);
	});
});

describe('publishedWarning', () => {
	test('warns about a shallow clone, saying to fetch the full history with fetch-depth: 0', () => {
		expect(publishedWarning({ dates: undefined, problem: { kind: 'shallow' } }, undefined)).toMatch(/shallow clone.*no version shows a published date.*"fetch-depth: 0".*git fetch --unshallow/);
	});

	test('says nothing about a project outside git unless the notice period check needs the dates', () => {
		const history = { dates: undefined, problem: { kind: 'not-a-repository' as const } };
		expect(publishedWarning(history, undefined)).toBeUndefined();
		expect(publishedWarning(history, 30)).toMatch(/not in a git repository.*notice period check \(noticePeriod: \{ days: 30 \}\) did not run/);
		expect(publishedWarning({ dates: new Map() }, 30)).toBeUndefined();
	});
});

describe('dates for the notice period', () => {
	test('counts days across months and a change of clock', () => {
		expect(daysBetween('2025-03-03', '2025-04-01')).toBe(29);
		expect(daysBetween('2025-04-05', '2025-04-01')).toBe(-4);
		expect(addDays('2025-03-03', 29)).toBe('2025-04-01');
		expect(ukDate(new Date('2025-03-30T00:30:00Z'))).toBe('2025-03-30');
	});
});

describe('the published line in each language', () => {
	test('says in English and Welsh how long before its effective date a version was published, in the tense of its status', () => {
		const [en, cy] = [strings('en').versions, strings('cy').versions];
		expect(en.publishedOn('D', 29, false).join('')).toBe('Published here D, 29 days before it took effect.');
		expect(en.publishedWhen('D', 1, true).join('')).toBe('D, 1 day before it takes effect');
		expect(en.publishedWhen('D', -4, false).join('')).toBe('D, after the date it took effect');
		expect(cy.publishedOn('D', 29, false).join('')).toBe('Cyhoeddwyd yma ar D, 29 diwrnod cyn iddi ddod i rym.');
		expect(cy.publishedWhen('D', 0, true).join('')).toBe('D, ar y diwrnod y daw i rym');
		expect(cy.publishedWhen('D', -4, false).join('')).toBe('D, ar ôl y dyddiad y daeth i rym');
	});
});
