import type { MarkdownHeading } from 'astro';
import { markdownToHtml, type HastPluginEntry, type MarkdownToHtmlResult } from 'satteri';
import type { ComponentProblem } from '../components/prepare.ts';
import { mayUseComponents, prepareComponents } from '../components/prepare.ts';
import type { ComponentRegistry } from '../components/registry.ts';
import type { Violation } from '../safety/gate.ts';
import type { BodyContext } from './components.ts';
import { noticeFeatures, noticeHastPlugins, type BodyComponents } from './plugins.ts';

/** A notice version's body as HTML, with its headings for the table of contents. */
export interface RenderedBody {
	html: string;
	headings: MarkdownHeading[];
	/** What the allow-list refused: a body with any must not be published. */
	violations: Violation[];
	/** Components written wrongly, or that cannot render in this version: nor with any of these. */
	problems: ComponentProblem[];
}

/** What an `.mdx` body's components need: the site's components, and what they render from. */
export interface ComponentOptions {
	components: ComponentRegistry;
	context: BodyContext;
	/** The source's MDX tree, when the caller has parsed it already. */
	tree?: Parameters<typeof prepareComponents>[2];
}

/**
 * Records every section heading, after the heading-anchor plugin has given it its id: a heading
 * without one, such as a callout's title, is not a section, and stays out of the table of contents.
 */
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
 * A body ready for the Markdown renderer: an `.mdx` body that uses components has them replaced
 * by placeholders (src/lib/components/prepare.ts), and a body with none is read as it is.
 */
export function withComponents(source: string, options: ComponentOptions | undefined): { source: string; components?: BodyComponents } {
	if (!options || !mayUseComponents(source)) return { source };
	let prepared: ReturnType<typeof prepareComponents>;
	try {
		prepared = prepareComponents(source, options.components, options.tree);
	} catch {
		// Not valid MDX: the content check says so, at its line. Read as Markdown, as before MDX had
		// components, the allow-list refuses any tag a component would have been written with.
		return { source };
	}
	return { source: prepared.source, components: { prepared, context: options.context, problems: [...prepared.problems] } };
}

/**
 * Renders a notice version's file (frontmatter and body) to HTML for a site served from `base`:
 * GitHub Flavored Markdown with smart punctuation, as Astro renders Markdown, checked by the
 * allow-list, with the components of an `.mdx` body (given `components`) rendered in place, plus
 * Noticeboard's plugins. Apart from its components, an `.mdx` body is read as Markdown: the content check has
 * already rejected everything MDX would read differently (docs/decisions/0007-render-notices-as-markdown.md, 0013).
 */
export function renderNotice(source: string, base: string, components?: ComponentOptions): RenderedBody {
	const headings: MarkdownHeading[] = [];
	const violations: Violation[] = [];
	const body = withComponents(source, components);
	// The plugins are synchronous, so the result is too.
	const { html } = markdownToHtml(body.source, {
		hastPlugins: [...noticeHastPlugins(base, violations, body.components), collectHeadings(headings)],
		features: noticeFeatures(body.source),
	}) as MarkdownToHtmlResult;
	return { html, headings, violations, problems: body.components?.problems ?? [] };
}

/** The component options for a notice file: none for `.md`, whose tags are HTML, not components. */
export function componentOptionsFor(file: string, components: ComponentRegistry, context: BodyContext, tree?: ComponentOptions['tree']): ComponentOptions | undefined {
	if (!file.endsWith('.mdx')) return undefined;
	return { components, context, ...(tree ? { tree } : {}) };
}
