import { markdownToMdast, mdxToMdast } from 'satteri';
import { buildDate, isIsoDate, type IsoDate } from '../dates.ts';
import { noticeSchema, type NoticeFrontmatter } from '../../schemas/notice.ts';
import { noticeTypeSchema, type NoticeType } from '../../schemas/notice-type.ts';
import { organisationSchema, type Organisation } from '../../schemas/organisation.ts';
import type { VersionRecord } from '../catalogue.ts';
import { paths } from '../urls.ts';
import type { ItemResult } from '../completeness.ts';
import { checkBody, checkLinks, indentedCode, type BodyNode, type BodyReport } from './body.ts';
import { textFieldProblems } from './text-fields.ts';
import { completenessReport } from './completeness-report.ts';
import { linkTargets } from './links.ts';
import { checkImages, IMAGES_FOLDER } from './images.ts';
import { placeholders } from './placeholders.ts';
import { repeatedFacts } from './repeated-facts.ts';
import { checkSafety } from './safety.ts';
import type { z } from 'astro/zod';
import { closest, type Problem } from './problem.ts';
import { textOf, type ContentFile, type TextFile } from './inputs.ts';
import { checkVersionRules, updatedProblem } from './version-rules.ts';
import { noticePeriodProblems } from './notice-period.ts';
import { validateYaml } from './yaml.ts';
import { glossarySchema, type GlossaryEntry } from '../../schemas/glossary.ts';
import { GLOSSARY_FILE, glossaryBySlug, glossaryFile } from '../glossary.ts';
import { TRANSLATION_LANGUAGES, type LanguageCode } from '../../i18n/index.ts';
import { checkTranslationFile, checkTranslations, TRANSLATION_NAME, translationCoverage, type Translation, type TranslationCoverage } from './translations.ts';
import { slug as slugify } from 'github-slugger';
import { builtInComponents, type ComponentRegistry } from '../components/registry.ts';
import { componentOptionsFor } from '../markdown/render.ts';
import { PAGE_IDS } from '../safety/ids.ts';

export type { ContentFile } from './inputs.ts';

/** Slugs that would clash with the site's own top-level pages. */
export const RESERVED_SLUGS = ['types', 'search', '404', '_astro', 'pagefind', 'images', 'glossary', 'data'];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)^---[ \t]*$/m;

/** What the check found: every problem, and the content that passed, ready for the catalogue. */
export interface CheckResult {
	problems: Problem[];
	organisations: { slug: string; data: Organisation }[];
	types: { slug: string; data: NoticeType }[];
	/** Valid versions, with their file and frontmatter. */
	versions: Version[];
	/** For each notice, how its newest version covers UK GDPR Articles 13 and 14 (checklist items 1–15). */
	completeness: NoticeCompleteness[];
	/** The site's glossary, by slug: empty when there is no content/glossary.yaml. */
	glossary: Map<string, GlossaryEntry>;
	/** Valid translations of valid versions, each with its language (decision 0015). */
	translations: Translation[];
	/** Each translation language's glossary (content/glossary.<language>.yaml), by slug. */
	glossaries: Map<LanguageCode, Map<string, GlossaryEntry>>;
	/** How much of the site each language has translated. */
	coverage: TranslationCoverage[];
}

/** The completeness report for one notice. */
export interface NoticeCompleteness {
	org: string;
	type: string;
	/** The version checked: the newest, which is the one editors are working on. */
	effective: string;
	file: string;
	items: ItemResult[];
}

/** How the check runs. */
export interface CheckOptions {
	/** Report missing checklist items as errors rather than warnings. */
	strict?: boolean;
	/** The components notices may use: the site's, unless a test gives others. */
	components?: ComponentRegistry;
	/**
	 * Each committed version file's published date, the day it was first committed, by path from the
	 * project's root (src/lib/published/). Undefined when git cannot tell: then versions have no
	 * published date and the notice period is not checked.
	 */
	published?: ReadonlyMap<string, IsoDate> | undefined;
	/** The site's notice period for major changes (`noticePeriod.days`); not checked unless set. */
	noticePeriodDays?: number | undefined;
	/** The build's date, which decides which versions are current: NOTICEBOARD_TODAY, or today in the UK. */
	today?: IsoDate;
}

/** A version that passed the check: where it is, and its frontmatter. */
export type Version = VersionRecord<{ file: string; data: NoticeFrontmatter }>;

