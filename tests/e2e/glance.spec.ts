import { expect, test } from '@playwright/test';

// The rows' wording is pinned by tests/unit/glance.test.ts; these check what the page makes of it.

test('"At a glance" sums up the data a notice collects in one paragraph, and its lawful bases as a list', async ({ page }) => {
	await page.goto('/larkspur-energy/website/');
	const glance = page.getByRole('region', { name: 'At a glance' });
	const what = glance.locator('.nb-glance__row', { hasText: 'What information' });
	await expect(what.locator('dd > p').first()).toHaveText(/^Online identifiers and device information, how you use our services, contact details, /);
	await expect(what.getByRole('listitem')).toHaveCount(0);

	const why = glance.locator('.nb-glance__row', { hasText: 'Why, and on what lawful basis' });
	await expect(why.getByRole('listitem')).toHaveText(['Legitimate interests (Article 6(1)(f)): 4 purposes', 'Contract (Article 6(1)(b)): preparing a heat pump quote you asked for', /^Consent \(Article 6\(1\)\(a\)\): sending our newsletter; /]);
});

test('a row of "At a glance" leads to its section of the full notice', async ({ page }) => {
	await page.goto('/larkspur-energy/website/');
	await page.getByRole('region', { name: 'At a glance' }).getByRole('link', { name: 'More in the section “Who we share it with”' }).click();
	await expect(page).toHaveURL(/#who-we-share-it-with$/);
	await expect(page.getByRole('heading', { name: 'Who we share it with' })).toBeInViewport();
});
