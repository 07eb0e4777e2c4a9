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
	build: { format: 'directory' },
	// Reading pages ship no JavaScript, so there is nothing to prefetch.
	prefetch: false,
	devToolbar: { enabled: false },
	integrations: [noticeboard()],
});
