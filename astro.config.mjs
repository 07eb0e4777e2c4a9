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
	integrations: [noticeboard()],
	// Nor are scripts inlined (Astro inlines one below this size): the compare form's script is a
	// file of its own, allowed by script-src 'self', so the policy is the same on every page.
	vite: { build: { assetsInlineLimit: 0 } },
});
