import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue } from './lib/catalogue.ts';
import { checkContent } from './lib/check/content.ts';
import { formatReport } from './lib/check/problem.ts';
import { readCheckOptions, readContentFiles } from './lib/check/read.ts';
import { buildDate } from './lib/dates.ts';
import { devContentCheck } from './lib/dev/index.ts';
import { publishImages, serveImages } from './lib/images.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { SEARCH_FILES, searchPaths } from './lib/search-pages.ts';
import { pageLanguages, translatedVersions } from './lib/languages.ts';
import { localisedPath, splitLanguage, strings } from './i18n/index.ts';
import { headersFile } from './lib/security-headers.ts';
import { pageDates } from './lib/sitemap.ts';
import { absoluteUrlOf, paths, withoutBase } from './lib/urls.ts';
import { OPTIONS } from './lib/site-config/load.ts';
import { loadComponents, resolveSite } from './lib/site-config/resolve.ts';
import { siteModules } from './lib/site-config/vite.ts';
import type { SiteConfigInput } from './schemas/site-config.ts';
import { writeVersionFiles, type VersionFilesInput } from './lib/open-data/version-files.ts';
import { readTestRecord } from './lib/accessibility/read.ts';
import { statementDate, statementWarnings } from './lib/accessibility/statement.ts';
import { readPublishedDates } from './lib/published/git.ts';
import { publishedWarning } from './lib/published/parse.ts';
import { publishedModule } from './lib/published/vite.ts';

/**
 * An error that is the whole of what the site owner or editor needs: Astro prints its message
 * and no stack trace, which would point at Noticeboard's code rather than at what to fix.
 */
function refusal(message: string): Error {
	const error = new Error(message);
	error.stack = '';
	return error;
}

/**
 * Noticeboard's build hooks, given the site's settings (its name, logo, accent colour and the
 * rest: src/schemas/site-config.ts). The settings are checked first, and a problem stops both
 * `astro build` and `astro dev`. Before Astro reads any content, every file is checked with the same
 * rules as `npm run check`, so a build never publishes content with an error in it: `astro build`
 * stops with every problem listed; `astro dev` lists them and carries on, so editors can preview.
 * It then adds a sitemap whose `lastmod` dates come from the checked content, and,
 * once the pages are written, copies the images notices show and the logo, builds the search
 * index and writes the security headers (`_headers`).
 */
