import { en, type Strings } from '../../i18n/en.ts';
import { ASIDE_HEADING_CLASSES } from '../safety/allow-list.ts';
import { sectionSlugger } from '../safety/ids.ts';
import type { HastPluginEntry } from 'satteri';

const asideHeadings = new Set<string>(ASIDE_HEADING_CLASSES);

/**
 * Gives every section heading an id and a visible "#" link to itself, so readers can share a
 * link to one section. The ids use the same slugger as Astro's own heading-id plugin, which runs
 * later and keeps ids that are already set, so the table of contents and the anchors agree.
 * The footnotes heading keeps its own id and becomes visible: sighted readers need it too.
 * A heading that titles a component's aside, such as a callout's, is no section: it gets neither,
 * and so no place in the table of contents, which lists headings with ids.
 */
/** `t` gives the "Link to the section" label in the body's language. */
export function headingAnchors(t: Strings = en): HastPluginEntry {
	// A factory: Sätteri calls it once per document, so ids start afresh in each one.
	return () => {
		const slugger = sectionSlugger();
		return {
			name: 'noticeboard-heading-anchors',
			element: {
				filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
				visit(heading, ctx) {
					const classes = heading.properties['className'];
					if (Array.isArray(classes) && classes.some((c) => asideHeadings.has(String(c)))) return;
					if (heading.properties['id'] === 'footnote-label') {
						ctx.setProperty(heading, 'className', ['nb-footnotes-heading']);
						return;
					}
					const text = ctx.textContent(heading).trim();
					const id = typeof heading.properties['id'] === 'string' ? heading.properties['id'] : slugger.slug(text);
					ctx.setProperty(heading, 'id', id);
					ctx.wrapNode(heading, {
						type: 'element',
						tagName: 'div',
						properties: { className: ['nb-heading'] },
						children: [
							{
								type: 'element',
								tagName: 'a',
								// Not part of the notice's text: kept out of search excerpts, and out of what a reader
								// copies, since its "#" is drawn by CSS and its name is an attribute, not text.
								properties: { className: ['nb-heading__anchor'], href: `#${id}`, ariaLabel: t.markdown.sectionLink(text), dataPagefindIgnore: '' },
								children: [],
							},
						],
					});
				},
			},
		};
	};
}
