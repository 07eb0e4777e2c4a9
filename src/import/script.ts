import ts from 'typescript';
import { fromHtml } from 'hast-util-from-html';
import type { ImportLog } from './report.ts';

/** The notice found in a JavaScript or TypeScript file. */
export interface ScriptRead {
	/** The HTML of every string that holds markup, in file order, joined. */
	html: string;
	/** A title from a string property named like a heading or title, for when the HTML has no `<h1>`. */
	title?: string;
}

const hasMarkup = (text: string) => fromHtml(text, { fragment: true }).children.some((node) => node.type === 'element');
const propertyName = (node: ts.Node) => (ts.isPropertyAssignment(node.parent) && node.parent.initializer === node ? node.parent.name.getText() : undefined);

/**
 * Some sites keep a notice as HTML inside code, such as a content file exporting
 * `{ title: '…', bodyHtml: \`<p>…</p>\` }`. The TypeScript parser finds every string and template
 * literal (import paths aside); those containing HTML elements are the notice, in order, and a
 * template literal's `${…}` parts become template output, as in any template. Other strings are
 * reported as not imported; one in a property named like `mainHeading` or `title` is a title
 * candidate, headings first.
 */
export function readScript(source: string, fileName: string, log: ImportLog): ScriptRead {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
	const parts: string[] = [];
	const titles: { name: string; value: string }[] = [];
	const line = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
	const visit = (node: ts.Node): void => {
		if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isExternalModuleReference(node)) return;
		let text: string | undefined;
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
		else if (ts.isTemplateExpression(node)) {
			// Each ${…} is left as an output tag, for the template pass to mark where it was.
			text = node.head.text + node.templateSpans.map((span) => `{{ ${span.expression.getText()} }}${span.literal.text}`).join('');
		}
		if (text === undefined) return ts.forEachChild(node, visit);
		const name = propertyName(node);
		if (hasMarkup(text)) {
			// Blank lines before each string put its HTML on the file's own lines, so the report's line numbers match the file.
			const next = parts.length === 0 ? 1 : parts.join('\n').split('\n').length + 1;
			parts.push('\n'.repeat(Math.max(0, line(node) - next)) + text);
		}
		else if (text.trim()) {
			if (name && /heading|title/i.test(name)) titles.push({ name, value: text.replace(/\s+/g, ' ').trim() });
			log.remove(text, `a string in the code${name ? ` (${name})` : ''}, not part of the notice's HTML`, line(node));
		}
	};
	visit(file);
	const title = titles.find((t) => /heading/i.test(t.name)) ?? titles[0];
	return { html: parts.join('\n'), ...(title ? { title: title.value } : {}) };
}
