import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../pages.ts';

// Checks the built files directly, without a browser: every internal link, stylesheet and icon
// must lead to a page that was built, and every #fragment to an id on that page. It runs on the
// normal build and on one under a base path, which `npm test` builds into dist-policies/.
const builds = [
	{ dir: 'dist', base: '/' },
	{ dir: 'dist-policies', base: '/policies/' },
];

function fileFor(dir: string, path: string): string {
	return join(dir, path.endsWith('/') ? `${path}index.html` : path);
}

for (const { dir, base } of builds) {
	test(`every internal link in ${dir}/ (base ${base}) leads to a built page and section`, () => {
		expect(existsSync(dir), `${dir}/ is missing: build it with npm test`).toBe(true);
		const broken: string[] = [];
		const ids = new Map<string, Set<string>>();
		const idsOf = (file: string) => {
			if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
			return ids.get(file)!;
		};
		for (const page of builtPages(dir)) {
			const file = fileFor(dir, page);
			const html = readFileSync(file, 'utf8');
			for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
				if (/^[a-z]+:/i.test(url!)) continue; // another site, mailto:, tel:
				const [path, fragment] = url!.split('#') as [string, string | undefined];
				if (path === '') {
					if (fragment && !idsOf(file).has(decodeURIComponent(fragment))) broken.push(`${page}: #${fragment} is not on the page`);
					continue;
				}
				if (!path.startsWith(base)) {
					broken.push(`${page}: ${url} is outside the base path ${base}`);
					continue;
				}
				const target = fileFor(dir, `/${path.slice(base.length)}`);
				if (!existsSync(target)) broken.push(`${page}: ${url} leads to no page`);
				else if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment)))
					broken.push(`${page}: ${url} leads to no section #${fragment}`);
			}
		}
		expect(broken, broken.join('\n')).toEqual([]);
	});
}

test('no link or code runs into the word before or after it on any page', () => {
	// Astro drops a line break between text and a tag, so "You can\n<a>find" reads "You canfind".
	const joined = builtPages('dist').flatMap((page) => {
		const html = readFileSync(fileFor('dist', page), 'utf8');
		const before = [...html.matchAll(/[\p{L}\p{N},;:]<(?:a\s[^>]*|code)>([^<]{0,30})/gu)].map((m) => `${page}: …${m[0].slice(0, 1)}${m[1]}`);
		const after = [...html.matchAll(/([^>]{0,30})<\/(?:a|code)>[\p{L}\p{N}]/gu)].map((m) => `${page}: ${m[1]}${m[0].slice(-1)}…`);
		return [...before, ...after];
	});
	expect(joined).toEqual([]);
});
