import type { Problem } from './problem.ts';

// Control characters other than tab, line feed and carriage return, lone surrogates, and the
// non-characters U+FFFE and U+FFFF: invisible, nearly always pasted in by accident, and most of
// them cannot be written in a feed's XML at all. They are reported, never removed, so that nothing
// an editor wrote is changed without their knowing.
const CONTROL = /(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u;

// A tag or comment. Fields are text: pages and feeds show markup as the characters typed, which is
// safe but never what the editor meant, so it is reported rather than published as written.
const MARKUP = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>|<!--/;

/** The problems of one text field: a control character, or markup in what is shown as text. */
function textProblems(file: string, text: string, path: readonly string[]): Problem[] {
	const at = { file, field: path.join('.'), severity: 'error' as const };
	const problems: Problem[] = [];
	const control = CONTROL.exec(text);
	if (control) {
		const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
		const position = [...text.slice(0, control.index)].length + 1;
		problems.push({
			...at,
			message: `"${path.at(-1)}" holds the invisible control character U+${code} at character ${position}, which a feed cannot carry.`,
			fix: 'Delete it (retype the words around it), or remove the escape such as "\\a" or "\\x01" that wrote it.',
		});
	}
	const markup = MARKUP.exec(text);
	if (markup) {
		problems.push({
			...at,
			message: `"${path.at(-1)}" is plain text, but holds the markup "${markup[0].slice(0, 40)}", which readers would see as typed.`,
			fix: 'Remove the markup: this field is shown as text. Formatting and links belong in the notice\'s body.',
		});
	}
	return problems;
}

/** A problem for each text field of parsed YAML or frontmatter that holds a control character or markup. */
export function textFieldProblems(file: string, data: unknown, path: readonly string[] = []): Problem[] {
	if (typeof data === 'string') return textProblems(file, data, path);
	if (data !== null && typeof data === 'object') {
		return Object.entries(data).flatMap(([key, value]) => textFieldProblems(file, value, [...path, key]));
	}
	return [];
}
