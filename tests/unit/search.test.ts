import { describe, expect, test } from 'vitest';
import { pagefindFilters, parseSearch, searchParams, searchYears } from '../../src/lib/search.ts';

describe('search state', () => {
	test('reads the query and filters from the address, as the form submits them', () => {
		const state = parseSearch(new URLSearchParams('q=+cctv+&organisation=a&organisation=b&type=website&year=2024&versions=all'));
		expect(state).toEqual({ query: 'cctv', organisations: ['a', 'b'], types: ['website'], years: ['2024'], allVersions: true });
	});

	test('writes the same address back, so a search can be shared and the back button works', () => {
		const query = 'q=cctv&organisation=a&organisation=b&type=website&versions=all';
		expect(searchParams(parseSearch(new URLSearchParams(query))).toString()).toBe(query);
	});

	test('searches current versions only unless asked for every version', () => {
		expect(pagefindFilters(parseSearch(new URLSearchParams('q=x')))).toEqual({ status: 'current' });
		expect(pagefindFilters(parseSearch(new URLSearchParams('q=x&versions=all')))).toEqual({});
	});

	test('keeps any of the chosen organisations, and all the chosen kinds of filter at once', () => {
		expect(pagefindFilters(parseSearch(new URLSearchParams('organisation=a&organisation=b&type=t')))).toEqual({
			organisation: { any: ['a', 'b'] },
			type: { any: ['t'] },
			status: 'current',
		});
	});
});

describe('searchYears', () => {
	test('lists every year an archived version was in force', () => {
		expect(searchYears({ effective: '2022-11-14', until: '2024-04-01', status: 'archived' }, '2026-11-22')).toEqual(['2022', '2023', '2024']);
	});

	test('runs a current version up to this year', () => {
		expect(searchYears({ effective: '2025-04-01', until: undefined, status: 'current' }, '2026-11-22')).toEqual(['2025', '2026']);
	});

	test('gives an upcoming version the year it takes effect', () => {
		expect(searchYears({ effective: '2027-01-04', until: undefined, status: 'upcoming' }, '2026-11-22')).toEqual(['2027']);
	});
});
