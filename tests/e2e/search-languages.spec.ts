import { expect, test, type Page } from '@playwright/test';

// Pagefind indexes each language apart, by each page's <html lang>: the search page searches its
// own language, and its box adds the others. "gwe-sgwrs" (webchat) is only in the council's Welsh
// notice; "webchat" only in English ones.

const results = (page: Page) => page.locator('.nb-result');
const status = (page: Page) => page.getByRole('status');

test('the Welsh search page finds Welsh notices, marked as Welsh, and only those unless asked', async ({ page }) => {
	await page.goto('/cy/search/?q=gwe-sgwrs');
	await expect(status(page)).not.toBeEmpty();
	await expect(results(page).first()).toBeVisible();
	for (const href of await results(page).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/cy\//);
	await page.goto('/cy/search/?q=webchat');
	await expect(status(page)).not.toBeEmpty();
	const welshOnly = await results(page).count();
	await page.goto('/cy/search/?q=webchat&languages=all');
	await expect(results(page).first()).toBeVisible();
	expect(await results(page).count()).toBeGreaterThan(welshOnly);
	await expect(results(page).locator('[lang="en-GB"]').first()).toBeVisible();
});

test('the English search page leaves Welsh out until the box is ticked', async ({ page }) => {
	await page.goto('/search/?q=gwe-sgwrs');
	await expect(status(page)).toHaveText(/No results/);
	await page.getByRole('checkbox', { name: /Welsh/ }).check();
	await expect(page).toHaveURL(/languages=all/);
	await expect(results(page).first()).toBeVisible();
	await expect(results(page).first().locator('[lang="cy"]').first()).toBeVisible();
});
