import { describe, expect, test } from 'vitest';
import { formatDateIn } from '../../src/i18n/index.ts';
import { buildDate, dayBefore, isIsoDate } from '../../src/lib/dates.ts';

describe('buildDate', () => {
	test('uses NOTICEBOARD_TODAY when it is set', () => {
		expect(buildDate({ NOTICEBOARD_TODAY: '2030-02-03' })).toBe('2030-02-03');
	});

	test('uses the date in the UK otherwise, not the date in UTC', () => {
		// 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
		expect(buildDate({}, new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
	});

	test('rejects a NOTICEBOARD_TODAY that is not a real date, saying how to fix it', () => {
		expect(() => buildDate({ NOTICEBOARD_TODAY: '2025-02-30' })).toThrow(/NOTICEBOARD_TODAY="2025-02-30".*YYYY-MM-DD/);
	});
});

describe('dates', () => {
	test('accepts only real calendar dates written YYYY-MM-DD', () => {
		expect(['2024-02-29', '2025-12-31'].map(isIsoDate)).toEqual([true, true]);
		expect(['2025-02-29', '2025-13-01', '2025-1-01', '01-02-2025', '2025-01-01x'].map(isIsoDate)).toEqual([
			false,
			false,
			false,
			false,
			false,
		]);
	});

	test('finds the day before across months and years', () => {
		expect([dayBefore('2025-03-01'), dayBefore('2025-01-01')]).toEqual(['2025-02-28', '2024-12-31']);
	});

	test('writes dates the way UK readers do', () => {
		expect(formatDateIn('en', '2025-04-01')).toBe('1 April 2025');
	});
});
