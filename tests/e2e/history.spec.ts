import { expect, test } from '@playwright/test';

// The test build fixes the date (NOTICEBOARD_TODAY=2026-11-22).

test('a reader walks from the history to a comparison, to a version, and back', async ({ page }) => {
	await page.goto('/larkspur-energy/website/');
	await page.getByRole('link', { name: 'Version history' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Version history: Website privacy notice');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(['3 November 2025', '16 September 2024', '2 May 2023']);

	await page.getByRole('link', { name: 'What changed since 16 September 2024' }).click();
	await expect(page).toHaveURL(/\/larkspur-energy\/website\/compare\/2024-09-16\/2025-11-03\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed in the website privacy notice');
	await expect(page.getByRole('region', { name: 'Summary of changes' })).toContainText('words added');
	await expect(page.locator('ins').first()).toBeVisible();

	await page.getByRole('region', { name: 'Earlier version' }).getByRole('link', { name: '16 September 2024' }).click();
	await expect(page).toHaveURL(/\/larkspur-energy\/website\/2024-09-16\/$/);
	await expect(page.getByRole('note')).toContainText('This is an archived version');

	await page.goBack();
	await expect(page).toHaveURL(/\/compare\/2024-09-16\/2025-11-03\/$/);
	await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Version history' }).click();
	await expect(page).toHaveURL(/\/larkspur-energy\/website\/history\/$/);
});

test('a keyboard user chooses two versions to compare, in either order', async ({ page }) => {
	await page.goto('/larkspur-energy/website/history/');
	const earlier = page.getByLabel('Earlier version');
	await earlier.focus();
	await page.keyboard.press('End'); // the oldest version, last in the list
	await expect(earlier).toHaveValue('2023-05-02');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Later version')).toBeFocused();
	await page.keyboard.press('ArrowDown'); // from the newest to the one before
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Compare' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/compare\/2023-05-02\/2024-09-16\/$/);
});

test('choosing the same version twice says so instead of leaving the page', async ({ page }) => {
	await page.goto('/larkspur-energy/website/history/');
	await page.getByLabel('Earlier version').selectOption('2024-09-16');
	await page.getByLabel('Later version').selectOption('2024-09-16');
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page.getByRole('alert')).toHaveText('Choose two different versions to compare.');
	await expect(page).toHaveURL(/\/history\/$/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every version links to its comparison with the one before, and the form leads to every comparison', async ({ page }) => {
		await page.goto('/larkspur-energy/website/history/');
		await expect(page.getByRole('link', { name: /^What changed since/ })).toHaveCount(2);
		await page.getByRole('button', { name: 'Compare' }).click();
		await expect(page).toHaveURL(/\/larkspur-energy\/website\/compare\/\?from=/);
		await expect(page.getByRole('link', { name: 'Since 2 May 2023' })).toHaveCount(2);
	});
});

test('the current version says when the notice changes, and links to what will change', async ({ page }) => {
	await page.goto('/millbrook-medical/patients/');
	const note = page.getByRole('note');
	await expect(note).toContainText('This notice changes on 4 January 2027.');
	await note.getByRole('link', { name: 'See what will change' }).click();
	await expect(page).toHaveURL(/\/millbrook-medical\/patients\/compare\/2024-11-18\/2027-01-04\/$/);
	await expect(page.getByRole('region', { name: 'Later version' })).toContainText('Takes effect on 4 January 2027');
});

test('an upcoming version says it is not in force yet', async ({ page }) => {
	await page.goto('/millbrook-medical/patients/2027-01-04/');
	await expect(page.getByRole('note')).toContainText('This version is not in force yet');
	await expect(page.getByRole('note')).toContainText('It takes effect on 4 January 2027');
});

test('unchanged sections are folded away and open from the keyboard', async ({ page }) => {
	await page.goto('/larkspur-energy/website/compare/2024-09-16/2025-11-03/');
	const folded = page.locator('details').first();
	await expect(folded).not.toHaveAttribute('open', '');
	await folded.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(folded).toHaveAttribute('open', '');
});
