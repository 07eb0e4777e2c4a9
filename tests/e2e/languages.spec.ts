import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { builtPages } from '../pages.ts';

// The site in Welsh beside English: read from the built pages and sitemap, and in a browser.

const read = (path: string) => readFileSync(`dist${path}${path.endsWith('/') ? 'index.html' : ''}`, 'utf8');
const pages = builtPages('dist').filter((path) => path.endsWith('/'));
const alternatesOf = (html: string) => Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="https:\/\/noticeboard\.example([^"]+)">/g)].map((m) => [m[1]!, m[2]!]));

test('every page with a translation names it in its head, and the translation names the page back', () => {
	const withAlternates = pages.filter((path) => Object.keys(alternatesOf(read(path))).length > 0);
	expect(withAlternates).toContain('/cy/ashcombe-council/website/2025-08-11/');
	expect(withAlternates).toContain('/millbrook-medical/patients/2024-11-18/');
	for (const path of withAlternates) {
		const alternates = alternatesOf(read(path));
		expect(alternates, path).toHaveProperty('en-GB');
		expect(alternates, path).toHaveProperty('cy');
		expect(Object.values(alternates), path).toContain(path);
		for (const other of Object.values(alternates)) expect(alternatesOf(read(other)), `${path} → ${other}`).toEqual(alternates);
	}
});

test('the sitemap gives each translated page its alternates both ways, and leaves out pages that are not translated', () => {
	const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'url' || name === 'xhtml:link' });
	const urls = (parser.parse(readFileSync('dist/sitemap-0.xml', 'utf8')) as { urlset: { url: { loc: string; 'xhtml:link'?: { hreflang: string; href: string }[] }[] } }).urlset.url;
	const byLoc = new Map(urls.map((u) => [u.loc, u['xhtml:link'] ?? []]));
	const welsh = 'https://noticeboard.example/cy/ashcombe-council/website/2025-08-11/';
	const english = 'https://noticeboard.example/ashcombe-council/website/2025-08-11/';
	for (const loc of [welsh, english]) expect(byLoc.get(loc)?.map((l) => [l.hreflang, l.href])).toEqual([['en-GB', english], ['cy', welsh]]);
	expect(byLoc.has('https://noticeboard.example/cy/millbrook-medical/patients/2027-01-04/')).toBe(false);
	expect(byLoc.has('https://noticeboard.example/millbrook-medical/patients/2027-01-04/')).toBe(true);
});

test('a Welsh page is in Welsh, with Welsh dates, and its switcher leads to the same version in English', async ({ page }) => {
	await page.goto('/cy/ashcombe-council/website/2025-08-11/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
	await expect(page.locator('article')).toHaveAttribute('lang', 'cy');
	await expect(page.getByRole('link', { name: 'Neidio i’r prif gynnwys' }).or(page.getByRole('link', { name: "Neidio i'r prif gynnwys" }))).toHaveCount(1);
	await expect(page.locator('time[datetime="2025-08-11"]').first()).toHaveText('11 Awst 2025');
	const switcher = page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' });
	await expect(switcher).toHaveAttribute('hreflang', 'en-GB');
	await expect(switcher).toHaveAttribute('lang', 'en-GB');
	await switcher.click();
	await expect(page).toHaveURL(/\/ashcombe-council\/website\/2025-08-11\/$/);
	const back = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Cymraeg' });
	await expect(back).toHaveAttribute('lang', 'cy');
	await expect(back).toHaveAttribute('href', '/cy/ashcombe-council/website/2025-08-11/');
});

test("a Welsh page's links stay in Welsh where the page exists, and name English where it does not", async ({ page }) => {
	await page.goto('/cy/ashcombe-council/');
	await expect(page.getByRole('navigation', { name: 'Briwsion bara' }).getByRole('link', { name: 'Hafan' })).toHaveAttribute('href', '/cy/');
	const links = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, hreflang: a.getAttribute('hreflang') })));
	expect(links.length).toBeGreaterThan(2);
	for (const { href, hreflang } of links) expect(href.startsWith('/cy/') || hreflang === 'en-GB', href).toBe(true);
});

test('where a version is not translated, its Welsh address says so and offers the English', async ({ page }) => {
	await page.goto('/cy/millbrook-medical/patients/2027-01-04/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Nid yw'r fersiwn hon wedi'i chyfieithu");
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	const english = page.getByRole('link', { name: 'Ei darllen yn Saesneg' });
	await expect(english).toHaveAttribute('href', '/millbrook-medical/patients/2027-01-04/');
	await expect(english).toHaveAttribute('hreflang', 'en-GB');
	await expect(page.locator('main [lang="en-GB"]')).toContainText('How we use your health records');
});

test('a translation older than its English version says when the English was updated', async ({ page }) => {
	await page.goto('/cy/ashcombe-council/website/2024-05-20/');
	const note = page.getByRole('note').filter({ hasText: 'Diweddarwyd y fersiwn Saesneg' });
	await expect(note).toContainText('Diweddarwyd y fersiwn Saesneg ar 10 Mehefin 2024.');
	await expect(note.getByRole('link')).toHaveAttribute('hreflang', 'en-GB');
	await page.goto('/cy/ashcombe-council/website/2025-08-11/');
	await expect(page.getByRole('note').filter({ hasText: 'Diweddarwyd y fersiwn Saesneg' })).toHaveCount(0);
});

test('every element whose language differs from its page says so with lang', () => {
	for (const path of pages.filter((p) => p.startsWith('/cy/'))) {
		const html = read(path);
		expect(html, path).toContain('<html lang="cy"');
		// The only English on a Welsh page: marked, or a link that says with hreflang where it leads.
		for (const m of html.matchAll(/<(article|span|p|div|section)[^>]*\slang="([^"]+)"/g)) expect(['cy', 'en-GB'], path).toContain(m[2]);
		// What screen readers hear but no one sees is the page's language too.
		expect(html, path).not.toMatch(/aria-label="(Link to the section|Table:|Skip to|Breadcrumb")/);
	}
	for (const path of pages.filter((p) => !p.startsWith('/cy/'))) expect(read(path), path).toContain('<html lang="en-GB"');
});

test("a Welsh comparison marks the facts of an untranslated notice as English, and a translated one's as the page's", async ({ page }) => {
	await page.goto('/cy/types/website/');
	const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
	await expect(row('Larkspur Energy').locator('td [lang="en-GB"]').first()).toBeVisible();
	await expect(row('Ashcombe District Council').locator('td [lang]')).toHaveCount(0);
	await expect(row('Ashcombe District Council')).toContainText('Stonewick Digital');
});

test("a notice's history lists each version's translations, and the Welsh history the English", async ({ page }) => {
	await page.goto('/ashcombe-council/website/history/');
	const welsh = page.locator('.nb-history__translations').getByRole('link', { name: 'Cymraeg' });
	await expect(welsh).toHaveCount(2);
	await expect(welsh.first()).toHaveAttribute('href', '/cy/ashcombe-council/website/2025-08-11/');
	await expect(welsh.first()).toHaveAttribute('hreflang', 'cy');
	await page.goto('/millbrook-medical/patients/history/');
	await expect(page.locator('.nb-history__translations')).toHaveCount(2);
	await page.goto('/cy/millbrook-medical/patients/history/');
	// Every version is in English, the upcoming one only in English.
	await expect(page.locator('.nb-history__translations').getByRole('link', { name: 'English' })).toHaveCount(3);
	// The untranslated version's change note is in English, and says so.
	await expect(page.locator('.nb-history__note[lang="en-GB"]')).toHaveCount(1);
});
