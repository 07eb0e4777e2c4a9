import { expect, test } from 'vitest';
import { recentlyUsed } from '../../src/lib/recent.ts';

test('recentlyUsed computes each value once while it is among the most recently used, then again', () => {
	const calls: number[] = [];
	const square = recentlyUsed(2, (n: number) => (calls.push(n), n * n));
	expect([square(2), square(3), square(2), square(4), square(3)]).toEqual([4, 9, 4, 16, 9]);
	// 3 was the least recently used when 4 came in, so it was computed again.
	expect(calls).toEqual([2, 3, 4, 3]);
});
