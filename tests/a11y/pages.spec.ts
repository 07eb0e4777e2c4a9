import { expect, test } from '@playwright/test';
import { builtPages } from '../pages.ts';
import { PAGE_ANNOTATION, violations } from './axe.ts';

for (const path of builtPages()) {
	test(`${path} has no accessibility violations in light and dark, at 1280 px and 320 px`, { annotation: { type: PAGE_ANNOTATION, description: path } }, async ({ page }) => {
		const response = await page.goto(path);
		// The 404 page is served with a 404 status by some hosts; every other page must load.
		if (!path.startsWith('/404')) expect(response?.status()).toBe(200);
		const report = await violations(page, path);
		expect(report, report.join('\n\n')).toEqual([]);
	});
}

test('the search page with results shown and filters open has no accessibility violations', async ({ page }) => {
	await page.goto('/search/?q=information&organisation=larkspur-energy&versions=all');
	await expect(page.getByRole('status')).toContainText('results for');
	await expect(page.locator('#nb-search-filters')).toHaveAttribute('open', '');
	const report = await violations(page, '/search/ with results');
	expect(report, report.join('\n\n')).toEqual([]);
});

test('a notice with its <Details> opened by a link has no accessibility violations', async ({ page }) => {
	await page.goto('/millbrook-medical/patients/2027-01-04/#research');
	await expect(page.locator('details.nb-disclosure')).toHaveAttribute('open', '');
	const report = await violations(page, '/millbrook-medical/patients/2027-01-04/ with its <Details> open');
	expect(report, report.join('\n\n')).toEqual([]);
});
