import type { Root } from 'mdast';
import type { IsoDate } from '../lib/dates.ts';
import { placeholders } from '../lib/check/placeholders.ts';
import { readDocx } from './docx.ts';
import { extract } from './extract.ts';
import type { Format } from './formats.ts';
import { noticeFrontmatter, organisationStub } from './frontmatter.ts';
import { readHtml } from './html.ts';
import { parseMarkdown, readMarkdown } from './markdown.ts';
import { readPdf } from './pdf/index.ts';
import { visibleText, wordRecall } from './recall.ts';
import { createLog, ImportError, type ImportReport } from './report.ts';

export { ImportError };
import { readScript } from './script.ts';
import { toMdx } from './serialise.ts';
import { readText } from './text/index.ts';
import { removeTemplateTags, withoutMarkers } from './templates.ts';
import { countStructure, mapLinks, normaliseHeadings, resolveTemplateOutput, takeTitle, tidy } from './tree.ts';

/** What to import, and what the importer needs to know about where it goes. */
export interface ImportInput {
	/** The file's bytes (a .docx or .pdf) or text. */
	content: Buffer;
	format: Format;
	/** The file's name, for the report and for the TypeScript parser. */
	name: string;
	/** The notice type's title: the title to mark TODO when the source has none. */
	typeTitle: string;
	/** The effective date, when the editor gave one; else one stated in the text, or `today`. */
	effective?: IsoDate;
	today: IsoDate;
	/** The old site's address, to make its relative links absolute; without it they become text. */
	baseUrl?: string;
	/** The effective dates of the notice's versions already there: a later one needs a change class and note. */
	existingVersions?: readonly string[];
	/** The organisation's name, when its file exists already. */
	organisationName?: string;
}

/** The imported notice, the organisation file it suggests, and the report. */
export interface ImportResult {
	/** The notice version's file: frontmatter and MDX body. */
	mdx: string;
	/** The effective date, which names the file. */
	effective: IsoDate;
	/** A new organisation's YAML, for when none exists. */
	organisation: string;
	report: ImportReport;
}

/** Reads one source in any format into mdast, with the text a reader of the source saw. */
async function read(input: ImportInput, log: ReturnType<typeof createLog>) {
	if (input.format === 'pdf') return { ...(await readPdf(input.content, log)), tags: [] };
	let text = input.format === 'docx' ? '' : input.content.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (input.format !== 'docx' && text.trim() === '') throw new ImportError('the file is empty');
	let scriptTitle: string | undefined;
	if (input.format === 'script') {
		const script = readScript(text, input.name, log);
		if (!script.html.trim()) throw new ImportError('no string in this code holds HTML, so there is no notice to import');
		text = script.html;
		scriptTitle = script.title;
	}
	if (input.format === 'docx') {
		const html = readHtml(await readDocx(input.content, log), log);
		if (!html.visible.trim()) throw new ImportError('the document has no text');
		return { ...html, tags: [] };
	}
	const isHtml = input.format === 'html' || input.format === 'script';
	const { text: untemplated, tags } = removeTemplateTags(text, log, isHtml);
	if (isHtml) {
		const html = readHtml(untemplated, log);
		return { ...html, tags, ...(html.documentTitle || !scriptTitle ? {} : { documentTitle: scriptTitle }) };
	}
	if (input.format === 'md') return { ...readMarkdown(untemplated, log), tags };
	const plain = untemplated.replace(/\u00A0/g, ' ');
	return { tree: readText(plain, log), visible: withoutMarkers(plain), tags };
}

/**
 * Imports one notice: reads it, removes and reports what is not the notice, maps its structure to
 * MDX, reads what it can for the frontmatter and the organisation, and measures word recall.
 */
export async function importNotice(input: ImportInput): Promise<ImportResult> {
	const log = createLog();
	const source = await read(input, log);
	const tree: Root = source.tree;
	const { titleTag } = resolveTemplateOutput(tree, source.tags, log);
	tidy(tree, log);
	let title = takeTitle(tree, log);
	if (!title && !titleTag && 'documentTitle' in source && source.documentTitle) {
		title = source.documentTitle;
		log.doubt('The page has no main heading: the title comes from its <title> or a title in the code', title);
	}
	normaliseHeadings(tree, log);
	mapLinks(tree, input.baseUrl, log);
	const extracted = extract(tree, title, source.tags, log);
	const effective = input.effective ?? extracted.effective ?? extracted.updated ?? input.today;
	if (!input.effective) {
		log.doubt(
			extracted.effective ? `The file is named after the effective date the text states, ${effective}` : extracted.updated ? `No effective date was given or stated: the file is named after the last-updated date, ${effective} (give --effective to choose)` : `No effective date was given or stated: the file is named after today, ${effective} (give --effective to choose)`,
		);
	}
	const organisationName = input.organisationName ?? extracted.organisation.name;
	const frontmatter = noticeFrontmatter({
		...(title ? { title } : {}),
		fallbackTitle: input.typeTitle,
		...(titleTag ? { titleNote: `the title, which the template filled in from ${titleTag.code}` } : {}),
		...('description' in source && source.description ? { summary: source.description } : {}),
		...(organisationName ? { organisationName } : {}),
		...(extracted.updated && extracted.updated > effective ? { updated: extracted.updated } : {}),
		laterVersion: (input.existingVersions ?? []).some((date) => date < effective),
		extracted,
	});
	const body = toMdx(tree);
	const mdx = `${frontmatter}\n${body}`;
	const output = `${title ?? ''}\n${visibleText(parseMarkdown(body))}`;
	const organisation = organisationStub(extracted.organisation, input.baseUrl ? new URL(input.baseUrl).origin : undefined);
	const words = wordRecall(source.visible, output);
	const report: ImportReport = {
		source: input.name,
		format: input.format,
		removed: log.removed,
		doubts: log.doubts,
		found: log.found,
		todos: placeholders({ path: 'notice', source: mdx }).map((p) => `notice line ${p.line}: ${p.message}`),
		parserMessages: log.parserMessages,
		...(log.content ? { content: log.content } : {}),
		counts: countStructure(tree),
		words,
	};
	return { mdx, effective, organisation, report };
}

