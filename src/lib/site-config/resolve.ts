import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SiteConfig } from '../../schemas/site-config.ts';
import type { Problem } from '../check/problem.ts';
import { componentRegistry, exportedComponents, type ComponentRegistry } from '../components/registry.ts';
import { checkLogo, type PublishedLogo } from './logo.ts';
import { CONFIG_FILE, parseSiteConfig } from './parse.ts';
import { siteSettings, type SiteSettings } from './settings.ts';

/** The site's settings with their files found and checked, or the problems with them. */
export interface ResolvedSite {
	config: SiteConfig;
	settings: SiteSettings;
	/** The logo file's absolute path, to publish. */
	logoFile: string | undefined;
	/** The site's own component modules, as absolute paths. */
	componentFiles: string[];
}

const problem = (field: string, message: string, fix: string): Problem => ({ file: CONFIG_FILE, field: `noticeboard.${field}`, message, fix, severity: 'error' });

/** A path the settings give, from the project's root, if it stays inside the project. */
function inside(root: string, path: string): string | undefined {
	const absolute = resolve(root, path);
	const from = relative(root, absolute);
	return from.startsWith('..') || isAbsolute(from) ? undefined : absolute;
}

/**
 * Checks the options of `noticeboard()` and the files they name, from the project at `root`:
 * the logo is read and checked, and each component module must be there.
 */
export async function resolveSite(options: unknown, root: string, env: Record<string, string | undefined> = process.env): Promise<{ site: ResolvedSite; problems: [] } | { site: undefined; problems: Problem[] }> {
	const parsed = parseSiteConfig({ ...(options as object | undefined), ...(env['EDIT_BASE_URL'] ? { editBaseUrl: env['EDIT_BASE_URL'] } : {}) });
	if (!parsed.config) return { site: undefined, problems: parsed.problems };
	const config = parsed.config;
	const problems: Problem[] = [];
	let logo: PublishedLogo | undefined;
	let logoFile: string | undefined;
	if (config.logo) {
		logoFile = inside(root, config.logo.src);
		const bytes = logoFile ? await readFile(logoFile).catch(() => undefined) : undefined;
		if (!logoFile) problems.push(problem('logo.src', `The logo ${config.logo.src} is outside the project.`, 'Put the file in the project, such as in src/assets/, and give its path from the project\'s root.'));
		else if (!bytes) problems.push(problem('logo.src', `There is no file at ${config.logo.src}.`, 'Give the logo\'s path from the project\'s root, such as "./src/assets/logo.svg".'));
		else {
			const checked = checkLogo(config.logo.src, bytes);
			problems.push(...checked.problems);
			logo = checked.logo;
		}
	}
	const componentFiles: string[] = [];
	for (const [i, path] of config.components.entries()) {
		const file = inside(root, path);
		const found = file ? await stat(file).then((s) => s.isFile(), () => false) : false;
		if (!file || !found) problems.push(problem(`components.${i}`, `There is no module at ${path}${file ? '' : ' inside the project'}.`, 'Give the module\'s path from the project\'s root, such as "./src/site/helpline.ts".'));
		else componentFiles.push(file);
	}
	if (problems.length > 0) return { site: undefined, problems };
	return { site: { config, settings: siteSettings(config, logo, env), logoFile, componentFiles }, problems: [] };
}

/** The components the site's notices may use, its own loaded from their modules: for tools outside Astro, such as `npm run check`. */
export async function loadComponents(site: ResolvedSite, root: string): Promise<ComponentRegistry> {
	const own = await Promise.all(
		site.componentFiles.map(async (file) => exportedComponents(relative(root, file), (await import(pathToFileURL(file).href)) as Record<string, unknown>)),
	);
	return componentRegistry(own.flat());
}
