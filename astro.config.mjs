// @ts-check
import { defineConfig } from 'astro/config';
import { noticeboard } from './src/integration.ts';

// Serve the site from a sub-folder, such as /policies/, by setting BASE_PATH.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	// The public address of the site, for the sitemap and feeds.
	site: process.env.SITE_URL || 'https://noticeboard.example',
	base,
	trailingSlash: 'always',
	// Stylesheets are always linked, never inlined, so the Content Security Policy needs no hashes
	// (src/lib/security-headers.ts, decision 0010).
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Reading pages ship no JavaScript, so there is nothing to prefetch.
	prefetch: false,
	devToolbar: { enabled: false },
	integrations: [
		// The site's own settings, for the people who run it: editors never need to change them.
		// Every setting is in the README's "Site settings" and in src/schemas/site-config.ts.
		noticeboard({
			name: 'Noticeboard',
			description: { en: 'Privacy notices from the organisations of Ashcombe, with every version and what changed.', cy: "Hysbysiadau preifatrwydd sefydliadau Ashcombe, gyda phob fersiwn a'r hyn a newidiodd." },
			logo: { src: './src/assets/logo.svg', alt: { en: 'Noticeboard logo', cy: 'Logo Noticeboard' } },
			owner: { name: 'The Noticeboard project', email: 'accessibility@noticeboard.example' },
			footer: { links: [{ text: { en: 'Source code', cy: 'Cod ffynhonnell' }, href: 'https://git.example/noticeboard' }] },
			accent: { light: '#133a5e', dark: '#0b2338' },
			// Components of the site's own that notices may use, besides Noticeboard's, e.g.
			// `components: ['./src/site/helpline.ts']`, a module exporting what `defineComponent`
			// (src/lib/components/define.ts) returns.
			components: [],
			// The licence of the open data at /data/: each notice's facts and text, as JSON, CSV and Markdown.
			dataLicence: {
				name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
				url: 'https://creativecommons.org/licenses/by/4.0/',
			},
		}),
	],
	// Nor are scripts inlined (Astro inlines one below this size): the compare form's script is a
	// file of its own, allowed by script-src 'self', so the policy is the same on every page.
	vite: { build: { assetsInlineLimit: 0 } },
});
