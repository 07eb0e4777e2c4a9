import type { Heading, Link, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { headingAnchors, type BodyNode } from '../lib/check/body.ts';
import { visibleText } from './recall.ts';
import type { Counts, ImportLog } from './report.ts';
import { markerPattern, type TemplateTag } from './templates.ts';

// The passes every format shares, on the mdast tree the format's reader made.

/** Any node with children, as the passes treat them: the child types are checked where they matter. */
interface AnyParent {
	type: string;
	children: Nodes[];
}
const isParent = (node: Nodes): node is AnyParent & Nodes => 'children' in node;
const flat = (node: Nodes) => visibleText(node).replace(/\s+/g, ' ').trim();
const todo = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: 'TODO: ' }, ...children] });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });

/** Walks every node with its ancestors, parents before children; `visit` may return false to skip a node's children. */
function walk(node: Nodes, visit: (node: Nodes, ancestors: AnyParent[]) => boolean | undefined, ancestors: AnyParent[] = []): void {
	if (visit(node, ancestors) === false || !isParent(node)) return;
	for (const child of [...node.children]) walk(child, visit, [...ancestors, node]);
}

/** Removes `node` from `parent`, or replaces it with `replacement`. */
function replace(parent: AnyParent, node: Nodes, replacement: Nodes[] = []): void {
	const index = parent.children.indexOf(node);
	if (index >= 0) parent.children.splice(index, 1, ...replacement);
}

/** Adds `node` after `after` in `parent`. */
function insertAfter(parent: AnyParent, after: Nodes, node: Nodes): void {
	parent.children.splice(parent.children.indexOf(after) + 1, 0, node);
}

/**
 * Turns the markers left for template output tags into what the editor needs: in the middle of a
 * sentence, a TODO line in the paragraph, so no sentence silently loses its words; in a heading or
 * a table cell, "…" and a TODO paragraph after it; alone in a block, the block is removed and
 * reported. A link whose address came from the template keeps its text and loses the link.
 */
export function resolveTemplateOutput(tree: Root, tags: readonly TemplateTag[], log: ImportLog): { titleTag?: TemplateTag } {
	const handled = new Set<number>();
	let titleTag: TemplateTag | undefined;
	const tagsIn = (text: string) => [...text.matchAll(markerPattern())].map((m) => Number(m[1]));
	walk(tree, (node, ancestors) => {
		const parent = ancestors.at(-1);
		if (node.type === 'link' && parent && tagsIn(node.url).length > 0) {
			for (const i of tagsIn(node.url)) {
				handled.add(i);
				log.doubt(`A link's address came from the template (${tags[i]!.code}): its text is kept without the link`, flat(node), tags[i]!.line);
			}
			replace(parent, node, node.children);
			return false;
		}
		if (node.type !== 'heading' && node.type !== 'paragraph' && node.type !== 'tableCell') return true;
		const found = tagsIn(visibleText(node));
		if (found.length === 0) return true;
		found.forEach((i) => handled.add(i));
		const alone = visibleText(node).replace(markerPattern(), '').trim() === '';
		if (alone && node.type === 'heading' && node.depth === 1) {
			titleTag = tags[found[0]!];
			log.doubt(`The template printed the title (${titleTag!.code}): a TODO marks it in the frontmatter`, titleTag!.source, titleTag!.line);
			node.children = [];
			return false;
		}
		if (alone && node.type === 'paragraph' && parent) {
			for (const i of found) log.remove(tags[i]!.source, 'template output on its own: it may have printed text, such as a banner or metadata', tags[i]!.line);
			replace(parent, node);
			return false;
		}
		const inline = node.type === 'paragraph';
		const block = node.type === 'tableCell' ? ancestors.find((a) => a.type === 'table') : node;
		const holder = node.type === 'tableCell' ? ancestors[ancestors.indexOf(block as AnyParent) - 1] : parent;
		splitMarkers(node as AnyParent, (i) => {
			const tag = tags[i]!;
			log.doubt(`Template output in the middle of the text (${tag.code}): a TODO marks where it was`, tag.source, tag.line);
			if (inline) return [{ type: 'text', value: '\nTODO: what ' }, code(tag.code), { type: 'text', value: ' printed here\n' }];
			if (holder && block) insertAfter(holder, block as Nodes, todo({ type: 'text', value: 'the text that ' }, code(tag.code), { type: 'text', value: ` printed where "…" is, above` }));
			return [{ type: 'text', value: '…' }];
		});
		// On into the block's children: a link in it may have a template-made address too.
		return true;
	});
	tags.forEach((tag, i) => {
		if (tag.kind === 'output' && !handled.has(i)) log.remove(tag.source, 'template output outside the notice text', tag.line);
	});
	return titleTag ? { titleTag } : {};
}

