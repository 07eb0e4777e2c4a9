import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contrastRatio, formatRatio, relativeLuminance } from '../../src/lib/site-config/colour.ts';
import { checkLogo } from '../../src/lib/site-config/logo.ts';
import { accentProblems, parseSiteConfig } from '../../src/lib/site-config/parse.ts';
import { resolveSite } from '../../src/lib/site-config/resolve.ts';
import { hasTextIn, siteSettings, textIn, themeCss } from '../../src/lib/site-config/settings.ts';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true }))));

async function project(files: Record<string, string | Uint8Array>): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'noticeboard-settings-'));
	roots.push(root);
	for (const [path, content] of Object.entries(files)) {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), content);
	}
	return root;
}

const messages = (options: unknown) => parseSiteConfig(options).problems.map((p) => `${p.field}  ${p.message}  (${p.fix})`);

describe('contrast', () => {
	test('white on black is 21:1 and a colour on itself is 1:1, as WCAG 2.2 defines them', () => {
		expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
		expect(contrastRatio('#1257a0', '#1257a0')).toBe(1);
		expect(relativeLuminance('#fff')).toBe(1);
	});

	test('matches published ratios: GOV.UK blue #1d70b8 on white is 5.17:1, and #767676 just passes at 4.54:1', () => {
		expect(contrastRatio('#1d70b8', '#fff')).toBeCloseTo(5.17, 1);
		expect(formatRatio(contrastRatio('#767676', '#ffffff'))).toBe('4.54:1');
	});

	test('a ratio just short of 4.5:1 never reads as passing', () => {
		expect(formatRatio(4.4999)).toBe('4.49:1');
	});
});

describe('the settings', () => {
	test('with none given, the site is called Noticeboard, in English, with no logo and its own colours', () => {
		const { config } = parseSiteConfig(undefined);
		expect(config).toMatchObject({ name: 'Noticeboard', defaultLanguage: 'en', components: [], footer: { links: [] } });
		expect(config?.logo).toBeUndefined();
		expect(config?.accent).toBeUndefined();
	});

	test('a misspelt setting is refused, suggesting the one it was likely meant to be', () => {
		expect(messages({ nmae: 'Harbour' })).toEqual(['noticeboard.nmae  "nmae" is not a setting Noticeboard knows.  (Did you mean "name"?)']);
		expect(messages({ owner: { name: 'Harbour Trust', emial: 'web@harbour.example' } })[0]).toContain('noticeboard.owner.emial  "emial" is not a setting Noticeboard knows.  (Did you mean "email"?)');
	});

	test('each wrong value is named by its setting, with what to write instead', () => {
		expect(messages({ accent: 'purple' })).toEqual(['noticeboard.accent  Write the colour as CSS hex, such as "#1257a0".  (Correct it as the message says.)']);
		expect(messages({ logo: { src: './logo.gif', alt: 'Crest' } })[0]).toContain('noticeboard.logo.src  Use an SVG or PNG file');
		expect(messages({ logo: { src: './logo.svg' } })[0]).toContain('noticeboard.logo.alt');
		expect(messages({ editBaseUrl: 'http://git.example/edit/' })[0]).toContain('noticeboard.editBaseUrl  Give a full address starting "https://".');
		expect(messages({ owner: { name: 'Harbour Trust' } })[0]).toContain('Give at least one way to contact the organisation that runs the site');
		expect(messages({ defaultLanguage: 'fr' })[0]).toContain('noticeboard.defaultLanguage');
		expect(messages({ noticePeriod: { days: 0 } })[0]).toContain('noticeboard.noticePeriod.days');
	});

	test('text in several languages must include the default language', () => {
		expect(messages({ name: { cy: 'Hysbysiadau Harbwr' } })[0]).toContain('Give the text in the default language too ("en")');
		expect(parseSiteConfig({ name: { en: 'Harbour Notices', cy: 'Hysbysiadau Harbwr' } }).problems).toEqual([]);
	});

	test('text falls back to the default language, and says when it has', () => {
		const name = { en: 'Harbour Notices', cy: 'Hysbysiadau Harbwr' };
		expect(textIn(name, 'cy')).toBe('Hysbysiadau Harbwr');
		expect(textIn({ en: 'Harbour Notices' }, 'cy')).toBe('Harbour Notices');
		expect(hasTextIn({ en: 'Harbour Notices' }, 'cy')).toBe(false);
		expect(hasTextIn('Harbour Notices', 'en')).toBe(true);
	});

	test('EDIT_BASE_URL overrides the edit links set in the settings', () => {
		const { config } = parseSiteConfig({ editBaseUrl: 'https://git.example/a/edit/main/' });
		expect(siteSettings(config!, undefined, {}).editBaseUrl).toBe('https://git.example/a/edit/main/');
		expect(siteSettings(config!, undefined, { EDIT_BASE_URL: 'https://git.example/b/edit/main/' }).editBaseUrl).toBe('https://git.example/b/edit/main/');
	});
});

