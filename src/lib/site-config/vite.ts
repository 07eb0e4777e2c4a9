import type { Plugin } from 'vite';
import type { AccessibilityTestRecord } from '../../schemas/accessibility-record.ts';
import { themeCss, type SiteSettings } from './settings.ts';

/** The module pages import the site's settings and own components from (src/lib/site-settings.ts). */
export const SITE_MODULE = 'virtual:noticeboard/site';
/** The stylesheet of the site's accent colour, imported by Base.astro after Noticeboard's own. */
export const THEME_MODULE = 'virtual:noticeboard/theme.css';

/**
 * A Vite plugin that hands the checked settings to the pages: as JSON, with an import for each
 * of the site's component modules, and the accent as a stylesheet that is bundled like any other.
 * The last accessibility test record, if any, goes with them, for the accessibility statement.
 */
export function siteModules(settings: SiteSettings, componentFiles: readonly string[], testRecord?: AccessibilityTestRecord): Plugin {
	const resolved = new Map([
		[SITE_MODULE, `\0${SITE_MODULE}`],
		// Resolved to a path ending .css, so Vite's CSS pipeline bundles it with the page's styles.
		[THEME_MODULE, '/@noticeboard/theme.css'],
	]);
	return {
		name: 'noticeboard:site',
		resolveId(id) {
			return resolved.get(id);
		},
		load(id) {
			if (id === resolved.get(SITE_MODULE)) {
				return [
					...componentFiles.map((file, i) => `import * as module${i} from ${JSON.stringify(file)};`),
					`export const settings = ${JSON.stringify(settings)};`,
					`export const testRecord = ${JSON.stringify(testRecord ?? null)};`,
					`export const componentModules = [${componentFiles.map((file, i) => `[${JSON.stringify(file)}, module${i}]`).join(', ')}];`,
				].join('\n');
			}
			if (id === resolved.get(THEME_MODULE)) return themeCss(settings.accent);
			return undefined;
		},
	};
}
