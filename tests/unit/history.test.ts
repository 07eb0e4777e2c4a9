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
