import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { violations } from '../a11y/axe.ts';
import { astroConfigWith, throwawayProject } from './project.ts';

// A site owner's settings in a real `astro build`: a fresh project given only a name, a logo and
// an accent colour shows all three, passes axe, and a setting that cannot work stops the build
// with a sentence about it, never a stack trace.

test.describe.configure({ timeout: 180_000 });

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"><title>Harbour</title><rect width="64" height="32" rx="4" fill="#fff"/><path d="M8 22h48" stroke="#7a1f5c" stroke-width="4"/></svg>';

async function projectWith(settings: string) {
	const project = await throwawayProject('tests/fixtures/base/content');
	mkdirSync(join(project.root, 'src/brand'), { recursive: true });
	writeFileSync(join(project.root, 'src/brand/harbour.svg'), LOGO);
	writeFileSync(join(project.root, 'astro.config.mjs'), astroConfigWith(settings));
	return project;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.svg': 'image/svg+xml', '.js': 'text/javascript', '.xml': 'application/xml' };

/** Serves a built folder to the page at https://notices.example/, as a static host would. */
async function serve(page: Page, dist: string) {
	await page.route('https://notices.example/**', async (route) => {
		const path = decodeURIComponent(new URL(route.request().url()).pathname);
		const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
		if (!existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
		return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
	});
}

test('a site given only a name, a logo and an accent colour shows them on every page, and passes axe in light and dark', async ({ page, browser }) => {
	const project = await projectWith(`{ name: 'Harbour Notices', logo: { src: './src/brand/harbour.svg', alt: 'Harbour Trust' }, accent: '#7a1f5c' }`);
	try {
		const build = project.run('node_modules/astro/bin/astro.mjs', 'build');
		expect(build.status, build.stdout + build.stderr).toBe(0);
		const dist = join(project.root, 'dist');
		const logos = readdirSync(join(dist, '_noticeboard'));
		expect(logos).toHaveLength(1);
		expect(readFileSync(join(dist, '_noticeboard', logos[0]!), 'utf8')).toBe(LOGO);

		await serve(page, dist);
		for (const path of ['/', '/trust/website/', '/search/']) {
			await page.goto(`https://notices.example${path}`);
			await expect(page).toHaveTitle(/ – Harbour Notices$/);
			const home = page.getByRole('banner').getByRole('link', { name: 'Harbour Trust Harbour Notices' });
			await expect(home).toBeVisible();
			const logo = home.getByRole('img', { name: 'Harbour Trust' });
			await expect(logo).toHaveAttribute('src', `/_noticeboard/${logos[0]}`);
			expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				await expect(page.locator('.nb-header')).toHaveCSS('background-color', 'rgb(122, 31, 92)');
			}
		}
		// axe is injected as an inline script, which the pages' policy refuses (as in the a11y project).
		const context = await browser.newContext({ bypassCSP: true });
		const axePage = await context.newPage();
		await serve(axePage, dist);
		for (const path of ['/', '/trust/website/', '/search/']) {
			await axePage.goto(`https://notices.example${path}`);
			expect(await violations(axePage, path)).toEqual([]);
		}
		await context.close();
		// Nothing says "Noticeboard" where the site's name belongs.
		const home = readFileSync(join(dist, 'index.html'), 'utf8');
		expect(home).not.toMatch(/<title>[^<]*Noticeboard/);
		expect(home).not.toContain('<span>Noticeboard</span>');
	} finally {
		await project.remove();
	}
});

test('an accent colour that white text cannot be read on stops the build, giving the measured ratio and no stack trace', async () => {
	const project = await projectWith(`{ name: 'Harbour Notices', accent: '#ffcc00' }`);
	try {
		const build = project.run('node_modules/astro/bin/astro.mjs', 'build');
		const output = build.stdout + build.stderr;
		expect(build.status).not.toBe(0);
		expect(output).toContain('The settings of noticeboard() in astro.config.mjs have problems, so nothing was built');
		expect(output).toContain('astro.config.mjs  noticeboard.accent  White text on the accent colour #ffcc00 has a contrast ratio of 1.51:1 in light and dark mode; WCAG 2.2 AA asks at least 4.5:1.');
		expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
		expect(existsSync(join(project.root, 'dist', 'index.html'))).toBe(false);
		// npm run check reads the same settings, and says the same.
		const check = project.run('scripts/check.ts');
		expect(check.status).toBe(1);
		expect(check.stdout + check.stderr).toContain('noticeboard.accent  White text on the accent colour #ffcc00 has a contrast ratio of 1.51:1');
	} finally {
		await project.remove();
	}
});

test('a misspelt setting is named with the one it was likely meant to be, and a missing logo with where it was looked for', async () => {
	const project = await projectWith(`{ nmae: 'Harbour Notices' }`);
	try {
		const build = project.run('node_modules/astro/bin/astro.mjs', 'build');
		const output = build.stdout + build.stderr;
		expect(build.status).not.toBe(0);
		expect(output).toContain('astro.config.mjs  noticeboard.nmae  "nmae" is not a setting Noticeboard knows.  (Did you mean "name"?)');
		expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
		writeFileSync(join(project.root, 'astro.config.mjs'), astroConfigWith(`{ logo: { src: './src/brand/missing.svg', alt: 'Harbour Trust' } }`));
		const check = project.run('scripts/check.ts');
		expect(check.status).toBe(1);
		expect(check.stdout + check.stderr).toContain('astro.config.mjs  noticeboard.logo.src  There is no file at ./src/brand/missing.svg.');
	} finally {
		await project.remove();
	}
});
