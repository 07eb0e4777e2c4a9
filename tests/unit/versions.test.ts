import { describe, expect, test } from 'vitest';
import { timeline } from '../../src/lib/versions.ts';

const versions = (...dates: string[]) => dates.map((effective) => ({ effective }));
const line = (today: string, ...dates: string[]) => timeline(versions(...dates), (v) => v.effective, today);

describe('timeline', () => {
	test('orders versions by effective date whatever order they arrive in', () => {
		const { versions } = line('2025-01-01', '2024-06-01', '2022-01-10', '2023-03-05');
		expect(versions.map((v) => v.effective)).toEqual(['2022-01-10', '2023-03-05', '2024-06-01']);
	});

	test('makes the latest version on or before the build date current', () => {
		const { current } = line('2024-01-01', '2022-01-10', '2023-03-05', '2024-06-01');
		expect(current?.effective).toBe('2023-03-05');
	});

	test('counts a version that takes effect on the build date as current', () => {
		expect(line('2024-06-01', '2023-03-05', '2024-06-01').current?.effective).toBe('2024-06-01');
	});

	test('marks later versions upcoming and earlier ones archived', () => {
		const { versions } = line('2024-01-01', '2022-01-10', '2023-03-05', '2024-06-01');
		expect(versions.map((v) => v.status)).toEqual(['archived', 'current', 'upcoming']);
	});

	test('keeps each version in force until the day before the next one', () => {
		const { versions } = line('2024-01-01', '2022-01-10', '2023-03-01', '2024-06-01');
		expect(versions.map((v) => v.until)).toEqual(['2023-02-28', '2024-05-31', undefined]);
	});

	test('works across a leap day and a new year', () => {
		const { versions } = line('2025-01-01', '2023-05-01', '2024-03-01', '2025-01-01');
		expect(versions.map((v) => v.until)).toEqual(['2024-02-29', '2024-12-31', undefined]);
	});

	test('shows the first upcoming version when no version has taken effect yet', () => {
		const result = line('2024-01-01', '2024-09-01', '2024-03-01');
		expect(result.current).toBeUndefined();
		expect(result.headline.effective).toBe('2024-03-01');
		expect(result.upcoming.map((v) => v.effective)).toEqual(['2024-03-01', '2024-09-01']);
	});

	test('refuses two versions with the same effective date', () => {
		expect(() => line('2024-01-01', '2023-01-01', '2023-01-01')).toThrow(/2023-01-01/);
	});

	test('refuses a notice with no versions', () => {
		expect(() => line('2024-01-01')).toThrow(/at least one version/);
	});
});