/** Replaces each marker in the text below `node` with the nodes `make` returns. */
function splitMarkers(node: AnyParent, make: (index: number) => PhrasingContent[]): void {
	node.children = node.children.flatMap((child): Nodes[] => {
		if (isParent(child)) {
			splitMarkers(child, make);
			return [child];
		}
		if (child.type !== 'text') return [child];
		const parts = child.value.split(markerPattern());
		return parts.flatMap((part, k): PhrasingContent[] => (k % 2 === 1 ? make(Number(part)) : part ? [{ type: 'text', value: part }] : []));
	});
	// A TODO line is a line of its own: no space before it or after it, and no blank line at either end.
	node.children.forEach((child, k) => {
		if (child.type !== 'text') return;
		const previous = node.children[k - 1];
		const next = node.children[k + 1];
		if (child.value.startsWith('\nTODO')) {
			if (previous?.type === 'text') previous.value = previous.value.trimEnd();
			if (!previous) child.value = child.value.slice(1);
		}
		if (child.value.endsWith(' printed here\n')) {
			if (next?.type === 'text') next.value = next.value.trimStart();
			if (!next) child.value = child.value.trimEnd();
		}
	});
}

/** Tidies what readers leave: empty blocks, breaks at the edges of a block, spaces inside emphasis, images. */
export function tidy(tree: Root, log: ImportLog): void {
	walk(tree, (node, ancestors) => {
		const parent = ancestors.at(-1);
		if ((node.type === 'image' || node.type === 'imageReference') && parent) {
			log.remove(`${node.alt || 'no alt text'}${node.type === 'image' ? ` (${node.url})` : ''}`, 'image: notices load nothing from other sites', node.position?.start.line);
			replace(parent, node);
			return false;
		}
		if (node.type === 'html' && parent) {
			log.remove(node.value, 'HTML that has no Markdown form', node.position?.start.line);
			replace(parent, node);
			return false;
		}
		if (!isParent(node)) return true;
		if (node.type === 'tableCell') {
			node.children = node.children.map((c) => (c.type === 'break' ? { type: 'text', value: ' ' } : c));
		}
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
			while (node.children[0]?.type === 'break') node.children.shift();
			while (node.children.at(-1)?.type === 'break') node.children.pop();
			node.children = node.children.filter((c, k) => !(c.type === 'break' && node.children[k - 1]?.type === 'break'));
			// A line break ends the line: white space around it (a source's own line end) would be written as "&#xA;".
			node.children.forEach((c, k) => {
				const before = node.children[k - 1];
				const after = node.children[k + 1];
				if (c.type !== 'break') return;
				if (before?.type === 'text') before.value = before.value.trimEnd();
				if (after?.type === 'text') after.value = after.value.trimStart();
			});
		}
		if (['emphasis', 'strong', 'delete', 'link'].includes(node.type) && parent) moveEdgeSpaceOut(parent, node);
		return true;
	});
	// Blocks left empty, such as a <p> the HTML parser closed early, go after their children are tidied.
	const prune = (parent: AnyParent) => {
		parent.children = parent.children.filter((child) => {
			if (isParent(child)) prune(child);
			const empty = (child.type === 'paragraph' || child.type === 'heading') && flat(child) === '' && !child.children.some((c) => c.type === 'inlineCode');
			const emptyContainer = (child.type === 'list' || child.type === 'blockquote') && child.children.length === 0;
			return !empty && !emptyContainer;
		});
	};
	prune(tree as AnyParent);
}

function moveEdgeSpaceOut(parent: AnyParent, node: AnyParent & Nodes): void {
	const first = node.children[0];
	const last = node.children.at(-1);
	const index = parent.children.indexOf(node);
	if (first?.type === 'text' && /^\s/.test(first.value)) {
		first.value = first.value.trimStart();
		parent.children.splice(index, 0, { type: 'text', value: ' ' });
	}
	if (last?.type === 'text' && /\s$/.test(last.value)) {
		last.value = last.value.trimEnd();
		parent.children.splice(parent.children.indexOf(node) + 1, 0, { type: 'text', value: ' ' });
	}
}

