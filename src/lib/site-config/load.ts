import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where `noticeboard()` keeps the options it was given, for tools that read astro.config.mjs. */
export const OPTIONS = Symbol.for('noticeboard.options');

/**
 * The options given to `noticeboard()` in the project's astro.config.mjs, for tools that run
 * outside Astro, such as `npm run check`: the settings are written once, there. A project
 * without the file, or without the integration, has none.
 */
export async function readSiteOptions(root: string): Promise<unknown> {
	const file = join(root, 'astro.config.mjs');
	if (!existsSync(file)) return undefined;
	const config = ((await import(pathToFileURL(file).href)) as { default?: { integrations?: unknown[] } }).default;
	const integration = (config?.integrations ?? []).flat(Infinity).find((entry) => (entry as { name?: unknown } | undefined)?.name === 'noticeboard');
	return (integration as Record<symbol, unknown> | undefined)?.[OPTIONS];
}
