import { diffArrays } from 'diff';
import type { Element, ElementContent } from 'hast';
import { diffInline, type WordCounts } from './inline.ts';
import { blockKey, elementChildren, isElement } from './tokens.ts';

/** A diffed block: the rendered hast, and what changed in it. */
export interface BlockDiff {
	nodes: ElementContent[];
	counts: WordCounts;
	changed: boolean;
}

/** Elements whose children are blocks, compared block by block rather than word by word. */
const CONTAINERS = new Set(['blockquote', 'section', 'div', 'details', 'aside']);
const LISTS = new Set(['ul', 'ol']);

const add = (a: WordCounts, b: WordCounts): WordCounts => ({ added: a.added + b.added, removed: a.removed + b.removed });
const NONE: WordCounts = { added: 0, removed: 0 };

/** An element with `className` extended by `name`, to style a wholly added or removed block. */
function withClass(node: Element, name: string): Element {
	const existing = node.properties['className'];
	const classes = Array.isArray(existing) ? existing.map(String) : [];
	return { ...node, properties: { ...node.properties, className: [...classes, name] } };
}

/** True when a list item holds blocks (paragraphs, nested lists) rather than only inline text. */
function hasBlocks(node: Element): boolean {
	return node.children.some((child) => isElement(child) && (LISTS.has(child.tagName) || child.tagName === 'p'));
}

/** A block that exists on one side only: every word in it is added (or removed). */
function oneSided(node: Element, status: 'added' | 'removed'): BlockDiff {
	const [before, after] = status === 'added' ? [undefined, node] : [node, undefined];
	const diff = diffBlock(before, after);
	return { ...diff, nodes: diff.nodes.map((n) => (isElement(n) ? withClass(n, `nb-diff-${status}`) : n)) };
}

/**
 * Aligns two lists of blocks (paragraphs, lists, tables, list items, table rows) by content,
 * then compares the blocks that changed: a removed block next to an added block of the same
 * kind is one edited block, diffed inside; the rest were added or removed whole.
 */
export function diffBlocks(before: readonly Element[], after: readonly Element[]): BlockDiff {
	const nodes: ElementContent[] = [];
	let counts = NONE;
	let changed = false;
	let o = 0;
	let n = 0;
	const changes = diffArrays(before.map(blockKey), after.map(blockKey));
	for (let c = 0; c < changes.length; c++) {
		const change = changes[c]!;
		if (!change.added && !change.removed) {
			nodes.push(...after.slice(n, (n += change.count)));
			o += change.count;
			continue;
		}
		changed = true;
		// Take a removed run and the added run after it (or either alone) and pair them up.
		const removed = change.removed ? before.slice(o, (o += change.count)) : [];
		const next = changes[c + 1];
		const added = change.added ? after.slice(n, (n += change.count)) : next?.added ? after.slice(n, (n += next.count)) : [];
		if (change.removed && next?.added) c++;
		const pending = [...removed];
		for (const node of added) {
			const match = pending.findIndex((r) => r.tagName === node.tagName);
			// Removed blocks before the match were removed whole.
			for (const gone of pending.splice(0, match === -1 ? 0 : match)) push(oneSided(gone, 'removed'));
			push(match === -1 ? oneSided(node, 'added') : diffBlock(pending.shift(), node));
		}
		for (const gone of pending) push(oneSided(gone, 'removed'));
	}
	return { nodes, counts, changed };

	function push(diff: BlockDiff) {
		nodes.push(...diff.nodes);
		counts = add(counts, diff.counts);
	}
}

/** Compares one block with its counterpart; either may be missing (a block added or removed whole). */
export function diffBlock(before: Element | undefined, after: Element | undefined): BlockDiff {
	const shape = (after ?? before)!;
	const other = after ? before : undefined;
	const kids = (node: Element | undefined) => (node ? elementChildren(node) : []);
	if (LISTS.has(shape.tagName) || CONTAINERS.has(shape.tagName) || shape.tagName === 'table' || shape.tagName === 'thead' || shape.tagName === 'tbody') {
		const diff = diffBlocks(kids(before), kids(after));
		return { ...diff, nodes: [{ ...shape, children: diff.nodes }] };
	}
	if (shape.tagName === 'tr') return diffRow(before, after);
	if (shape.tagName === 'li' && (hasBlocks(shape) || (other && hasBlocks(other)))) {
		const diff = diffBlocks(wrapInline(before), wrapInline(after));
		return { ...diff, nodes: [{ ...shape, children: diff.nodes.flatMap(unwrapInline) }] };
	}
	const { children, counts, changed } = diffInline(before?.children ?? [], after?.children ?? []);
	return { nodes: [{ ...shape, children }], counts, changed };
}

/** Compares two table rows cell by cell, in order. */
function diffRow(before: Element | undefined, after: Element | undefined): BlockDiff {
	const shape = (after ?? before)!;
	const oldCells = before ? elementChildren(before) : [];
	const newCells = after ? elementChildren(after) : [];
	let counts = NONE;
	let changed = false;
	const cells = Array.from({ length: Math.max(oldCells.length, newCells.length) }, (_, i) => {
		const cell = diffBlock(oldCells[i], newCells[i]);
		counts = add(counts, cell.counts);
		changed ||= cell.changed;
		return cell.nodes[0]!;
	});
	return { nodes: [{ ...shape, children: cells }], counts, changed };
}

// A list item mixes inline text with blocks ("Text <ul>…</ul>"): the inline run becomes a
// temporary paragraph so it can be aligned with the blocks, then is unwrapped again.
const INLINE_RUN = 'nb-inline-run';

function wrapInline(node: Element | undefined): Element[] {
	if (!node) return [];
	const blocks: Element[] = [];
	let run: ElementContent[] = [];
	const flush = () => {
		if (run.some((c) => c.type !== 'text' || c.value.trim() !== '')) {
			blocks.push({ type: 'element', tagName: 'p', properties: { dataRun: INLINE_RUN }, children: run });
		}
		run = [];
	};
	for (const child of node.children) {
		if (isElement(child) && (LISTS.has(child.tagName) || child.tagName === 'p' || child.tagName === 'div')) {
			flush();
			blocks.push(child);
		} else run.push(child);
	}
	flush();
	return blocks;
}

function unwrapInline(node: ElementContent): ElementContent[] {
	if (!isElement(node) || node.properties['dataRun'] !== INLINE_RUN) return [node];
	const classes = node.properties['className'];
	// A wholly added or removed run keeps its class on a span, so it is still styled.
	return Array.isArray(classes) ? [{ type: 'element', tagName: 'span', properties: { className: classes }, children: node.children }] : node.children;
}
