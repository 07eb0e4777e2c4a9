import { markdownToMdast, mdxToMdast } from 'satteri';
import { isLanguageCode, TRANSLATION_LANGUAGES, type LanguageCode } from '../../i18n/index.ts';
import type { Facts } from '../../schemas/facts.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import { translationSchema, type TranslationFrontmatter } from '../../schemas/translation.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { ComponentRegistry } from '../components/registry.ts';
import { isIsoDate, type IsoDate } from '../dates.ts';
import { componentOptionsFor } from '../markdown/render.ts';
import { checkBody, indentedCode, type BodyNode } from './body.ts';
import type { TextFile } from './inputs.ts';
import type { Problem } from './problem.ts';
import { checkSafety } from './safety.ts';
import { validateYaml } from './yaml.ts';
import { paths } from '../urls.ts';
import type { Version } from './content.ts';

/** A translation that passed the check on its own: where it is, its language, and its frontmatter. */
export interface Translation {
	org: string;
	type: string;
	effective: IsoDate;
	language: LanguageCode;
	file: string;
	data: TranslationFrontmatter;
}

/** A translation file's name: `<YYYY-MM-DD>.<language>.mdx`. */
export const TRANSLATION_NAME = /^(\d{4}-\d{2}-\d{2})\.([A-Za-z-]+)\.(mdx|md)$/;

const FRONTMATTER = /^---\r?\n([\s\S]*?)^---[ \t]*$/m;

/**
 * Checks one translation file on its own: its name, its frontmatter, and its body, with the same
 * rules as a version's (safe HTML, components from its own facts, headings in order). Whether it
 * matches the version it translates is checked once every file is read (`checkTranslations`).
 */
export function checkTranslationFile(
	file: TextFile,
	where: { org: string; type: string; name: string },
	problems: Problem[],
	site: { components: ComponentRegistry; glossaries: ReadonlyMap<LanguageCode, Map<string, GlossaryEntry>>; organisation: Organisation | undefined },
): Translation | undefined {
	const report = (message: string, fix: string, extra: Partial<Problem> = {}) => problems.push({ file: file.path, message, fix, severity: 'error', ...extra });
	const [, effective, language, extension] = TRANSLATION_NAME.exec(where.name) ?? [];
	if (!effective || !language || !extension) return undefined;
	let ok = true;
	if (!isIsoDate(effective)) {
		ok = false;
		report(`"${effective}" is not a real date: a translation is named after the effective date of the version it translates.`, 'Rename the file to that version\'s date, such as 2025-04-01.cy.mdx.');
	}
	if (!isLanguageCode(language) || !TRANSLATION_LANGUAGES.includes(language)) {
		ok = false;
		report(
			`"${language}" is not a language this site publishes translations in.`,
			`Name the file <date>.<language>.${extension} with one of: ${TRANSLATION_LANGUAGES.join(', ')}. Adding a language means adding its strings file (README, "Languages").`,
		);
	}
	const frontmatter = FRONTMATTER.exec(file.source);
	if (!frontmatter || frontmatter.index !== 0) {
		report('The file has no frontmatter.', 'Start the file with a block between two "---" lines holding at least title and summary, translated.', { line: 1 });
		return undefined;
	}
	const { data, problems: fieldProblems, at } = validateYaml(frontmatter[1]!, translationSchema, file.path, 1);
	problems.push(...fieldProblems);
	if (data?.updated !== undefined && effective && data.updated < effective) {
		problems.push({ file: file.path, ...at(['updated']), field: 'updated', message: `updated (${data.updated}) is before the effective date (${effective}).`, fix: 'Give the date the translation was last edited, on or after the effective date, or remove updated.', severity: 'error' });
	}
	let tree: BodyNode | undefined;
	try {
		tree = (extension === 'mdx' ? mdxToMdast(file.source) : markdownToMdast(file.source)) as BodyNode;
		if (extension === 'mdx') problems.push(...indentedCode(file.path, file.source));
	} catch (error) {
		report(`The file is not valid MDX: ${error instanceof Error ? error.message : String(error)}`, 'Fix it as you would in a version: the same rules apply.');
	}
	const glossary = (ok && site.glossaries.get(language as LanguageCode)) || new Map<string, GlossaryEntry>();
	const components = site.organisation
		? componentOptionsFor(file.path, site.components, { facts: data?.facts, organisation: site.organisation, glossary, base: '/', language: language as LanguageCode }, tree)
		: undefined;
	problems.push(...checkSafety(file.path, file.source, components));
	if (tree && ok) {
		const own = extension === 'mdx' ? site.components : undefined;
		// Links are read as in the version: a translation's own links are checked by the same rules when it is published.
		problems.push(...checkBody(file.path, tree, paths.version(where.org, where.type, effective), own, language as LanguageCode).problems);
	}
	if (!ok || !data) return undefined;
	return { org: where.org, type: where.type, effective, language: language as LanguageCode, file: file.path, data };
}

/** A value's kind for comparing facts: text an editor translates, or a code that must not change. */
const TEXT_FIELDS = new Set(['purpose', 'legitimateInterests', 'schedule1', 'retention', 'source', 'destination', 'copy', 'description', 'consequence', 'name', 'provider', 'duration']);
const TEXT_LISTS = new Set(['data', 'recipients']);

