import { en, type Strings } from '../../i18n/en.ts';
import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent, Parents } from 'hast';

/** The paragraph prefix that turns a paragraph next to a table into its caption, as in Pandoc. */
const CAPTION_PREFIX = /^\s*Table:\s*/;

function isElement(node: ElementContent | undefined, tagName?: string): node is Element {
	return node?.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

/** The nearest element sibling before (`step` -1) or after (`step` 1) position `index`, skipping blank text. */
function elementSibling(parent: Parents, index: number, step: -1 | 1): Element | undefined {
	for (let i = index + step; i >= 0 && i < parent.children.length; i += step) {
		const node = parent.children[i];
		if (node?.type === 'text' && node.value.trim() === '') continue;
		return isElement(node as ElementContent) ? (node as Element) : undefined;
	}
	return undefined;
}

function text(node: Element | ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element') return node.children.map(text).join('');
	return '';
}

/**
 * Makes GFM output accessible, whatever the editor wrote:
 * - a paragraph `Table: …` directly before or after a table becomes its `<caption>`;
 *   a table that has one already, as components' tables do, keeps it;
 * - every table sits in a focusable, named scroll region, so wide tables scroll on their own
 *   at 320 px instead of the page, and keyboard users can scroll them;
 * - column header cells get `scope="col"`;
 * - task-list checkboxes get their item's text as their label;
 * - links whose text is their own address are marked, so print does not repeat the address.
 */
export function accessibleGfm(t: Strings = en) {
	return defineHastPlugin({
		name: 'noticeboard-accessible-gfm',
		element: [
			{
				filter: ['table'],
				visit(table, ctx) {
					const parent = ctx.parent(table);
					// A component's table that it has named and set in its region already.
					const classes = parent.type === 'element' ? parent.properties['className'] : undefined;
					if (Array.isArray(classes) && classes.includes('nb-table-scroll')) return;
					const index = ctx.indexOf(table) ?? 0;
					const before = elementSibling(parent, index, -1);
					const after = elementSibling(parent, index, 1);
					const captionSource = [before, after].find(
						(node) => isElement(node, 'p') && CAPTION_PREFIX.test(text(node)),
					);
					let label: string;
					const caption = table.children.find((node) => isElement(node as ElementContent, 'caption')) as Element | undefined;
					if (caption) {
						// A component's table comes with its caption.
						label = text(caption);
					} else if (captionSource) {
						const first = captionSource.children[0];
						const children =
							first?.type === 'text'
								? [{ ...first, value: first.value.replace(CAPTION_PREFIX, '') }, ...captionSource.children.slice(1)]
								: captionSource.children;
						ctx.removeNode(captionSource);
						ctx.prependChild(table, { type: 'element', tagName: 'caption', properties: {}, children });
						label = text({ type: 'element', tagName: 'caption', properties: {}, children });
					} else {
						// No caption given: name the region after the section it sits in.
						let heading: Element | undefined;
						for (let i = index - 1; i >= 0 && !heading; i--) {
							const node = parent.children[i] as ElementContent | undefined;
							if (isElement(node) && /^h[2-6]$/.test(node.tagName)) heading = node;
						}
						label = heading ? t.markdown.tableNamed(text(heading).trim()) : t.markdown.table;
					}
					ctx.wrapNode(table, {
						type: 'element',
						tagName: 'div',
						properties: { className: ['nb-table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label.trim() },
						children: [],
					});
				},
			},
			{
				filter: ['th'],
				visit(cell, ctx) {
					ctx.setProperty(cell, 'scope', 'col');
				},
			},
			{
				filter: ['a'],
				visit(link, ctx) {
					const href = String(link.properties['href'] ?? '');
					const text = ctx.textContent(link).trim();
					if (href === text || href === `mailto:${text}` || href.replace(/\/$/, '') === text.replace(/\/$/, '')) {
						ctx.setProperty(link, 'className', ['nb-autolink']);
					}
				},
			},
			{
				filter: ['input'],
				visit(input, ctx) {
					if (input.properties['type'] !== 'checkbox') return;
					const item = ctx.parent(input);
					const label = ctx.textContent(item).trim();
					ctx.setProperty(input, 'ariaLabel', label);
				},
			},
		],
	});
}
