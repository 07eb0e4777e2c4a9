// The modules the noticeboard integration makes for the pages (src/lib/site-config/vite.ts).
declare module 'virtual:noticeboard/site' {
	/** The site's checked settings, from `noticeboard()` in astro.config.mjs. */
	export const settings: import('./lib/site-config/settings.ts').SiteSettings;
	/** The last complete accessibility test run's record (accessibility-tests.json), or null when there is none. */
	export const testRecord: import('./schemas/accessibility-record.ts').AccessibilityTestRecord | null;
	/** The site's own component modules, by path, as imported. */
	export const componentModules: [string, Record<string, unknown>][];
}

declare module 'virtual:noticeboard/theme.css';

declare module 'virtual:noticeboard/published' {
	/** Each committed version file's published date, `YYYY-MM-DD`, by path from the project's root (src/lib/published/). */
	export const published: Readonly<Record<string, string>>;
}
