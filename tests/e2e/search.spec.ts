import { expect, test, type Page } from '@playwright/test';
import { watchPolicy } from './policy.ts';

// The test build fixes the date (NOTICEBOARD_TODAY=2026-11-22), so statuses are stable.

const results = (page: Page) => page.locator('.nb-result');
const status = (page: Page) => page.getByRole('status');

async function search(page: Page, query: string) {
	await page.goto(`/search/?${query}`);
	await expect(status(page)).toHaveText(/results? for|No results/);
}

test('a phrase used by only one notice finds that notice first', async ({ page }) => {
	await search(page, 'q=credit+reference+agencies');
	await expect(status(page)).toHaveText(/^1 result for/);
	await expect(results(page).first().getByRole('heading')).toHaveText('Customer privacy notice');
	await expect(results(page).first()).toContainText('Larkspur Energy');
	await expect(results(page).first().locator('mark').first()).toBeVisible();
});

test('an organisation filter narrows the results to that organisation', async ({ page }) => {
	await search(page, 'q=information');
	const all = await results(page).count();
	await page.getByText('Filter by organisation, notice type or year').click();
	await page.getByLabel('Larkspur Energy').check();
	await expect(page).toHaveURL(/organisation=larkspur-energy/);
	await expect(results(page).first()).toContainText('Larkspur Energy');
	const narrowed = await results(page).count();
	expect(narrowed).toBeLessThan(all);
	for (const meta of await results(page).locator('.nb-result__meta').allTextContents()) expect(meta).toContain('Larkspur Energy');
});

test('a notice type filter narrows the results to that type', async ({ page }) => {
	await search(page, 'q=information&type=website');
	const metas = await results(page).locator('.nb-result__meta').allTextContents();
	expect(metas.length).toBeGreaterThan(1);
	for (const meta of metas) expect(meta).toContain('Website privacy notice');
	await search(page, 'q=information');
	expect(await results(page).count()).toBeGreaterThan(metas.length);
});

test('a phrase only in archived versions is found only when they are included', async ({ page }) => {
	await search(page, 'q=paper+referral+forms');
	await expect(status(page)).toContainText('No results for “paper referral forms” in versions in force today');
	await page.getByLabel('Include upcoming and archived versions').check();
	await expect(page).toHaveURL(/versions=all/);
	await expect(status(page)).toContainText('results for “paper referral forms” in all versions');
	await expect(results(page).first()).toContainText('Brightwater Befriending Trust');
	await expect(results(page).first().locator('.nb-tag')).toHaveText('Archived');
});

test('a search with no matches says so, and says what to try', async ({ page }) => {
	await search(page, 'q=zyxwvut');
	await expect(status(page)).toHaveText(/^No results for “zyxwvut”.*Check the spelling/);
	await expect(results(page)).toHaveCount(0);
});

test('the address keeps the search, so Back returns to the earlier one', async ({ page }) => {
	await search(page, 'q=cctv');
	await page.getByLabel('Words to find').fill('credit reference agencies');
	await page.getByLabel('Words to find').press('Enter');
	await expect(page).toHaveURL(/q=credit\+reference\+agencies/);
	await page.goBack();
	await expect(page).toHaveURL(/q=cctv$/);
	await expect(page.getByLabel('Words to find')).toHaveValue('cctv');
	await expect(status(page)).toContainText('for “cctv”');
});

test('a keyboard user searches from any page and opens a notice at the matching section', async ({ page }) => {
	await page.goto('/larkspur-energy/website/');
	await page.keyboard.press('Tab'); // skip link
	await page.keyboard.press('Tab'); // site name
	await page.keyboard.press('Tab');
	await expect(page.getByRole('searchbox', { name: 'Search notices' })).toBeFocused();
	await page.keyboard.type('credit reference agencies');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=credit\+reference\+agencies$/);
	await expect(status(page)).toContainText(/results? for/);
	// Tab on until a link to a matching section has focus.
	let focused = '';
	for (let i = 0; i < 40 && !focused.includes('#'); i++) {
		await page.keyboard.press('Tab');
		focused = await page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement && document.activeElement.closest('.nb-result__sections') ? document.activeElement.href : ''));
	}
	expect(focused).toContain('/larkspur-energy/service-users/#');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/larkspur-energy\/service-users\/#[a-z0-9-]+$/);
	const id = new URL(page.url()).hash.slice(1);
	await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('the search page loads its script, and reading pages load none', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto('/larkspur-energy/website/');
	expect(scripts).toEqual([]);
	await search(page, 'q=cctv');
	expect(scripts.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});

test('no page sets a cookie or asks another host for anything', async ({ page, context, baseURL }) => {
	const origins = new Set<string>();
	page.on('request', (request) => origins.add(new URL(request.url()).origin));
	for (const path of ['/', '/larkspur-energy/', '/larkspur-energy/website/', '/larkspur-energy/website/history/', '/larkspur-energy/website/compare/2023-05-02/2025-11-03/']) {
		await page.goto(path);
	}
	await search(page, 'q=cctv&versions=all');
	expect([...origins]).toEqual([new URL(baseURL!).origin]);
	expect(await context.cookies()).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header form still reaches the search page, which says what to do', async ({ page }) => {
		await page.goto('/larkspur-energy/');
		await page.getByRole('searchbox', { name: 'Search notices' }).fill('cctv');
		await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/\?q=cctv$/);
		await expect(page.getByText('Searching needs JavaScript')).toBeVisible();
		await expect(page.getByRole('link', { name: 'find a notice by organisation' })).toBeVisible();
	});
});

test('search works when the site is served under a base path', async ({ page }) => {
	const base = `http://127.0.0.1:${process.env['NOTICEBOARD_TEST_BASE_PORT']}/policies`;
	await page.goto(`${base}/search/?q=credit+reference+agencies`);
	await expect(status(page)).toContainText(/results? for/);
	const link = results(page).first().getByRole('heading').getByRole('link');
	await expect(link).toHaveAttribute('href', /^\/policies\/larkspur-energy\/service-users\/$/);
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page).toHaveURL(`${base}/larkspur-energy/service-users/`);
});

for (const base of ['', '/policies']) {
	test(`search finds notices under the Content Security Policy, with nothing refused${base ? ' under a base path' : ''}`, async ({ page }) => {
		const violations = await watchPolicy(page);
		const origin = base ? `http://127.0.0.1:${process.env['NOTICEBOARD_TEST_BASE_PORT']}` : '';
		await page.goto(`${origin}${base}/search/`);
		await page.getByLabel('Words to find').fill('credit reference agencies');
		await page.getByLabel('Words to find').press('Enter');
		await expect(status(page)).toHaveText(/^1 result for/);
		await expect(results(page).first().locator('mark').first()).toBeVisible();
		expect(await violations()).toEqual([]);
	});
}