/** Where a translation's facts differ from its version's in anything but their words. */
function factsDifferences(source: unknown, translated: unknown, path: string, key = ''): string[] {
	if (Array.isArray(source) && Array.isArray(translated)) {
		if (source.length !== translated.length) return [`${path} has ${translated.length} items, but the version's has ${source.length}`];
		if (TEXT_LISTS.has(key)) return [];
		return source.flatMap((item, i) => factsDifferences(item, translated[i], `${path}[${i}]`, key));
	}
	if (source && translated && typeof source === 'object' && typeof translated === 'object') {
		const keys = new Set([...Object.keys(source), ...Object.keys(translated)]);
		return [...keys].flatMap((k) => {
			const a = (source as Record<string, unknown>)[k];
			const b = (translated as Record<string, unknown>)[k];
			if (a === undefined) return [`${path}.${k} is not in the version's facts`];
			if (b === undefined) return [`${path}.${k} is missing`];
			return factsDifferences(a, b, `${path}.${k}`, k);
		});
	}
	// A cookie's name is what the browser stores, so it stays as it is; every other name is words.
	const text = TEXT_FIELDS.has(key) && !(key === 'name' && path.includes('.cookies['));
	if (text && typeof source === 'string' && typeof translated === 'string') return [];
	// Every other value is a code (a lawful basis, a safeguard, a right) or yes/no.
	return source === translated ? [] : [`${path} is ${JSON.stringify(translated)}, but the version's is ${JSON.stringify(source)}`];
}

/**
 * Checks each translation against the version it translates: that there is one, with the same
 * date (an error); that its facts are the version's in all but their words, and it translates the
 * change note (errors); and that it is not older than the version's last edit (a warning).
 */
export function checkTranslations(translations: readonly Translation[], versions: readonly Version[], problems: Problem[]): void {
	const byKey = new Map(versions.map((v) => [`${v.org}/${v.type}/${v.effective}`, v]));
	const notices = Map.groupBy(versions, (v) => `${v.org}/${v.type}`);
	for (const translation of translations) {
		const { org, type, effective, file, data } = translation;
		const source = byKey.get(`${org}/${type}/${effective}`);
		if (!source) {
			const dates = (notices.get(`${org}/${type}`) ?? []).map((v) => v.effective).sort();
			problems.push({
				file,
				message: `There is no version of ${org}/${type} dated ${effective} for this to translate: a translation has the effective date of its version.`,
				fix: dates.length > 0 ? `Rename it to the date of the version it translates (${dates.join(', ')}), or add content/notices/${org}/${type}/${effective}.mdx.` : `Add content/notices/${org}/${type}/${effective}.mdx, the version it translates.`,
				severity: 'error',
			});
			continue;
		}
		const facts: Facts | undefined = source.value.data.facts;
		if (facts && !data.facts) problems.push({ file, field: 'facts', message: "The version has facts, but this translation has none: its pages would show the version's facts in another language.", fix: `Copy the facts from ${source.value.file} and translate their words.`, severity: 'error' });
		if (!facts && data.facts) problems.push({ file, field: 'facts', message: 'This translation has facts, but the version it translates has none.', fix: `Add the facts to ${source.value.file} first, or remove them here.`, severity: 'error' });
		if (facts && data.facts) {
			for (const difference of factsDifferences(facts, data.facts, 'facts')) {
				problems.push({ file, field: 'facts', message: `${difference}: a translation changes only the facts' words.`, fix: `Make it match ${source.value.file}, translating only the text.`, severity: 'error' });
			}
		}
		if (source.value.data.changeNote && !data.changeNote) {
			problems.push({ file, field: 'changeNote', message: 'The version has a change note, but this translation has none.', fix: 'Add changeNote:, translated.', severity: 'error' });
		}
		const { updated } = source.value.data;
		const sourceDate = updated !== undefined && updated > effective ? updated : effective;
		const translated = data.updated ?? effective;
		if (sourceDate > translated) {
			problems.push({
				file,
				field: 'updated',
				message: `The version it translates was updated on ${sourceDate}, after this translation (${translated}).`,
				fix: `Check the translation says what ${source.value.file} now says, then set updated: ${sourceDate} or later. Until then its page says the translation may be out of date.`,
				severity: 'warning',
			});
		}
	}
}

/** How much of the site is translated into one language: every version, and each notice's newest. */
export interface TranslationCoverage {
	language: LanguageCode;
	versions: { translated: number; of: number };
	newest: { translated: number; of: number };
}

/** The coverage of each language translations are published in. */
export function translationCoverage(translations: readonly Translation[], versions: readonly Version[]): TranslationCoverage[] {
	const newest = [...Map.groupBy(versions, (v) => `${v.org}/${v.type}`).values()].map((list) => list.reduce((a, b) => (b.effective > a.effective ? b : a)));
	return TRANSLATION_LANGUAGES.map((language) => {
		const have = new Set(translations.filter((t) => t.language === language).map((t) => `${t.org}/${t.type}/${t.effective}`));
		const key = (v: Version) => `${v.org}/${v.type}/${v.effective}`;
		return {
			language,
			versions: { translated: versions.filter((v) => have.has(key(v))).length, of: versions.length },
			newest: { translated: newest.filter((v) => have.has(key(v))).length, of: newest.length },
		};
	});
}
