// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { noticeboard } from './src/integration.ts';
import { accessibleGfm } from './src/lib/markdown/accessible-gfm.ts';
import { baseLinks } from './src/lib/markdown/base-links.ts';
import { headingAnchors } from './src/lib/markdown/heading-anchors.ts';

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
		processor: satteri({ hastPlugins: [accessibleGfm, headingAnchors(), baseLinks(base)] }),
	},
	integrations: [noticeboard()],
	vite: {
		build: {
			rolldownOptions: {
				onLog(level, log, handler) {
					// Astro 7 warns once per MDX file about its own directive (withastro/astro#18087): harmless,
					// and it buries real warnings in build and CI logs.
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
});
