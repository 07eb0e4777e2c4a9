import type { AnyComponent } from './components/define.ts';

/** A licence, by name and address. */
export interface Licence {
	/** Its name, e.g. `Creative Commons Attribution 4.0 International`. */
	name: string;
	/** Where to read it, a full `https://` URL. */
	url: string;
}

/** What the people who run a site can set in `noticeboard.config.ts`. */
export interface NoticeboardConfig {
	/**
	 * Components of the site's own that notices may use, besides Noticeboard's. What they render
	 * is held to the same published allow-list as everything else on a notice page.
	 */
	components?: readonly AnyComponent[];
	/**
	 * The licence the site publishes its open data under (`/data/`): the notices' facts and text
	 * as JSON, CSV and Markdown. Without one, the open data page says no licence is given.
	 */
	dataLicence?: Licence;
}

/** Declares the site's settings, with their types checked. */
export function defineConfig(config: NoticeboardConfig): NoticeboardConfig {
	return config;
}
