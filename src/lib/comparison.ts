import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { compareDocuments, type Comparison } from './diff/index.ts';
import { contentTree } from './markdown/tree.ts';
import { recentlyUsed } from './recent.ts';
import { bodyOf, type SiteVersion } from './site.ts';

// Each version takes part in several comparisons, built one after another: its tree is kept for
// the next ones.
const treeOf = recentlyUsed(32, (version: SiteVersion): Root => contentTree(bodyOf(version).html));

/** What changed between two versions of a notice. */
export function comparisonOf(from: SiteVersion, to: SiteVersion): Comparison {
	return compareDocuments(treeOf(from), treeOf(to));
}

/** `id`, or `id-2`, `id-3`… if the page already has it; remembered in `seenIds`. */
export function uniqueId(id: string, seenIds: Set<string>): string {
	let candidate = id;
	for (let n = 2; seenIds.has(candidate); n++) candidate = `${id}-${n}`;
	seenIds.add(candidate);
	return candidate;
}

/**
 * Renders diffed content as HTML. A comparison can show a removed section beside a new one
 * with the same heading, so an id seen before on the page gets a suffix: ids stay unique.
 */
export function renderNodes(nodes: ElementContent[], seenIds: Set<string>): string {
	const unique = (node: ElementContent): ElementContent => {
		if (node.type !== 'element') return node;
		const id = node.properties['id'];
		let properties = node.properties;
		if (typeof id === 'string') properties = { ...properties, id: uniqueId(id, seenIds) };
		return { ...node, properties, children: node.children.map(unique) } as Element;
	};
	return toHtml({ type: 'root', children: nodes.map(unique) });
}
