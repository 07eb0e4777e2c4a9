import { expect, test, type Page } from '@playwright/test';

// The test build fixes the date (NOTICEBOARD_TODAY=2026-11-22); the cells' wording is pinned by
// tests/unit/type-comparison.test.ts, and these check what the page makes of it.

const comparison = (page: Page, type: string) => page.getByRole('table', { name: `${type}: what each organisation’s notice says` });
const row = (page: Page, type: string, organisation: string) => comparison(page, type).getByRole('row').filter({ has: page.getByRole('rowheader', { name: organisation }) });
const COLUMNS = ['Organisation', 'Lawful bases', 'How long information is kept, by purpose', 'Who receives it', 'Sent outside the UK', 'Decisions made by computer', 'UK GDPR checklist', 'Last changed'];

test('a notice type’s page compares each organisation’s notice in force, a row each, a column per fact', async ({ page }) => {
	await page.goto('/types/job-applicants/');
	const table = comparison(page, 'Job applicant privacy notice');
	await expect(table.getByRole('columnheader')).toHaveText(COLUMNS);
	await expect(table.getByRole('rowheader')).toHaveText(['Hartwell Sixth Form College', 'Larkspur Energy']);

	const larkspur = row(page, 'Job applicant privacy notice', 'Larkspur Energy').getByRole('cell');
	await expect(larkspur.nth(0).getByRole('listitem')).toHaveText(['Consent (Article 6(1)(a))', 'Contract (Article 6(1)(b))', 'Legal obligation (Article 6(1)(c))', 'Legitimate interests (Article 6(1)(f))']);
	// Retention as written, and a purpose with none says so rather than vanishing.
	await expect(larkspur.nth(1).getByRole('listitem').first()).toHaveText(/^Assessing your application and arranging interviews: 6 months after we tell you our decision, /);
	await expect(larkspur.nth(1).getByRole('listitem').filter({ hasText: 'Checking you have the right to work in the UK' })).toHaveText(/: Not stated$/);
	await expect(larkspur.nth(3)).toHaveText('None');
	await expect(larkspur.nth(4)).toHaveText('No');
	await expect(larkspur.nth(5).getByRole('listitem').first()).toHaveText('Retention period or criteria (Art 13(2)(a), 14(2)(a))');
	await expect(larkspur.nth(6).getByRole('link', { name: 'Read this version of Larkspur Energy’s notice' })).toHaveAttribute('href', '/larkspur-energy/job-applicants/2025-03-03/');

	const hartwell = row(page, 'Job applicant privacy notice', 'Hartwell Sixth Form College').getByRole('cell');
	await expect(hartwell.nth(3)).toHaveText('Countries outside the UK where you have lived or worked, under an exception under Article 49');
});

test('an organisation with only an upcoming notice keeps its row, marked not yet in force', async ({ page }) => {
	await page.goto('/types/cookies/');
	await expect(comparison(page, 'Cookie notice').getByRole('rowheader')).toHaveText(['Larkspur Energy', /^The Guild of Independent Bookbinders, ?Not yet in force$/]);
	const guild = row(page, 'Cookie notice', 'The Guild of Independent Bookbinders').getByRole('cell');
	await expect(guild.nth(6)).toContainText('Not yet in force: takes effect on 1 February 2027.');
	await expect(row(page, 'Cookie notice', 'Larkspur Energy').getByRole('cell').nth(4)).toHaveText('Not stated');
});

test('at 320 px the comparison scrolls in its own labelled region, reached by keyboard, and the page never sideways', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/types/website/');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBe(0);

	const region = page.getByRole('region', { name: 'Website privacy notice: what each organisation’s notice says' });
	await expect(region).toHaveAttribute('tabindex', '0');
	expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
	// The link to the open data's CSV is the last thing to focus before the table: the region comes next, and arrows scroll it.
	await page.getByRole('link', { name: 'purposes.csv' }).focus();
	await page.keyboard.press('Tab');
	await expect(region).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
});
