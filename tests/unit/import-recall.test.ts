import { describe, expect, test } from 'vitest';
import { formatOf } from '../../src/import/formats.ts';
import { wordRecall, words } from '../../src/import/recall.ts';

describe('word recall', () => {
	test('compares words case-folded, without punctuation, with curly and straight apostrophes alike', () => {
		expect(words('We’re the Data-Controller, (really).')).toEqual(["we're", 'the', 'data', 'controller', 'really']);
	});

	test('counts each word as often as the source has it', () => {
		const figures = wordRecall('the cat and the dog', 'the cat and a dog');
		expect(figures).toMatchObject({ sourceWords: 5, keptWords: 4, recall: 0.8, missing: [{ word: 'the', count: 1 }] });
	});

	test('is 1 for a source with no words', () => {
		expect(wordRecall('', 'anything').recall).toBe(1);
	});
});

describe('formats', () => {
	test('are known from the file name, templates by the extension inside', () => {
		expect(formatOf('privacy.html.erb')).toBe('html');
		expect(formatOf('privacy.j2')).toBe('html');
		expect(formatOf('privacy.md.erb')).toBe('md');
		expect(formatOf('Notice.DOCX')).toBe('docx');
		expect(formatOf('notice.txt')).toBe('txt');
		expect(formatOf('content.ts')).toBe('script');
		expect(formatOf('notice.pdf')).toBe('pdf');
		expect(formatOf('notice.odt')).toBeUndefined();
	});
});
