import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { HEADER_CSP, metaCsp } from '../../src/lib/security-headers.ts';
import { builtPages } from '../pages.ts';
import { watchPolicy } from './policy.ts';

// Every built page, at the root and under /policies/, is opened in Chromium under its own
// <meta> policy; none may be refused anything. `npm test` builds both.
const builds = [
	{ dir: 'dist', base: '', origin: () => '' },
	{ dir: 'dist-policies', base: '/policies', origin: () => `http://127.0.0.1:${process.env['NOTICEBOARD_TEST_BASE_PORT']}` },
];

// A build's pages in groups, one for each first folder (an organisation, /types/) and one for the
// rest: a group's pages are opened one after another in one browser page, several times quicker
// than a test each, and the groups still run in parallel.
function groups(dir: string, base: string): Map<string, string[]> {
	const grouped = new Map<string, string[]>();
	for (const path of builtPages(dir)) {
		const first = path.split('/')[1] ?? '';
		const nested = path.endsWith('/') && first !== '' && first !== 'search';
		const group = nested ? `the pages under ${base}/${first}/` : `the home, search and 404 pages of ${base}/`;
		grouped.set(group, [...(grouped.get(group) ?? []), path]);
	}
	return grouped;
}

for (const { dir, base, origin } of builds) {
	for (const [group, paths] of groups(dir, base)) {
		test(`${group} each have one policy, first in the head, and break no rule of it`, async ({ page }) => {
			const violations = await watchPolicy(page);
			for (const path of paths) {
				await page.goto(`${origin()}${base}${path}`);
				const placement = await page.evaluate(() => {
					const policies = [...document.querySelectorAll('meta[http-equiv]')].filter(
						(meta) => meta.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy',
					);
					const first = policies[0];
					// JSON-LD blocks are among these: data, which the policy does not govern, but kept after it all the same.
					const loaders = [...document.querySelectorAll('script, style, link[rel~="stylesheet"]')];
					return {
						count: policies.length,
						inHead: policies.every((meta) => meta.parentElement === document.head),
						content: first?.getAttribute('content'),
						beforeLoaders: loaders.every((el) => first && first.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
					};
				});
				// Reading pages run nothing; history pages their compare form; the search page the search.
				const scripts = /^(?:\/cy)?\/search\/$/.test(path) ? 'search' : path.endsWith('/history/') ? 'own' : 'none';
				expect.soft(placement, `${base}${path}`).toEqual({ count: 1, inHead: true, content: metaCsp(scripts), beforeLoaders: true });
				expect.soft(await violations(), `${base}${path}`).toEqual([]);
			}
		});
	}

	test(`${dir}/_headers sends the widest page policy, the search page's, with frame-ancestors, under the base path`, () => {
		const lines = readFileSync(`${dir}/_headers`, 'utf8').split('\n');
		expect(lines.filter((line) => line.startsWith('/'))).toEqual([`${base}/*`]);
		const header = lines.find((line) => line.startsWith('  Content-Security-Policy: '))?.slice('  Content-Security-Policy: '.length);
		const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(`${dir}/search/index.html`, 'utf8'))?.[1];
		expect(header).toBe(HEADER_CSP);
		expect(header).toBe(`${meta}; frame-ancestors 'none'`);
	});
}