export function noticeboard(options: SiteConfigInput = {}): AstroIntegration {
	// With NOTICEBOARD_TIMINGS=<file>, each phase's end is written there, for `npm run bench`.
	const timings = process.env['NOTICEBOARD_TIMINGS'];
	const marks: { phase: string; wall: number; cpu: number }[] = [];
	const mark = (phase: string) => {
		if (!timings) return;
		const { user, system } = process.cpuUsage();
		marks.push({ phase, wall: performance.now(), cpu: (user + system) / 1000 });
		writeFileSync(timings, JSON.stringify({ marks }));
	};
	// How many pages the search index must hold, known from the checked content before anything is built.
	let searchPages = 0;
	// Each version's notice.json and notice.md, written once the pages are (src/lib/open-data/).
	let versionFiles: VersionFilesInput | undefined;
	let root = '';
	let base = '/';
	// The logo's file and where the site publishes it, once the settings are checked.
	let logo: { file: string; path: string; type: string } | undefined;
	const integration: AstroIntegration = {
		name: 'noticeboard',
		hooks: {
			'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
				mark('start');
				base = config.base;
				root = fileURLToPath(config.root);
				const { site, problems: settingsProblems } = await resolveSite(options, root);
				if (!site) throw refusal(`The settings of noticeboard() in astro.config.mjs have problems, so nothing was built:\n\n${formatReport(settingsProblems)}\n`);
				logo = site.logoFile && site.settings.logo ? { file: site.logoFile, path: site.settings.logo.path, type: site.settings.logo.type } : undefined;
				const components = await loadComponents(site, root);
				const asOf = buildDate();
				// Git runs once, here: the check and the pages (through publishedModule) share its dates.
				const history = readPublishedDates(root);
				const noticePeriodDays = site.config.noticePeriod?.days;
				const historyWarning = publishedWarning(history, noticePeriodDays);
				if (historyWarning) logger.warn(historyWarning);
				mark('git');
				const published = history.dates;
				const result = checkContent(await readContentFiles(root), { ...(await readCheckOptions(root)), components, published, noticePeriodDays, today: asOf });
				if (result.problems.length > 0) {
					const report = formatReport(result.problems);
					if (command === 'build' && result.problems.some((p) => p.severity === 'error')) {
						throw refusal(`The content has problems, so nothing was built:\n\n${report}\n`);
					}
					logger.warn(`\n${report}`);
				}
				mark('check');
				// The last accessibility test run, for the statement (decision 0016): none is fine, a broken record is not.
				const tests = readTestRecord(root);
				if (tests.problem && command === 'build') throw refusal(`The accessibility test record cannot be read, so nothing was built:\n\n${formatReport([tests.problem])}\n`);
				const statementProblems = [...(tests.problem ? [tests.problem] : []), ...statementWarnings(site.config, tests.record)];
				if (statementProblems.length > 0) logger.warn(`\n${formatReport(statementProblems)}`);
				const catalogue = buildCatalogue(result, asOf);
				const dates = pageDates(catalogue);
				const statementDay = statementDate(site.config.accessibility, tests.record);
				if (statementDay) dates.set(paths.accessibility(), statementDay);
				const url = absoluteUrlOf(config.site ?? 'https://example.invalid', config.base);
				const translated = translatedVersions(result.translations);
				const languages = pageLanguages(catalogue, translated);
				// A sitemap URL's page: its path in the default language, whether it shows its own
				// language's content, and the languages it is translated into, for xhtml:link alternates.
				const locate = (address: string) => {
					const sitePath = withoutBase(config.base, new URL(address).pathname);
					if (sitePath === undefined) return undefined;
					const { language, path } = splitLanguage(sitePath);
					const page = languages.get(path);
					return { path, shown: !page || page.translated.includes(language), translated: page?.translated ?? [] };
				};
				versionFiles = { catalogue, components, glossary: result.glossary, root, base: config.base, asOf, url };
				searchPages = searchPaths(catalogue, translated).length;
				updateConfig({
					vite: { plugins: [siteModules(site.settings, site.componentFiles, tests.record), publishedModule(published)] },
					integrations: [
						sitemap({
							// A page that only says it is not translated yet is not one to find (it is noindex too).
							filter(page) {
								const located = locate(page);
								return !located || located.shown;
							},
							serialize(item) {
								const located = locate(item.url);
								if (!located) return item;
								const lastmod = dates.get(located.path);
								const links = located.translated.length > 1 ? located.translated.map((language) => ({ url: url(localisedPath(language, located.path)), lang: strings(language).meta.htmlLang })) : undefined;
								return { ...item, ...(lastmod ? { lastmod } : {}), ...(links ? { links } : {}) };
							},
						}),
					],
				});
			},
			'astro:server:setup': ({ server, logger }) => {
				server.middlewares.use(serveImages(root, server.config.base));
				server.middlewares.use((request, response, next) => {
					if (!logo || withoutBase(server.config.base, new URL(request.url ?? '/', 'http://localhost').pathname) !== logo.path) return next();
					response.setHeader('Content-Type', logo.type);
					response.end(readFileSync(logo.file));
				});
				// Each save under content/ is checked again: the terminal and the page show the problems (decision 0017).
				const check = devContentCheck({ root, base: server.config.base, watcher: server.watcher, logger, reload: () => server.ws.send({ type: 'full-reload' }) });
				server.middlewares.use(check.middleware);
				server.httpServer?.once('close', check.close);
			},
			'astro:build:start': () => mark('sync'),
			'astro:build:generated': () => mark('render'),
			'astro:build:done': async ({ dir, logger }) => {
				await publishImages(root, fileURLToPath(dir));
				if (logo) {
					const to = join(fileURLToPath(dir), logo.path);
					mkdirSync(join(to, '..'), { recursive: true });
					copyFileSync(logo.file, to);
				}
				const versions = versionFiles ? writeVersionFiles(fileURLToPath(dir), versionFiles) : 0;
				logger.info(`Open data: notice.json and notice.md for ${versions} versions`);
				mark('assets');
				const started = performance.now();
				const { pages } = await buildSearchIndex(fileURLToPath(dir), { glob: SEARCH_FILES, expected: searchPages });
				logger.info(`Search index: ${pages} pages, one for each version, in ${Math.round(performance.now() - started)} ms`);
				mark('pagefind');
				// Netlify and Cloudflare Pages read it from the published folder; other hosts ignore it.
				writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(base));
			},
		},
	};
	// Kept for tools that read astro.config.mjs outside Astro, such as `npm run check`.
	return Object.assign(integration, { [OPTIONS]: options });
}
