import { expect, test, type Page } from '@playwright/test';

// The text components in a real Chromium, on the example notice that uses them all: Millbrook
// Medical Practice's upcoming patients notice (content/notices/millbrook-medical/patients/2027-01-04.mdx).
const NOTICE = '/millbrook-medical/patients/2027-01-04/';

const details = (page: Page) => page.locator('details.nb-disclosure', { hasText: 'Screening programmes and medical research' });
const summary = (page: Page) => details(page).locator('summary');
const research = (page: Page) => page.getByRole('heading', { name: 'Research', exact: true });

test.describe('a <Details>', () => {
	test('is reached with Tab, shows that it has focus, and opens and closes with Enter and Space', async ({ page }) => {
		await page.goto(NOTICE);
		await expect(details(page)).not.toHaveAttribute('open');
		await expect(research(page)).toBeHidden();
		// The section before it ends in text, so Tab from its "#" link goes to the summary next.
		await page.getByRole('link', { name: 'Link to the section “For your care”' }).focus();
		await page.keyboard.press('Tab');
		await expect(summary(page)).toBeFocused();
		// The site's one focus style: a yellow outline with a dark ring (base.css).
		expect(await summary(page).evaluate((element) => getComputedStyle(element).outline)).toBe('rgb(255, 221, 0) solid 3px');
		await page.keyboard.press('Enter');
		await expect(details(page)).toHaveAttribute('open', '');
		await expect(research(page)).toBeVisible();
		await page.keyboard.press('Space');
		await expect(details(page)).not.toHaveAttribute('open');
		await expect(research(page)).toBeHidden();
	});

	test('opens when the address leads to a section inside it', async ({ page }) => {
		await page.goto(`${NOTICE}#research`);
		await expect(details(page)).toHaveAttribute('open', '');
		await expect(research(page)).toBeInViewport();
	});

	test('opens when a link in the table of contents leads to a section inside it', async ({ page }) => {
		await page.goto(NOTICE);
		await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'National screening' }).click();
		await expect(page).toHaveURL(/#national-screening$/);
		await expect(details(page)).toHaveAttribute('open', '');
		await expect(page.getByRole('heading', { name: 'National screening' })).toBeInViewport();
	});

	test('is printed open, without its marker', async ({ page }) => {
		await page.goto(NOTICE);
		await expect(research(page)).toBeHidden();
		await page.emulateMedia({ media: 'print' });
		await expect(details(page)).not.toHaveAttribute('open');
		await expect(research(page)).toBeVisible();
		await expect(details(page).getByText('We take part in some medical research.')).toBeVisible();
		expect(await summary(page).evaluate((element) => getComputedStyle(element).listStyleType)).toBe('none');
	});

	test('has its text found by the search, at its section', async ({ page }) => {
		await page.goto('/search/?q=Confidentiality+Advisory+Group&organisation=millbrook-medical&versions=all');
		await expect(page.getByRole('status')).toContainText('results for');
		const result = page.locator('.nb-result', { has: page.locator(`a[href="${NOTICE}"]`) });
		await expect(result).toHaveCount(1);
		await expect(result.locator(`.nb-result__sections a[href="${NOTICE}#research"]`)).toBeVisible();
	});
});

test.describe('a <Term>', () => {
	test('leads to its entry on the glossary page, which is marked', async ({ page }) => {
		await page.goto(NOTICE);
		await page.getByRole('link', { name: 'controller', exact: true }).click();
		await expect(page).toHaveURL(/\/glossary\/#controller$/);
		const entry = page.locator('#controller');
		await expect(entry).toHaveText('Controller');
		await expect(entry).toBeInViewport();
		expect(await entry.evaluate((element) => element.matches(':target'))).toBe(true);
		await expect(page.locator('.nb-glossary__entry', { has: entry })).toContainText('decides why and how your personal data is used');
	});

	test('leads to the glossary under the site\'s base path', async ({ page }) => {
		await page.goto(`http://127.0.0.1:${process.env['NOTICEBOARD_TEST_BASE_PORT']}/policies${NOTICE}`);
		await page.getByRole('link', { name: 'lawful basis', exact: true }).click();
		await expect(page).toHaveURL(/\/policies\/glossary\/#lawful-basis$/);
		await expect(page.locator('#lawful-basis')).toBeInViewport();
	});
});

test.describe('a <RightToObject>', () => {
	test('is a named region with a section in the table of contents', async ({ page }) => {
		await page.goto(NOTICE);
		await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Your right to object' }).click();
		await expect(page).toHaveURL(/#your-right-to-object$/);
		const region = page.getByRole('region', { name: 'Your right to object' });
		await expect(region.getByRole('heading', { level: 3, name: 'Your right to object' })).toBeInViewport();
		await expect(region.getByRole('link', { name: 'practice.manager@millbrook-medical.example' })).toHaveAttribute('href', 'mailto:practice.manager@millbrook-medical.example');
	});
});

test('a <Callout> is a named aside whose title is not in the table of contents', async ({ page }) => {
	await page.goto(NOTICE);
	const callout = page.getByRole('complementary', { name: 'Your choice does not change your care' });
	await expect(callout.getByRole('heading', { level: 3 })).toHaveText('Your choice does not change your care');
	await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Your choice does not change your care' })).toHaveCount(0);
});

test('the glossary is linked from every page\'s footer', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Glossary' }).click();
	await expect(page).toHaveURL(/\/glossary\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
});

test('search finds what a facts component shows, written only in the facts', async ({ page }) => {
	// "lk_csrf" is written only in the Larkspur cookie notice's facts.cookies, and shown by <CookieTable />.
	await page.goto('/search/?q=lk_csrf&organisation=larkspur-energy');
	await expect(page.getByRole('status')).toContainText('result');
	await expect(page.locator('.nb-result', { has: page.locator('a[href="/larkspur-energy/cookies/"]') })).toHaveCount(1);
});
