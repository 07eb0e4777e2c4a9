import type { MarkdownHeading } from 'astro';
import { markdownToHtml, type HastPluginEntry, type MarkdownToHtmlResult } from 'satteri';
import type { Violation } from '../safety/gate.ts';
import { noticeFeatures, noticeHastPlugins } from './plugins.ts';

/** A notice version's body as HTML, with its headings for the table of contents. */
export interface RenderedBody {
	html: string;
	headings: MarkdownHeading[];
	/** What the allow-list refused: a body with any must not be published. */
	violations: Violation[];
}

/** Records every heading, after the heading-anchor plugin has given it its id. */
function collectHeadings(headings: MarkdownHeading[]): HastPluginEntry {
	return {
		name: 'noticeboard-collect-headings',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(heading, ctx) {
				const slug = heading.properties['id'];
				if (typeof slug === 'string') headings.push({ depth: Number(heading.tagName[1]), slug, text: ctx.textContent(heading) });
			},
		},
	};
}

/**
 * Renders a notice version's file (frontmatter and body) to HTML for a site served from `base`:
 * GitHub Flavored Markdown with smart punctuation, as Astro renders Markdown, checked by the
 * allow-list, plus Noticeboard's plugins. `.mdx` notices are read as Markdown too: the content check has already rejected
 * everything MDX would read differently (docs/decisions/0007-render-notices-as-markdown.md).
 */
export function renderNotice(source: string, base: string): RenderedBody {
	const headings: MarkdownHeading[] = [];
	const violations: Violation[] = [];
	// The plugins are synchronous, so the result is too.
	const { html } = markdownToHtml(source, {
		hastPlugins: [...noticeHastPlugins(base, violations), collectHeadings(headings)],
		features: noticeFeatures(source),
	}) as MarkdownToHtmlResult;
	return { html, headings, violations };
}
