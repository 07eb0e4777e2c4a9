import type { ImportLog } from './report.ts';

// Template tags (ERB `<% %>`, Jinja and Nunjucks `{% %}`, `{{ }}` and `{# #}`) are taken out of
// the raw text before any parser sees it: they are not HTML or Markdown, and an HTML parser would
// mangle `<%`. This is a scan for the template languages' own delimiters, not HTML parsing.

/** What a template tag does: prints something (`<%= %>`, `{{ }}`), runs code, or is a comment. */
export type TagKind = 'output' | 'statement' | 'comment';

/** A template tag taken out of the source. */
export interface TemplateTag {
	/** The tag as written, such as `<%= t('service_name') %>`. */
	source: string;
	/** The code inside the delimiters, trimmed. */
	code: string;
	kind: TagKind;
	/** 1-based line where the tag starts. */
	line: number;
}

/** The source with its template tags taken out. */
export interface Untemplated {
	/** The text, with each output tag replaced by a marker that `markerPattern` finds. */
	text: string;
	/** Every tag, by index; a marker's number is an index into this list. */
	tags: TemplateTag[];
}

const TAG = /<%(#|=|-)?([\s\S]*?)-?%>|\{\{-?([\s\S]*?)-?\}\}|\{%-?([\s\S]*?)-?%\}|\{#([\s\S]*?)#\}/g;
const SET = /^set\s+([A-Za-z_]\w*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*$/;
const VARIABLE = /^([A-Za-z_]\w*)\s*(\|\s*(safe|e|escape)\s*)?$/;

/** Letters that no notice contains, so a marker survives every parser unchanged, in text and in
 *  attributes alike (HTML parsers drop private-use characters from URLs; Markdown ones read `_` and `*`). */
const OPEN = 'NBTEMPLATE';
const CLOSE = 'END';

/** Finds the markers left for output tags: group 1 is the tag's index. */
export const markerPattern = () => new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

/** Removes every marker: the text a browser would show with the template's output unknown. */
export const withoutMarkers = (text: string) => text.replace(markerPattern(), '');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Takes the template tags out of `source`. Statements and comments are removed; each output tag
 * becomes a marker, for the tree passes to turn into a TODO or a doubt where it lands. A Jinja
 * `{{ name }}` whose variable the file sets to a plain string (`{% set name = "…" %}`) is filled
 * in with that string, as Jinja would (escaped unless `| safe`), and the fill-in is reported.
 */
export function removeTemplateTags(source: string, log: ImportLog, html: boolean): Untemplated {
	const tags: TemplateTag[] = [];
	const values = new Map<string, { value: string; line: number }>();
	const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
	const text = source.replace(TAG, (whole, erbFlag: string | undefined, erb: string | undefined, output: string | undefined, statement: string | undefined, comment: string | undefined, offset: number) => {
		const line = lineAt(offset);
		const isErb = erb !== undefined;
		const kind: TagKind = isErb ? (erbFlag === '#' ? 'comment' : erbFlag === '=' || erbFlag === '-' ? 'output' : 'statement') : output !== undefined ? 'output' : statement !== undefined ? 'statement' : 'comment';
		const code = (erb ?? output ?? statement ?? comment ?? '').trim();
		const set = kind === 'statement' && !isErb ? SET.exec(code) : null;
		if (set) values.set(set[1]!, { value: (set[2] ?? set[3] ?? '').replace(/\\(.)/g, '$1'), line });
		const variable = kind === 'output' && !isErb ? VARIABLE.exec(code) : null;
		const known = variable ? values.get(variable[1]!) : undefined;
		if (variable && known) {
			log.doubt(`Filled in the template variable "${variable[1]}" with the value set on line ${known.line}`, whole, line);
			return html && !variable[3]?.startsWith('safe') ? escapeHtml(known.value) : known.value;
		}
		tags.push({ source: whole, code, kind, line });
		if (kind === 'output') return `${OPEN}${tags.length - 1}${CLOSE}`;
		log.remove(whole, kind === 'comment' ? 'template comment' : 'template code', line);
		return '';
	});
	return { text, tags };
}
