import type { Element, ElementContent, Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';

/**
 * A version's rendered body as an HTML tree, for code that works on the content rather than the
 * source, such as the diff. Headings keep their ids but lose the "#" links beside them, which
 * are page furniture, not text: a heading wrapped as `<div class="nb-heading">` is unwrapped.
 */
export function contentTree(html: string): Root {
	const tree = htmlToHast(html, { fragment: true }) as Root;
	return { ...tree, children: tree.children.map(unwrapHeading) };
}

function unwrapHeading<T extends RootContent | ElementContent>(node: T): T {
	if (node.type !== 'element') return node;
	const classes = node.properties['className'];
	if (node.tagName === 'div' && Array.isArray(classes) && classes.includes('nb-heading')) {
		const heading = node.children.find((child): child is Element => child.type === 'element' && /^h[1-6]$/.test(child.tagName));
		if (heading) return heading as T;
	}
	return { ...node, children: node.children.map(unwrapHeading) };
}
