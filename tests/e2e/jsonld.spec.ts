import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from '../pages.ts';
import { expandOffline, jsonLdBlocks, unknownTerms } from '../linked-data.ts';

// The JSON-LD of every built notice and version page, at the root and under /policies/, read from
// the HTML files as a crawler gets them and expanded as tests/unit/jsonld.test.ts expands it. No
// browser is needed: it is data the page carries, which no browser runs. `npm test` builds both.
const builds = [
	{ dir: 'dist', base: '' },
	{ dir: 'dist-policies', base: '/policies' },
];
// `/<org>/<type>/` and `/<org>/<type>/<effective>/`, in any language (`/cy/…`); `/types/<type>/` is
// a list of notices, not one. A version's address in a language it is not translated into says so
// and is not indexed (noindex): it describes no version, so it carries none.
const NOTICE_PAGE = /^(?:\/(?:cy))?\/(?!types\/|cy\/)[^/]+\/[^/]+\/(?<effective>\d{4}-\d{2}-\d{2}\/)?$/;
const isNoticePage = (path: string, html: string) => NOTICE_PAGE.test(path) && !html.includes('<meta name="robots" content="noindex"');

for (const { dir, base } of builds) {
	const pages = builtPages(dir).map((path) => ({ path, html: readFileSync(`${dir}${path}${path.endsWith('/') ? 'index.html' : ''}`, 'utf8') }));

	test(`${dir}: notice and version pages carry one JSON-LD block each, and no other page carries any`, () => {
		const carrying = pages.filter(({ html }) => jsonLdBlocks(html).length > 0).map(({ path }) => path);
		expect(carrying.length).toBeGreaterThan(20);
		expect(carrying).toEqual(pages.filter(({ path, html }) => isNoticePage(path, html)).map(({ path }) => path));
		expect(pages.filter(({ html }) => jsonLdBlocks(html).length > 1).map(({ path }) => path)).toEqual([]);
	});

	for (const { path, html } of pages.filter(({ path, html }) => isNoticePage(path, html))) {
		test(`${dir}${path} has JSON-LD that expands offline, with only known terms, about its own version`, async () => {
			const [block] = jsonLdBlocks(html);
			const canonical = new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!);
			const document = JSON.parse(block!) as Record<string, unknown>;
			expect(unknownTerms(await expandOffline(document), `${canonical.origin}${base}/`)).toEqual([]);
			// A version page is its own permanent address; a notice's page gives the version it shows.
			const effective = NOTICE_PAGE.exec(path)!.groups!['effective'];
			expect(document['url']).toBe(effective ? canonical.href : `${canonical.href}${document['version']}/`);
			expect(canonical.pathname).toBe(`${base}${path}`);
		});
	}
}
