import { expect, test } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { readTestRecord } from '../../src/lib/accessibility/read.ts';
import { readSiteOptions } from '../../src/lib/site-config/load.ts';
import { parseSiteConfig } from '../../src/lib/site-config/parse.ts';
import { formatDateIn } from '../../src/i18n/index.ts';
import { builtPages } from '../pages.ts';

// The accessibility statement as built, checked against what it is made from: the site's settings
// in astro.config.mjs and the test record the build read (decision 0016).

const STATEMENT = '/accessibility/';
const html = (dist: string, path: string) => readFileSync(`${dist}${path}${path.endsWith('/') ? 'index.html' : ''}`, 'utf8');
const footerOf = (page: string) => page.slice(page.indexOf('<footer'));

test('the statement names the standard, the method and the owner to contact, from the settings', async ({ page }) => {
	const { config } = parseSiteConfig(await readSiteOptions(process.cwd()));
	const owner = config!.owner!;
	await page.goto(STATEMENT);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
	await expect(page.getByRole('link', { name: 'the Web Content Accessibility Guidelines (WCAG) version 2.2' })).toHaveAttribute('href', 'https://www.w3.org/TR/WCAG22/');
	await expect(page.getByText('Every page the site’s build makes is checked with axe-core')).toContainText('WCAG 2.0, 2.1 and 2.2 at levels A and AA');
	await expect(page.getByText('Every page the site’s build makes is checked with axe-core')).toContainText('in light and dark colours, at widths of 1280 and 320 pixels');
	const contact = page.locator('main');
	await expect(contact.getByRole('link', { name: owner.email! })).toHaveAttribute('href', `mailto:${owner.email}`);
	await expect(page.locator('main')).toContainText(`contact ${owner.name as string}`);
	for (const [name, href] of [
		['Equality and Human Rights Commission (EHRC)', 'https://www.equalityhumanrights.com/'],
		['Equality Advisory and Support Service (EASS)', 'https://www.equalityadvisoryservice.com/'],
		['Equality Commission for Northern Ireland (ECNI)', 'https://www.equalityni.org/'],
	] as const) {
		await expect(page.getByRole('link', { name })).toHaveAttribute('href', href);
	}
});

test('the compliance status is the one the settings declare, and is never derived from the tests', async ({ page }) => {
	const { config } = parseSiteConfig(await readSiteOptions(process.cwd()));
	await page.goto(STATEMENT);
	const status = page.locator('#compliance + p');
	const expected = { full: 'declares this website fully compliant', partial: 'declares this website partially compliant', none: 'declares that this website is not compliant', undeclared: 'has not yet declared whether this website complies' };
	await expect(status).toContainText(expected[config!.accessibility?.status ?? 'undeclared']);
});

test('the statement reports the test record the build read, or says plainly that there is none', async ({ page }) => {
	const { record, problem } = readTestRecord(process.cwd());
	expect(problem, 'the build would have refused a broken record').toBeUndefined();
	await page.goto(STATEMENT);
	const finding = page.locator('.nb-statement__tests');
	const built = statSync(`dist${STATEMENT}index.html`).mtime;
	if (!record) {
		await expect(finding).toHaveText('No test run is recorded for this build of the site, so this statement gives no date of testing.');
		await expect(finding.locator('time')).toHaveCount(0);
	} else if (new Date(record.finishedAt) < built) {
		// The record was there when the site was built, so the page must give its date and figures.
		await expect(finding.locator('time')).toHaveAttribute('datetime', record.date);
		await expect(finding).toContainText(`These pages were last tested on ${formatDateIn('en', record.date)}: axe-core ${record.axeVersion}`);
		if (record.outcome === 'passed') await expect(finding).toContainText(`found no failures on ${record.pages.toLocaleString('en-GB')} pages, in ${record.checks.toLocaleString('en-GB')} checks.`);
		else {
			await expect(finding).toContainText('found failures on these');
			for (const failed of record.failed) await expect(page.locator('main code', { hasText: failed }).first()).toBeVisible();
		}
	} else {
		// A later run wrote the record after this build: the page can only report an earlier run, or none.
		const shown = await finding.locator('time').getAttribute('datetime').catch(() => null);
		if (shown !== null) expect(shown <= record.date).toBe(true);
	}
});

test('every page links to the statement in its footer, in its own language, under a base path too', () => {
	for (const [dist, base] of [['dist', ''], ['dist-policies', '/policies']] as const) {
		const pages = builtPages(dist);
		expect(pages.length).toBeGreaterThan(50);
		for (const path of pages) {
			const welsh = path.startsWith('/cy/');
			const link = welsh ? `<a href="${base}/cy${STATEMENT}">Hygyrchedd</a>` : `<a href="${base}${STATEMENT}">Accessibility</a>`;
			expect(footerOf(html(dist, path)), `${dist}${path}`).toContain(link);
		}
	}
});

test('a reader reaches the statement from a notice\'s footer, and the Welsh statement is in Welsh', async ({ page }) => {
	await page.goto('/larkspur-energy/website/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility', exact: true }).click();
	await expect(page).toHaveURL(/\/accessibility\/$/);
	await page.goto('/cy/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Hygyrchedd', exact: true }).click();
	await expect(page).toHaveURL(/\/cy\/accessibility\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datganiad hygyrchedd');
	await expect(page.getByRole('heading', { level: 2, name: 'Y drefn orfodi' })).toBeVisible();
});

test('the sitemap lists the statement in each language, with its alternates', () => {
	const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
	for (const path of [STATEMENT, `/cy${STATEMENT}`]) {
		const entry = new RegExp(`<url><loc>https://noticeboard\\.example${path}</loc>(.*?)</url>`).exec(sitemap)?.[1];
		expect(entry, path).toContain('hreflang="cy"');
		const { record } = readTestRecord(process.cwd());
		if (record && new Date(record.finishedAt) < statSync(`dist${STATEMENT}index.html`).mtime) expect(entry, path).toContain(`<lastmod>${record.date}`);
	}
});