/** Takes the notice's title from the first heading when it is a `#` (h1), removing it and any copy of it just above. */
export function takeTitle(tree: Root, log: ImportLog): string | undefined {
	const index = tree.children.findIndex((node) => node.type === 'heading');
	const heading = tree.children[index] as Heading | undefined;
	if (!heading || heading.depth !== 1) return undefined;
	const title = flat(heading);
	tree.children.splice(index, 1);
	const same = (node: RootContent) => flat(node).toLowerCase() === title.toLowerCase();
	tree.children = tree.children.filter((node, k) => {
		if (k >= index || !same(node)) return true;
		log.remove(flat(node), 'duplicate of the title', node.position?.start.line);
		return false;
	});
	return title || undefined;
}

/**
 * Puts headings in order under the title: the shallowest body heading becomes `##`, and a heading
 * that skipped a level moves up to the next level down, so the outline has no gaps.
 */
export function normaliseHeadings(tree: Root, log: ImportLog): void {
	const headings: Heading[] = [];
	walk(tree, (node) => {
		if (node.type === 'heading') headings.push(node);
	});
	if (headings.length === 0) return;
	const shallowest = Math.min(...headings.map((h) => h.depth));
	let previous = 1;
	for (const heading of headings) {
		const shifted = heading.depth - shallowest + 2;
		const depth = Math.max(2, Math.min(6, shifted, previous + 1));
		if (depth !== shifted) log.doubt(`A heading skipped a level: it is now level ${depth}`, flat(heading), heading.position?.start.line);
		heading.depth = depth as Heading['depth'];
		previous = depth;
	}
}

/** Link text that says nothing on its own, as the check's list has it. */
const VAGUE = /^(click here|here|read more|more|link|this link|this page|find out more)[.!:]*$/i;

/**
 * Keeps links that will work on the published site: web, email and telephone addresses, and
 * `#section` links to a heading that exists. A link to a page on the old site becomes absolute
 * with `baseUrl`, else plain text, reported. Link text that says nothing gets a TODO.
 */
export function mapLinks(tree: Root, baseUrl: string | undefined, log: ImportLog): void {
	// mdast is what the check's BodyNode describes; only optional-property strictness tells them apart.
	const anchors = headingAnchors(tree as unknown as BodyNode);
	walk(tree, (node, ancestors) => {
		const parent = ancestors.at(-1);
		if (node.type !== 'link' || !parent) return true;
		const link: Link = node;
		const line = link.position?.start.line;
		const url = link.url.trim();
		const unlink = (why: string) => {
			log.doubt(why, `${flat(link)} → ${url}`, line);
			replace(parent, link, link.children);
			return false;
		};
		if (/^(javascript|data|vbscript):/i.test(url)) return unlink('A link ran code or held data: its text is kept without the link');
		if (url.startsWith('//')) link.url = `https:${url}`;
		else if (url.startsWith('#')) {
			if (!anchors.has(decodeURIComponent(url.slice(1)))) return unlink('A link to a section that the imported notice does not have: its text is kept without the link');
		} else if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) {
			if (!baseUrl) return unlink('A link to a page on the old site: its text is kept without the link (give --base-url to keep it as a link)');
			link.url = new URL(url, baseUrl).href;
		}
		if (VAGUE.test(flat(link))) {
			log.doubt('Link text that says nothing on its own: a TODO asks for better words', flat(link), line);
			const block = [...ancestors].reverse().find((a) => a.type === 'paragraph' || a.type === 'heading' || a.type === 'tableCell');
			const holder = block ? ancestors[ancestors.indexOf(block) - 1] : undefined;
			if (block && holder) insertAfter(holder, block as Nodes, todo({ type: 'text', value: `give the link "${flat(link)}" words that say where it leads` }));
		}
		return false;
	});
}

/** How many headings, paragraphs (outside lists and tables), list items and table rows a tree has. */
export function countStructure(tree: Root): Counts {
	const counts: Counts = { headings: 0, paragraphs: 0, listItems: 0, tableRows: 0 };
	walk(tree, (node, ancestors) => {
		if (node.type === 'heading') counts.headings++;
		else if (node.type === 'paragraph' && !ancestors.some((a) => a.type === 'listItem')) counts.paragraphs++;
		else if (node.type === 'listItem') counts.listItems++;
		else if (node.type === 'tableRow') counts.tableRows++;
	});
	return counts;
}

