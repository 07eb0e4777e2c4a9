import { matchesGlob } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCatalogue, type VersionRecord } from '../../src/lib/catalogue.ts';
import { SEARCH_FILES, searchPaths } from '../../src/lib/search-pages.ts';
import { pageDates } from '../../src/lib/sitemap.ts';
import { editUrl, paths, withBase, withoutBase } from '../../src/lib/urls.ts';

const version = (org: string, type: string, effective: string, updated?: string): VersionRecord<string> => ({
	org,
	type,
	effective,
	updated,
	value: `${org}/${type}/${effective}`,
});

const catalogue = buildCatalogue(
	{
		organisations: [
			{ slug: 'zed', data: { name: 'Zed Council' } },
			{ slug: 'acme', data: { name: 'Acme' } },
		],
		types: [
			{ slug: 'website', data: { title: 'Website privacy notice' } },
			{ slug: 'cookies', data: { title: 'Cookie notice' } },
		],
		versions: [
			version('zed', 'website', '2024-01-01'),
			version('acme', 'website', '2023-01-01'),
			version('acme', 'website', '2024-06-01', '2024-07-15'),
			version('acme', 'cookies', '2026-01-01'),
		],
	},
	'2025-01-01',
);

describe('buildCatalogue', () => {
	test('sorts organisations by name and types by title', () => {
		expect(catalogue.organisations.map((o) => o.slug)).toEqual(['acme', 'zed']);
		expect(catalogue.types.map((t) => t.slug)).toEqual(['cookies', 'website']);
	});

	test('groups versions into one notice per organisation and type', () => {
		expect(catalogue.notices.map((n) => `${n.org}/${n.type}:${n.timeline.versions.length}`)).toEqual([
			'acme/cookies:1',
			'acme/website:2',
			'zed/website:1',
		]);
	});

	test('lists each notice under its organisation and its type', () => {
		expect(catalogue.types.find((t) => t.slug === 'website')?.notices.map((n) => n.org)).toEqual(['acme', 'zed']);
	});

	test('refuses a version whose organisation does not exist instead of dropping it', () => {
		expect(() =>
			buildCatalogue({ organisations: [], types: [], versions: [version('ghost', 'website', '2024-01-01')] }, '2025-01-01'),
		).toThrow(/ghost\/website/);
	});
});

describe('pageDates', () => {
	const dates = pageDates(catalogue);

	test('dates a version page by when its text last changed', () => {
		expect(dates.get(paths.version('acme', 'website', '2024-06-01'))).toBe('2024-07-15');
		expect(dates.get(paths.version('acme', 'website', '2023-01-01'))).toBe('2023-01-01');
	});

	test('dates a notice page by the version it shows, even when that is upcoming', () => {
		expect(dates.get(paths.notice('acme', 'website'))).toBe('2024-07-15');
		expect(dates.get(paths.notice('acme', 'cookies'))).toBe('2026-01-01');
	});

	test('dates a history by its newest version and a comparison by the later of its two', () => {
		expect(dates.get(paths.history('acme', 'website'))).toBe('2024-07-15');
		expect(dates.get(paths.compare('acme', 'website', '2023-01-01', '2024-06-01'))).toBe('2024-07-15');
		expect(dates.get(paths.comparisons('acme', 'website'))).toBe('2024-07-15');
		expect(dates.has(paths.comparisons('zed', 'website'))).toBe(false);
	});

	test('dates list pages by the newest notice they list', () => {
		expect(dates.get(paths.organisation('zed'))).toBe('2024-01-01');
		expect(dates.get(paths.noticeType('website'))).toBe('2024-07-15');
		expect(dates.get(paths.home())).toBe('2026-01-01');
	});
});

describe('searchPaths', () => {
	test('puts each version in the index once: the headline at the notice, the others at their own address', () => {
		expect(searchPaths(catalogue).sort()).toEqual([
			'/acme/cookies/',
			'/acme/website/',
			'/acme/website/2023-01-01/',
			'/zed/website/',
		]);
	});

	test('reads the files of every search page, and not those of history or comparison pages', () => {
		const file = (path: string) => `${path.slice(1)}index.html`;
		expect(searchPaths(catalogue).every((path) => matchesGlob(file(path), SEARCH_FILES))).toBe(true);
		for (const other of [paths.history('acme', 'website'), paths.comparisons('acme', 'website'), paths.compare('acme', 'website', '2023-01-01', '2024-06-01'), paths.organisation('acme')]) {
			expect(matchesGlob(file(other), SEARCH_FILES)).toBe(false);
		}
	});
});

describe('base paths', () => {
	test('puts the base path in front of site paths', () => {
		expect([withBase('/', '/acme/'), withBase('/policies/', '/acme/'), withBase('/policies', '/')]).toEqual([
			'/acme/',
			'/policies/acme/',
			'/policies/',
		]);
	});

	test('takes the base path off, and says when a path is outside it', () => {
		expect(withoutBase('/policies/', '/policies/acme/')).toBe('/acme/');
		expect(withoutBase('/policies/', '/other/')).toBeUndefined();
	});
});

describe('editUrl', () => {
	test('joins the repository base and the file path', () => {
		expect(editUrl('https://github.com/acme/notices/edit/main', 'content/notices/a/b/2025-01-01.mdx')).toBe(
			'https://github.com/acme/notices/edit/main/content/notices/a/b/2025-01-01.mdx',
		);
	});

	test('gives no address when no base is set, so the link is hidden', () => {
		expect(editUrl(undefined, 'content/notices/a/b/2025-01-01.mdx')).toBeUndefined();
	});
});