describe('the accent colour', () => {
	test('passes when white text on it meets 4.5:1', () => {
		expect(accentProblems('#7a1f5c')).toEqual([]);
		expect(accentProblems({ light: '#133a5e', dark: '#0b2338' })).toEqual([]);
	});

	test('fails with the measured ratio, once for a colour used in both schemes', () => {
		expect(accentProblems('#ffcc00').map((p) => `${p.field}  ${p.message}`)).toEqual([
			'noticeboard.accent  White text on the accent colour #ffcc00 has a contrast ratio of 1.51:1 in light and dark mode; WCAG 2.2 AA asks at least 4.5:1.',
		]);
	});

	test('fails for the scheme whose colour is too light, naming it', () => {
		expect(accentProblems({ light: '#133a5e', dark: '#8cc4ff' }).map((p) => `${p.field}  ${p.message}`)).toEqual([
			'noticeboard.accent.dark  White text on the accent colour #8cc4ff has a contrast ratio of 1.83:1 in dark mode; WCAG 2.2 AA asks at least 4.5:1.',
		]);
	});

	test('#777777, at 4.47:1, is refused: rounding never lets a colour just short through', () => {
		expect(accentProblems('#777')[0]?.message).toContain('#777777 has a contrast ratio of 4.47:1');
	});

	test('becomes a stylesheet of the header and light buttons, leaving dark mode’s buttons their own', () => {
		const css = themeCss({ light: '#7a1f5c', dark: '#4d1039' });
		expect(css).toContain(':root { --nb-color-brand: #7a1f5c; }');
		expect(css).toContain('@media not (prefers-color-scheme: dark) { :root { --nb-color-button: #7a1f5c; } }');
		expect(css).toContain('@media (prefers-color-scheme: dark) { :root { --nb-color-brand: #4d1039; } }');
		expect(themeCss(undefined)).not.toContain('--nb-color');
	});
});

const svg = (inner: string, attributes = 'viewBox="0 0 40 20"') => new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" ${attributes}>${inner}</svg>`);
const logoProblems = (bytes: Uint8Array, src = './logo.svg') => checkLogo(src, bytes).problems.map((p) => p.message);

describe('the logo', () => {
	test('an SVG of shapes and text is published under a name made from its bytes, with its size', () => {
		const { logo } = checkLogo('./logo.svg', svg('<title>Harbour</title><rect width="40" height="20" fill="#fff"/><text x="2" y="14">H</text>'));
		expect(logo).toMatchObject({ width: 40, height: 20, type: 'image/svg+xml' });
		expect(logo?.path).toMatch(/^\/_noticeboard\/logo-[0-9a-f]{10}\.svg$/);
		expect(checkLogo('./logo.svg', svg('<rect width="1" height="1"/>')).logo?.path).not.toBe(logo?.path);
	});

	test('an SVG that could run script, embed a page or load another file is refused, naming what it found', () => {
		expect(logoProblems(svg('<script>alert(1)</script>'))[0]).toContain('the element <script>');
		expect(logoProblems(svg('<rect onclick="alert(1)" width="1" height="1"/>'))[0]).toContain('the event handler onclick on <rect>');
		expect(logoProblems(svg('<foreignObject><p>Hi</p></foreignObject>'))[0]).toContain('the element <foreignObject>');
		expect(logoProblems(svg('<image href="https://tracker.example/pixel.png"/>'))[0]).toContain('the element <image>');
		expect(logoProblems(svg('<use href="https://elsewhere.example/sprite.svg#a"/>'))[0]).toContain('a link to "https://elsewhere.example/sprite.svg#a" on <use>');
		expect(logoProblems(svg('<rect style="fill: url(https://elsewhere.example/a.svg#g)" width="1" height="1"/>'))[0]).toContain('a url(…) to another file');
		expect(logoProblems(svg('<style>@import url(https://elsewhere.example/a.css);</style>'))[0]).toContain('a stylesheet that loads another file');
		expect(logoProblems(new TextEncoder().encode('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg"/>'))[0]).toContain('DOCTYPE');
	});

	test('links within the drawing, gradients and a colouring stylesheet are allowed', () => {
		expect(logoProblems(svg('<defs><style>.a{fill:#fff}</style><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect class="a" fill="url(#g)" width="1" height="1"/><use href="#g"/>'))).toEqual([]);
	});

	test('a file that is not what its name says, too large or of no size is refused', () => {
		expect(logoProblems(new TextEncoder().encode('GIF89a'), './logo.png')[0]).toContain('is named .png but is not a PNG file');
		expect(logoProblems(svg('<rect/>'.repeat(40_000)))[0]).toMatch(/KB; a logo can be at most 200 KB/);
		expect(logoProblems(svg('<rect width="1" height="1"/>', ''))[0]).toContain('does not say how big it is');
		expect(logoProblems(new TextEncoder().encode('<html><body>Hello</body></html>'))[0]).toContain('has no <svg> element');
	});
});

describe('resolving the settings’ files', () => {
	test('finds the logo and the site’s component modules from the project’s root', async () => {
		const root = await project({ 'src/brand/logo.svg': svg('<rect width="40" height="20"/>'), 'src/site/helpline.ts': 'export {};' });
		const { site, problems } = await resolveSite({ logo: { src: './src/brand/logo.svg', alt: 'Harbour Trust' }, components: ['./src/site/helpline.ts'] }, root, {});
		expect(problems).toEqual([]);
		expect(site?.settings.logo).toMatchObject({ alt: 'Harbour Trust', width: 40, height: 20 });
		expect(site?.componentFiles).toEqual([join(root, 'src/site/helpline.ts')]);
	});

	test('a logo or module that is missing, or outside the project, is named with where it was looked for', async () => {
		const root = await project({});
		const { problems } = await resolveSite({ logo: { src: '../elsewhere/logo.svg', alt: 'Crest' }, components: ['./src/site/none.ts'] }, root, {});
		expect(problems.map((p) => `${p.field}  ${p.message}`)).toEqual([
			'noticeboard.logo.src  The logo ../elsewhere/logo.svg is outside the project.',
			'noticeboard.components.0  There is no module at ./src/site/none.ts.',
		]);
	});
});
