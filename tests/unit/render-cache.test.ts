import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { recentlyUsed } from '../../src/lib/recent.ts';
import { renderCache, renderCacheFolder, renderKey } from '../../src/lib/render-cache.ts';

const dirs: string[] = [];
const temp = () => {
	const dir = mkdtempSync(join(tmpdir(), 'noticeboard-cache-test-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const body = { html: '<p>Hello</p>', headings: [{ depth: 2, slug: 'who-we-are', text: 'Who we are' }] };

describe('the render cache', () => {
	test('gives back a body stored under its digest, and nothing for another digest', () => {
		const cache = renderCache(join(temp(), 'bodies'));
		expect(cache.set('abc', body)).toBe(body);
		expect(cache.get('abc')).toEqual(body);
		expect(cache.get('abd')).toBeUndefined();
	});

	test('keeps nothing without a folder', () => {
		const cache = renderCache(undefined);
		cache.set('abc', body);
		expect(cache.get('abc')).toBeUndefined();
	});

	test('is keyed by the renderer\'s code and the base path, so a change to either starts afresh', () => {
		const dir = temp();
		const file = join(dir, 'plugin.ts');
		writeFileSync(file, 'export const a = 1;');
		const first = renderKey([file], '/');
		expect(renderKey([file], '/')).toBe(first);
		expect(renderKey([file], '/policies/')).not.toBe(first);
		writeFileSync(file, 'export const a = 2;');
		expect(renderKey([file], '/')).not.toBe(first);
	});

	test('removes the caches of other code when it names the folder for this code', () => {
		const cacheDir = temp();
		const stale = renderCache(join(cacheDir, 'noticeboard', 'bodies', 'old-code'));
		stale.set('abc', body);
		const folder = renderCacheFolder(process.cwd(), '/', cacheDir);
		renderCache(folder).set('abc', body);
		expect(readdirSync(join(cacheDir, 'noticeboard', 'bodies'))).toEqual([folder.split('/').at(-1)]);
	});
});

describe('recentlyUsed', () => {
	test('computes each value once while it is among the most recently used, then again', () => {
		const calls: number[] = [];
		const square = recentlyUsed(2, (n: number) => (calls.push(n), n * n));
		expect([square(2), square(3), square(2), square(4), square(3)]).toEqual([4, 9, 4, 16, 9]);
		// 3 was the least recently used when 4 came in, so it was computed again.
		expect(calls).toEqual([2, 3, 4, 3]);
	});
});
