import type { AnyComponent } from './components/define.ts';

/** What the people who run a site can set in `noticeboard.config.ts`. */
export interface NoticeboardConfig {
	/**
	 * Components of the site's own that notices may use, besides Noticeboard's. What they render
	 * is held to the same published allow-list as everything else on a notice page.
	 */
	components?: readonly AnyComponent[];
}

/** Declares the site's settings, with their types checked. */
export function defineConfig(config: NoticeboardConfig): NoticeboardConfig {
	return config;
}
