// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { noticeboard } from './src/integration.ts';
import { noticeHastPlugins } from './src/lib/markdown/plugins.ts';

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
	markdown: {
		// Sätteri, Astro's default processor, has GFM built in: see docs/decisions/0002-markdown-processor.md.
		// Notices, .md and .mdx alike, are rendered with it: see docs/decisions/0007-render-notices-as-markdown.md.
		processor: satteri({ hastPlugins: noticeHastPlugins(base) }),
	},
	integrations: [noticeboard()],
});
