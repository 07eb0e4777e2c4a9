import type { Html, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { readHtmlFragment } from './html.ts';
import { visibleText } from './recall.ts';
import type { ImportLog } from './report.ts';
import { withoutMarkers } from './templates.ts';

/** Parses Markdown with GitHub's extensions (tables, strikethrough, autolinks, footnotes, task lists). */
export function parseMarkdown(markdown: string): Root {
	return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The rendered text of Markdown, with the text of any HTML in it. */
export function markdownVisibleText(markdown: string, log: ImportLog): string {
	const tree = parseMarkdown(markdown);
	// HTML inside Markdown shows its text, not its tags; the fragment's own removals are not reported twice.
	const quiet: ImportLog = { ...log, remove() {}, doubt() {}, find() {} };
	const swap = (node: Nodes) => {
		if (!('children' in node)) return;
		(node as Parent).children = (node as Parent).children.map((child) => (child.type === 'html' ? { type: 'text', value: readHtmlFragment(child.value, quiet).visible } : child));
		(node as Parent).children.forEach((child) => swap(child as Nodes));
	};
	swap(tree);
	return withoutMarkers(visibleText(tree));
}

/**
 * Reads Markdown into mdast. A block of HTML goes through the HTML reader, chrome removal and all;
 * inline HTML becomes the same Markdown the HTML reader would make of it (`<br>` a line break);
 * a lone tag such as `<span>` is dropped, reported, and the text between it and its end tag kept.
 */
export function readMarkdown(markdown: string, log: ImportLog): { tree: Root; visible: string } {
	const visible = markdownVisibleText(markdown, log);
	const tree = parseMarkdown(markdown);
	const convert = (parent: Parent, block: boolean) => {
		parent.children = parent.children.flatMap((child): Parent['children'] => {
			if (child.type !== 'html') {
				if ('children' in child) convert(child as Parent, child.type !== 'paragraph' && child.type !== 'heading' && child.type !== 'tableCell' && !('url' in child));
				return [child];
			}
			const html: Html = child;
			const read = readHtmlFragment(html.value, log);
			if (block) return read.tree.children;
			const phrasing = read.tree.children.flatMap((c) => (c.type === 'paragraph' ? c.children : c.type === 'break' || c.type === 'text' ? [c as PhrasingContent] : []));
			if (phrasing.length === 0) log.remove(html.value, 'inline HTML tag (its text is kept)', html.position?.start.line);
			return phrasing;
		});
	};
	convert(tree, true);
	return { tree, visible };
}
