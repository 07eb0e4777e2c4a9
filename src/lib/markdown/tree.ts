import type { Root } from 'hast';
import { htmlToHast, markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { accessibleGfm } from './accessible-gfm.ts';
import { baseLinks } from './base-links.ts';
import { headingAnchors } from './heading-anchors.ts';

/**
 * A version's body as an HTML tree, made by the same processor and plugins as its page (heading
 * ids without their anchor links), for code that works on the content rather than the source,
 * such as the diff. Notices contain no components, so the body is read as Markdown. `base` is
 * the site's base path, put in front of links written from the site root.
 */
export function noticeTree(body: string, base = '/'): Root {
	// The plugins are synchronous, so the result is too.
	const { html } = markdownToHtml(body, {
		hastPlugins: [accessibleGfm, headingAnchors({ links: false }), baseLinks(base)],
	}) as MarkdownToHtmlResult;
	return htmlToHast(html, { fragment: true }) as Root;
}
