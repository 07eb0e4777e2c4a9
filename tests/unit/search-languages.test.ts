import { describe, expect, test } from 'vitest';
import { strings } from '../../src/i18n/index.ts';
import { fill, resultLanguage, searchIndexes, searchStatus } from '../../src/lib/search-languages.ts';
import { parseSearch } from '../../src/lib/search.ts';

const en = strings('en').search.client;
const cy = strings('cy').search.client;
const state = (query: string) => parseSearch(new URLSearchParams(query));
const languages = [
	{ code: 'en', htmlLang: 'en-GB', name: 'English', prefix: '/' },
	{ code: 'cy', htmlLang: 'cy', name: 'Welsh', prefix: '/cy/' },
];

describe('searchStatus', () => {
	test('says in English what it said before languages, word for word', () => {
		expect(searchStatus(en, state(''), 0, 25)).toBe('Type the words you want to find.');
		expect(searchStatus(en, state('q=cctv'), 1, 25)).toBe('1 result for “cctv” in versions in force today.');
		expect(searchStatus(en, state('q=cctv&versions=all'), 30, 25)).toBe('30 results for “cctv” in all versions, showing the first 25.');
		expect(searchStatus(en, state('q=zz'), 0, 25)).toBe('No results for “zz” in versions in force today. Check the spelling, try fewer or other words, or include upcoming and archived versions.');
	});

	test('says in Welsh how many results there are, the noun singular after a number', () => {
		expect(searchStatus(cy, state('q=teledu'), 1, 25)).toBe('1 canlyniad ar gyfer “teledu” yn y fersiynau sydd mewn grym heddiw.');
		expect(searchStatus(cy, state('q=teledu&versions=all&languages=all'), 3, 25)).toBe('3 canlyniad ar gyfer “teledu” ym mhob fersiwn, ym mhob iaith.');
		expect(searchStatus(cy, state('q=zz&versions=all'), 0, 25)).toBe('Dim canlyniadau ar gyfer “zz” ym mhob fersiwn. Gwiriwch y sillafu, rhowch gynnig ar lai o eiriau neu eiriau eraill.');
	});

	test('leaves a hole without a value as written', () => {
		expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
	});
});

describe('the search of every language', () => {
	test('reads the address of a search of every language, and writes it back', () => {
		expect(state('q=x&languages=all').allLanguages).toBe(true);
		expect(state('q=x')).not.toHaveProperty('allLanguages');
	});

	test('merges the other languages’ indexes into the page’s', () => {
		const indexes = { 'en-gb': { page_count: 30 }, cy: { page_count: 4 } };
		expect(searchIndexes(indexes, 'cy', languages)).toEqual({ pageHasIndex: true, merge: ['en-gb'] });
		expect(searchIndexes(indexes, 'en-GB', languages)).toEqual({ pageHasIndex: true, merge: ['cy'] });
	});

	test('knows when the page’s language has no index, and never merges the one Pagefind opens instead', () => {
		expect(searchIndexes({ 'en-gb': { page_count: 30 } }, 'cy', languages)).toEqual({ pageHasIndex: false, merge: [] });
	});

	test('tells a result’s language from its address, under a base path', () => {
		expect(resultLanguage('/policies/cy/acme/website/', '/policies/', languages)?.code).toBe('cy');
		expect(resultLanguage('/policies/acme/website/', '/policies/', languages)?.code).toBe('en');
		expect(resultLanguage('/cy/acme/website/', '/', languages)?.code).toBe('cy');
	});
});
