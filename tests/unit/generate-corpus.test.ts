import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus, readNoticeTypes, wordCount } from '../../scripts/generate-corpus.ts';
import { checkContent } from '../../src/lib/check/content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';

/** The parts of a version's facts that change notes speak of. */
type Facts = { purposes: { purpose: string; data: string[]; retention: string; recipients: string[] }[] };

const types = readNoticeTypes('content/notice-types');
const corpus = generateCorpus({ notices: 12, versions: 3, seed: 7, types });
const notices = corpus.filter((file) => file.path.startsWith('content/notices/'));

describe('the bench corpus', () => {
	test('passes the content check with no errors and no warnings, facts included', () => {
		const result = checkContent(corpus);
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(notices.every((file) => /\nfacts:\n {2}collection: direct\n/.test(file.source))).toBe(true);
	});

	test('is the same for the same seed, and different for another', () => {
		expect(generateCorpus({ notices: 12, versions: 3, seed: 7, types })).toEqual(corpus);
		expect(generateCorpus({ notices: 12, versions: 3, seed: 8, types })).not.toEqual(corpus);
	});

	test('has notices of about 3,000 words with tables, nested lists and footnotes', () => {
		for (const file of notices) {
			const body = file.source.slice(file.source.indexOf('\n---\n') + 5);
			expect(wordCount(body)).toBeGreaterThanOrEqual(3000);
			expect(body).toMatch(/^\| .* \|$/m);
			expect(body).toMatch(/^ {2,3}- /m);
		}
		expect(notices.some((file) => /\[\^1\]: /.test(file.source))).toBe(true);
	});

	test('gives each later version a change note, and text that differs from the one before', () => {
		const byNotice = Map.groupBy(notices, (file) => file.path.split('/').slice(0, 4).join('/'));
		expect(byNotice.size).toBe(12);
		for (const versions of byNotice.values()) {
			expect(versions).toHaveLength(3);
			versions.slice(1).forEach((version, i) => {
				expect(version.source).toMatch(/\nchangeNote: /);
				expect(version.source).not.toBe(versions[i]!.source);
			});
		}
	});

	test('gives change notes that are true of the facts of the version they describe', () => {
		const claims: [RegExp, (facts: Facts, m: RegExpMatchArray) => boolean][] = [
			[/We now use (.+? Ltd) to /g, (f, m) => f.purposes.some((p) => p.recipients.includes(m[1]!))],
			[/We changed how long we keep (.+?) from .+? to (.+?)\./g, (f, m) => f.purposes.some((p) => p.retention.toLowerCase() === `${m[2]} (${m[1]})`)],
			[/We added a new purpose, “(.+?)”/g, (f, m) => f.purposes.some((p) => p.purpose === m[1])],
			[/We now also collect (.+?) when /g, (f, m) => f.purposes.some((p) => p.data.includes(m[1]!))],
		];
		let checked = 0;
		for (const file of notices) {
			const { changeNote, facts } = parse(file.source.split('\n---\n')[0]!.slice(4)) as { changeNote?: string; facts: Facts };
			for (const [pattern, holds] of claims) {
				for (const m of changeNote?.matchAll(pattern) ?? []) {
					expect(holds(facts, m), `${file.path}: ${m[0]}`).toBe(true);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(10);
	});
});
