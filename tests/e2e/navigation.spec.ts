import { expect, test } from '@playwright/test';

// The test build fixes the date (NOTICEBOARD_TODAY=2026-11-22), so statuses below are stable.

test('a reader goes from the home page to a notice, to an archived version, and back', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Larkspur Energy' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Larkspur Energy' })).toBeVisible();

	await page.getByRole('link', { name: 'Website privacy notice' }).click();
	await expect(page).toHaveURL(/\/larkspur-energy\/website\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Website privacy notice');
	await expect(page.getByRole('note')).toHaveCount(0);

	await page.getByRole('link', { name: 'Version history' }).click();
	await page.getByRole('link', { name: '2 May 2023', exact: true }).click();
	await expect(page).toHaveURL(/\/larkspur-energy\/website\/2023-05-02\/$/);
	const banner = page.getByRole('note');
	await expect(banner).toContainText('This is an archived version');
	await expect(banner).toContainText('It was in force from 2 May 2023 to 15 September 2024');

	await banner.getByRole('link', { name: 'Read the current version' }).click();
	await expect(page).toHaveURL(/\/larkspur-energy\/website\/$/);

	await page.goBack();
	await expect(page).toHaveURL(/\/2023-05-02\/$/);
});

test('a notice shows its effective and last-updated dates as machine-readable times', async ({ page }) => {
	await page.goto('/larkspur-energy/website/');
	await expect(page.locator('.nb-notice__dates time').first()).toHaveAttribute('datetime', '2025-11-03');
	await expect(page.locator('.nb-notice__dates')).toContainText('Effective from3 November 2025');
});

test('a notice whose only version is upcoming says when it takes effect', async ({ page }) => {
	await page.goto('/bookbinders-guild/');
	await expect(page.getByText('Takes effect on 1 February 2027')).toBeVisible();
	await page.getByRole('link', { name: 'Cookie notice' }).click();
	const banner = page.getByRole('note');
	await expect(banner).toContainText('This version is not in force yet');
	await expect(banner).toContainText('There is no earlier version of this notice.');
});

test('the table of contents and heading anchors lead to their sections', async ({ page }) => {
	await page.goto('/larkspur-energy/website/');
	await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Your rights' }).click();
	await expect(page).toHaveURL(/#your-rights$/);
	await expect(page.getByRole('heading', { name: 'Your rights' })).toBeInViewport();
	await expect(page.getByRole('link', { name: 'Link to the section “Your rights”' })).toHaveAttribute('href', '#your-rights');
});

test('the skip link is the first thing a keyboard user reaches, and moves focus to the main content', async ({ page }) => {
	await page.goto('/larkspur-energy/website/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('a wide table scrolls inside its own labelled region at 320 px, never the page', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/larkspur-energy/cookies/');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBe(0);
	// The cookie tables come from <CookieTable />, which names each table's region by its category.
	await expect(page.getByRole('region', { name: 'Strictly necessary cookies' })).toHaveAttribute('tabindex', '0');
});

test('reading pages ship no JavaScript', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	const reading = ['/', '/larkspur-energy/', '/larkspur-energy/website/', '/larkspur-energy/website/2023-05-02/', '/types/website/'];
	const changes = ['/larkspur-energy/website/compare/', '/larkspur-energy/website/compare/2023-05-02/2025-11-03/'];
	for (const path of [...reading, ...changes]) {
		await page.goto(path);
		// A JSON-LD block is data, which browsers never run (HTML's "data block"): any other script fails.
		expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(0);
	}
	expect(scripts).toEqual([]);
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
	await page.goto('/no-such-organisation/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByRole('link', { name: 'find a notice from the list of organisations' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy notices');
});

test('a printed notice keeps its title, organisation, dates and link addresses, and drops navigation', async ({ page }) => {
	await page.goto('/larkspur-energy/website/2023-05-02/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('.nb-notice__org')).toBeVisible();
	await expect(page.locator('.nb-notice__dates')).toContainText('2 May 2023');
	const after = (selector: string) =>
		page.locator(selector).first().evaluate((link) => getComputedStyle(link, '::after').content);
	expect(await after('.nb-banner a')).toMatch(/^" \(https?:\/\/[^ ]+\/larkspur-energy\/website\/\)"$/);
	await expect(page.getByText(/This version's permanent address: https?:\/\/.+\/larkspur-energy\/website\/2023-05-02\//)).toBeVisible();
});

test('"Edit this page" is hidden unless a repository address is configured', async ({ page }) => {
	await page.goto('/larkspur-energy/website/');
	await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
	// The build under /policies/ sets EDIT_BASE_URL (see scripts/test.ts).
	await page.goto(`http://127.0.0.1:${process.env['NOTICEBOARD_TEST_BASE_PORT']}/policies/larkspur-energy/website/2024-09-16/`);
	await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
		'href',
		'https://git.example/noticeboard/edit/main/content/notices/larkspur-energy/website/2024-09-16.mdx',
	);
});
