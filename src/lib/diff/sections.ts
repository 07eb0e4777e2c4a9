import { diffArrays } from 'diff';
import type { Element, ElementContent, Root } from 'hast';
import { diffBlocks, diffBlock } from './blocks.ts';
import type { WordCounts } from './inline.ts';
import { blockKey, elementChildren, normalise, textOf, tokenize, isWord } from './tokens.ts';

/** One section of a notice: a level-2 heading and the blocks under it, up to the next one. */
export interface Section {
	/** The `<h2>`, or undefined for any text before the first heading. */
	heading: Element | undefined;
	title: string;
	blocks: Element[];
}

/** How a section changed between two versions. */
export type SectionStatus = 'unchanged' | 'changed' | 'added' | 'removed';

/** One section of a comparison, in reading order. */
export interface SectionDiff {
	status: SectionStatus;
	/** The heading text in the later version (or the earlier, for a removed section). */
	title: string;
	/** The heading's id, for links to the section: the later version's, or the earlier's if removed. */
	id: string | undefined;
	/** The heading text in the earlier version, when the section was renamed. */
	renamedFrom: string | undefined;
	/** True when the section sits in a different place relative to the sections around it. */
	moved: boolean;
	/** The heading's content with its changes marked, and the body with its changes marked. */
	heading: ElementContent[];
	body: ElementContent[];
	counts: WordCounts;
}

/** Splits a document into sections at each `<h2>`; a heading wrapped for its anchor link counts too. */
export function sections(root: Root): Section[] {
	const list: Section[] = [{ heading: undefined, title: '', blocks: [] }];
	for (const node of elementChildren(root)) {
		const heading = node.tagName === 'h2' ? node : elementChildren(node).find((c) => c.tagName === 'h2' && node.tagName === 'div');
		if (heading) list.push({ heading, title: normalise(textOf(heading)), blocks: [] });
		else list.at(-1)!.blocks.push(node);
	}
	return list[0]!.blocks.length === 0 ? list.slice(1) : list;
}

function words(section: Section): Set<string> {
	return new Set(section.blocks.flatMap((b) => tokenize(textOf(b).toLowerCase())).filter(isWord));
}

/** How alike two sections' texts are, from 0 to 1 (the Dice coefficient of their sets of words). */
function similarity(a: Section, b: Section): number {
	const [x, y] = [words(a), words(b)];
	if (x.size + y.size === 0) return 1;
	let shared = 0;
	for (const w of x) if (y.has(w)) shared++;
	return (2 * shared) / (x.size + y.size);
}

/** Sections whose wording is at least this alike are one section with a new heading. */
const RENAMED_SIMILARITY = 0.5;

/**
 * Pairs each later section with its earlier self: first by identical heading, then, for
 * headings that were reworded, by the most similar text. Returns, for each later section, the
 * index of its earlier section or -1 when it is new.
 */
export function matchSections(before: readonly Section[], after: readonly Section[]): number[] {
	const match = after.map(() => -1);
	const taken = new Set<number>();
	after.forEach((section, i) => {
		const j = before.findIndex((old, k) => !taken.has(k) && old.title === section.title);
		if (j === -1) return;
		match[i] = j;
		taken.add(j);
	});
	const candidates = after
		.flatMap((section, i) =>
			match[i] !== -1 ? [] : before.map((old, j) => ({ i, j, score: taken.has(j) ? 0 : similarity(old, section) })),
		)
		.filter((c) => c.score >= RENAMED_SIMILARITY)
		.sort((a, b) => b.score - a.score);
	for (const { i, j } of candidates) {
		if (match[i] !== -1 || taken.has(j)) continue;
		match[i] = j;
		taken.add(j);
	}
	return match;
}

/** Indexes into `sequence` that are not in its longest increasing run: the sections that moved. */
function outOfOrder(sequence: readonly number[]): Set<number> {
	const order = diffArrays([...sequence].sort((a, b) => a - b), [...sequence]);
	const moved = new Set<number>();
	let index = 0;
	for (const change of order) {
		if (change.removed) continue;
		if (change.added) for (let k = 0; k < change.count; k++) moved.add(sequence[index + k]!);
		index += change.count;
	}
	return moved;
}

/**
 * Compares two documents section by section, and returns the sections in the later version's
 * order, with each removed section placed after the section that came before it.
 */
export function diffSections(beforeRoot: Root, afterRoot: Root): SectionDiff[] {
	const before = sections(beforeRoot);
	const after = sections(afterRoot);
	const match = matchSections(before, after);
	const moved = outOfOrder(match.filter((j) => j !== -1));
	const result: SectionDiff[] = [];
	const placed = new Set(match);
	const removedAfter = (j: number) =>
		before.flatMap((_, k) => (k > j && !placed.has(k) && ![...placed].some((p) => p > j && p < k) ? [k] : []));

	for (const k of removedAfter(-1)) result.push(compare(before[k], undefined, false));
	after.forEach((section, i) => {
		const j = match[i]!;
		result.push(compare(j === -1 ? undefined : before[j], section, j !== -1 && moved.has(j)));
		if (j !== -1) for (const k of removedAfter(j)) result.push(compare(before[k], undefined, false));
	});
	return result;
}

function compare(before: Section | undefined, after: Section | undefined, moved: boolean): SectionDiff {
	const shape = (after ?? before)!;
	const heading = diffBlock(before?.heading, after?.heading);
	const body = diffBlocks(before?.blocks ?? [], after?.blocks ?? []);
	const same =
		before !== undefined &&
		after !== undefined &&
		!heading.changed &&
		!body.changed &&
		before.blocks.map(blockKey).join('\n') === after.blocks.map(blockKey).join('\n');
	return {
		status: !before ? 'added' : !after ? 'removed' : same ? 'unchanged' : 'changed',
		title: shape.title,
		id: typeof shape.heading?.properties['id'] === 'string' ? shape.heading.properties['id'] : undefined,
		renamedFrom: before && after && before.title !== after.title ? before.title : undefined,
		moved,
		heading: shape.heading ? (heading.nodes[0] as Element).children : [],
		body: body.nodes,
		counts: { added: heading.counts.added + body.counts.added, removed: heading.counts.removed + body.counts.removed },
	};
}