/**
 * Checks every content file the way the build will read it, and reports every problem at once:
 * YAML and frontmatter against the schemas, folder and file names, references between files,
 * version rules and MDX syntax. Pure: give it files, get problems.
 */
export function checkContent(entries: readonly ContentFile[], options: CheckOptions = {}): CheckResult {
	const problems: Problem[] = [];
	// Links, special files, files too large and text that is not UTF-8 are reported and go no further.
	// Images are bytes, checked by checkImages.
	const isImage = (entry: ContentFile) => entry.path.startsWith(`${IMAGES_FOLDER}/`);
	const files = entries.flatMap((entry) => (isImage(entry) ? [] : (textOf(entry, problems) ?? [])));
	for (const file of files) {
		if (!/^content\/(organisations|notice-types|notices|images)\//.test(file.path) && file.path !== GLOSSARY_FILE && !TRANSLATION_LANGUAGES.some((l) => file.path === glossaryFile(l))) {
			problems.push({
				file: file.path,
				message: 'Noticeboard does not read this file, so nothing in it would be published.',
				fix: `Move it into content/organisations/, content/notice-types/, content/notices/ or content/images/, or out of content/. The glossary is ${GLOSSARY_FILE}.`,
				severity: 'error',
			});
		}
	}
	const inFolder = (folder: string) => files.filter((f) => f.path.startsWith(`content/${folder}/`));

	const organisations = checkYamlFolder(inFolder('organisations'), 'organisations', organisationSchema, problems);
	const types = checkYamlFolder(inFolder('notice-types'), 'notice-types', noticeTypeSchema, problems);
	for (const [slug, { file }] of organisations) {
		if (RESERVED_SLUGS.includes(slug)) {
			problems.push({
				file,
				message: `"${slug}" cannot be an organisation's slug: the site uses /${slug}/ for its own pages.`,
				fix: 'Rename the file, for example by adding the organisation\'s town or kind.',
				severity: 'error',
			});
		}
	}

	const glossary = checkGlossary(files.find((f) => f.path === GLOSSARY_FILE), problems);
	// Each language's glossary, beside the English one: content/glossary.cy.yaml.
	const glossaries = new Map<LanguageCode, Map<string, GlossaryEntry>>(TRANSLATION_LANGUAGES.map((language) => [language, checkGlossary(files.find((f) => f.path === glossaryFile(language)), problems)]));
	const components = options.components ?? builtInComponents;
	const images = checkImages(entries.filter(isImage), new Set(organisations.keys()), problems);
	const versions: Version[] = [];
	// Each body is checked as it is read, and only what the link check needs is kept.
	const bodies = new Map<Version, BodyReport>();
	const translations: Translation[] = [];
	for (const file of inFolder('notices')) {
		const [org = '', type = '', name = '', ...rest] = file.path.slice('content/notices/'.length).split('/');
		if (rest.length === 0 && TRANSLATION_NAME.test(name) && organisations.has(org) && types.has(type)) {
			const translation = checkTranslationFile(file, { org, type, name }, problems, { components, glossaries, organisation: organisations.get(org)?.data });
			if (translation) translations.push(translation);
			continue;
		}
		const checked = checkNoticeFile(file, organisations, types, problems, { components, glossary, published: options.published });
		if (checked?.version) versions.push(checked.version);
		if (checked?.version && checked.tree) {
			const { org, type, effective } = checked.version;
			const own = file.path.endsWith('.mdx') ? components : undefined;
			bodies.set(checked.version, checkBody(file.path, checked.tree, paths.version(org, type, effective), own));
			problems.push(...repeatedFacts(file.path, checked.tree, checked.version.value.data.facts));
		}
	}
	checkVersionRules(versions, problems);
	if (options.published && options.noticePeriodDays !== undefined) {
		problems.push(...noticePeriodProblems(versions, options.published, options.noticePeriodDays, options.today ?? buildDate()));
	}
	checkTranslations(translations, versions, problems);
	for (const { file, data } of [...organisations.values(), ...types.values(), ...versions.map((v) => v.value), ...translations]) {
		problems.push(...textFieldProblems(file, data));
	}
	const sections = new Map([...bodies].map(([version, body]) => [version, body.anchors]));
	const targets = linkTargets([...organisations.keys()], [...types.keys()], versions, sections, images);
	for (const [version, body] of bodies) {
		const found = [...body.problems, ...checkLinks(version.value.file, body.links, targets)];
		problems.push(...found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
	}
	for (const file of files) problems.push(...placeholders(file));
	const report = completenessReport(versions, organisations);
	for (const notice of report) {
		for (const item of notice.items.filter((i) => i.status === 'missing')) {
			problems.push({
				file: notice.file,
				field: 'facts',
				message: `UK GDPR checklist item ${item.item} is missing: ${item.title} (${item.article}).`,
				fix: item.note ?? 'Add it to the facts.',
				severity: options.strict ? 'error' : 'warning',
			});
		}
	}
	return {
		problems,
		completeness: report,
		glossary,
		organisations: [...organisations].flatMap(([slug, { data }]) => (data ? [{ slug, data }] : [])),
		types: [...types].flatMap(([slug, { data }]) => (data ? [{ slug, data }] : [])),
		versions,
		translations,
		glossaries,
		coverage: translationCoverage(translations, versions),
	};
}

/** The glossary, if the site has one: its terms valid, and each slug used once. */
function checkGlossary(file: TextFile | undefined, problems: Problem[]): Map<string, GlossaryEntry> {
	if (!file) return new Map();
	const { data, problems: found, at } = validateYaml(file.source, glossarySchema, file.path);
	problems.push(...found);
	const glossary = glossaryBySlug(data ?? []);
	const seen = new Set<string>();
	(data ?? []).forEach((entry, i) => {
		const slug = entry.slug ?? slugify(entry.term);
		if (seen.has(slug)) {
			problems.push({ file: file.path, ...at([String(i), "term"]), field: `${i}.term`, message: `Two terms have the anchor "#${slug}" on the glossary page.`, fix: 'Give one of them its own slug: slug: another-name.', severity: 'error' });
		}
		// The page's own ids: the skip link's target, and Noticeboard's, which all start "nb-".
		if ((PAGE_IDS as readonly string[]).includes(slug) || slug.startsWith('nb-')) {
			const field = entry.slug === undefined ? 'term' : 'slug';
			problems.push({ file: file.path, ...at([String(i), field]), field: `${i}.${field}`, message: `The anchor "#${slug}" is one the glossary page uses for itself.`, fix: 'Give the term another slug: slug: another-name.', severity: 'error' });
		}
		seen.add(slug);
	});
	return glossary;
}

function checkYamlFolder<T>(
	files: readonly TextFile[],
	folder: string,
	schema: z.ZodType<T>,
	problems: Problem[],
): Map<string, { file: string; data: T | undefined }> {
	const slugs = new Map<string, { file: string; data: T | undefined }>();
	for (const file of files) {
		const name = file.path.slice(`content/${folder}/`.length);
		const match = /^([^/]+)\.ya?ml$/.exec(name);
		if (!match) {
			problems.push({
				file: file.path,
				message: `Only YAML files belong in content/${folder}/, one per ${folder === 'organisations' ? 'organisation' : 'notice type'}.`,
				fix: 'Move this file elsewhere, or rename it to <slug>.yaml.',
				severity: 'error',
			});
			continue;
		}
		const slug = match[1]!;
		if (!SLUG.test(slug)) problems.push(badSlug(file.path, slug));
		const { data, problems: fieldProblems } = validateYaml(file.source, schema, file.path);
		problems.push(...fieldProblems);
		slugs.set(slug, { file: file.path, data });
	}
	return slugs;
}

function badSlug(file: string, slug: string): Problem {
	return {
		file,
		message: `"${slug}" is not a valid slug: it becomes part of the URL.`,
		fix: 'Use lowercase letters, digits and single hyphens only, such as "north-ashcombe-council".',
		severity: 'error',
	};
}

function checkNoticeFile(
	file: TextFile,
	organisations: ReadonlyMap<string, { data: Organisation | undefined }>,
	types: ReadonlyMap<string, unknown>,
	problems: Problem[],
	site: { components: ComponentRegistry; glossary: Map<string, GlossaryEntry>; published: ReadonlyMap<string, IsoDate> | undefined },
): { version: Version | undefined; tree: BodyNode | undefined } | undefined {
	const parts = file.path.slice('content/notices/'.length).split('/');
	const report = (message: string, fix: string, extra: Partial<Problem> = {}) =>
		problems.push({ file: file.path, message, fix, severity: 'error', ...extra });
	if (parts.length !== 3) {
		report(
			'Notice files must sit at content/notices/<organisation>/<notice type>/<YYYY-MM-DD>.mdx.',
			'Move the file into its organisation and notice type folders.',
		);
		return undefined;
	}
	const [org, type, name] = parts as [string, string, string];
	const match = /^(.*)\.(mdx|md)$/.exec(name);
	if (!match) {
		report('Only .mdx files can be notice versions.', `Rename it to <YYYY-MM-DD>.mdx, or move it out of content/notices/.`);
		return undefined;
	}
	const effective = match[1]!;
	let ok = true;
	if (!isIsoDate(effective)) {
		ok = false;
		report(
			`"${effective}" is not a valid effective date: the file name must be a real date written YYYY-MM-DD.`,
			'Rename the file to the date this version takes effect, such as 2025-04-01.mdx.',
		);
	}
	if (!organisations.has(org)) {
		ok = false;
		const suggestion = closest(org, [...organisations.keys()]);
		report(
			`The folder "${org}" is not an organisation: there is no content/organisations/${org}.yaml.`,
			suggestion
				? `Did you mean "${suggestion}"? Rename the folder, or add content/organisations/${org}.yaml.`
				: `Add content/organisations/${org}.yaml, or move this notice into an existing organisation's folder.`,
		);
	}
	if (!types.has(type)) {
		ok = false;
		const suggestion = closest(type, [...types.keys()]);
		report(
			`The folder "${type}" is not a notice type: there is no content/notice-types/${type}.yaml.`,
			suggestion
				? `Did you mean "${suggestion}"? Rename the folder, or add content/notice-types/${type}.yaml.`
				: `Use one of: ${[...types.keys()].join(', ')}; or add content/notice-types/${type}.yaml.`,
		);
	}

	const frontmatter = FRONTMATTER.exec(file.source);
	if (!frontmatter || frontmatter.index !== 0) {
		report('The file has no frontmatter.', 'Start the file with a block between two "---" lines holding at least title and summary.', { line: 1 });
		return undefined;
	}
	const { data, problems: fieldProblems, at } = validateYaml(frontmatter[1]!, noticeSchema, file.path, 1);
	problems.push(...fieldProblems);
	if (ok && data?.updated !== undefined && data.updated < effective) {
		problems.push(updatedProblem(file.path, effective, data.updated, at(['updated'])));
	}
	let tree: BodyNode | undefined;
	try {
		tree = (match[2] === 'mdx' ? mdxToMdast(file.source) : markdownToMdast(file.source)) as BodyNode;
		if (match[2] === 'mdx') problems.push(...indentedCode(file.path, file.source));
	} catch (error) {
		problems.push(mdxProblem(file.path, error));
	}
	// What the build would publish, whether or not the MDX parses: the build reads it as Markdown,
	// with the components of an .mdx body rendered from this version's facts.
	const organisation = organisations.get(org)?.data;
	const components = organisation
		? componentOptionsFor(file.path, site.components, { facts: data?.facts, organisation, glossary: site.glossary, base: '/' }, tree)
		: undefined;
	problems.push(...checkSafety(file.path, file.source, components));
	if (!ok || !data) return { version: undefined, tree: undefined };
	return { version: { org, type, effective, updated: data.updated, published: site.published?.get(file.path), value: { file: file.path, data } }, tree };
}

/** Turns an MDX compiler error ("3:6: Expected a closing tag …") into a problem with its position. */
function mdxProblem(file: string, error: unknown): Problem {
	const text = error instanceof Error ? error.message : String(error);
	const position = /^(\d+):(\d+):\s*/.exec(text);
	const message = text
		.replace(/^(\d+):(\d+):\s*/, '')
		.replace(/\s*\(mdx[^)]*\)\s*$/, '')
		.replace(/ \(\d+:\d+\)/g, '');
	return {
		file,
		...(position ? { line: Number(position[1]), column: Number(position[2]) } : {}),
		message: `This is not valid MDX: ${message}`,
		fix: 'In MDX, "<" and "{" start code: write "&lt;" and "\\{" for the characters, close every tag, and write links as [text](url).',
		severity: 'error',
	};
}
