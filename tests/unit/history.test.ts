import { describe, expect, test } from 'vitest';
import { changesBetween, comparisonPairs, predecessor } from '../../src/lib/history.ts';
import { timeline } from '../../src/lib/versions.ts';

const line = timeline(['2022-01-01', '2023-01-01', '2024-01-01'], (d) => d, '2025-01-01');
const label = (pair: { from: { effective: string }; to: { effective: string } }) => `${pair.from.effective}→${pair.to.effective}`;

describe('version history', () => {
	test('makes every pair of versions, the newest later version first and the nearest earlier one first', () => {
		expect(comparisonPairs(line).map(label)).toEqual([
			'2023-01-01→2024-01-01',
			'2022-01-01→2024-01-01',
			'2022-01-01→2023-01-01',
		]);
	});

	test('compares a long history with the version before and with the current version, not every pair', () => {
		const dates = Array.from({ length: 12 }, (_, i) => `${2010 + i}-01-01`);
		const long = timeline(dates, (d) => d, '2025-01-01');
		const pairs = comparisonPairs(long).map(label);
		expect(pairs).toHaveLength(11 + 10);
		expect(pairs).toContain('2020-01-01→2021-01-01');
		expect(pairs).toContain('2010-01-01→2021-01-01');
		expect(pairs).toContain('2015-01-01→2016-01-01');
		expect(pairs).not.toContain('2010-01-01→2015-01-01');
	});

	test('compares every pair while a notice has up to ten versions', () => {
		const dates = Array.from({ length: 10 }, (_, i) => `${2010 + i}-01-01`);
		expect(comparisonPairs(timeline(dates, (d) => d, '2025-01-01'))).toHaveLength(45);
	});

	test('makes no pairs for a notice with one version', () => {
		expect(comparisonPairs(timeline(['2022-01-01'], (d) => d, '2025-01-01'))).toEqual([]);
	});

	test('finds the version before a version, and none before the first', () => {
		expect(predecessor(line, line.versions[2]!)?.effective).toBe('2023-01-01');
		expect(predecessor(line, line.versions[0]!)).toBeUndefined();
	});

	test('lists the versions whose change notes lie between two versions', () => {
		const pair = { from: line.versions[0]!, to: line.versions[2]! };
		expect(changesBetween(line, pair).map((v) => v.effective)).toEqual(['2023-01-01', '2024-01-01']);
	});
});
