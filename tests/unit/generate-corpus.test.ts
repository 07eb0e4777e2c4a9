import { describe, expect, test } from 'vitest';
import { generateCorpus, readNoticeTypes, wordCount } from '../../scripts/generate-corpus.ts';
import { checkContent } from '../../src/lib/check/content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';

const types = readNoticeTypes('content/notice-types');
const corpus = generateCorpus({ notices: 12, versions: 3, seed: 7, types });
const notices = corpus.filter((file) => file.path.startsWith('content/notices/'));

describe('the bench corpus', () => {
	test('passes the content check with no errors and no warnings, facts included', () => {
		const result = checkContent(corpus);
		// Its tables say what its facts say, as an editor's do before they use the components.
		expect(result.problems.filter((p) => !p.message.includes(' repeats what ')).map(formatProblem)).toEqual([]);
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
});
