import { wordRecall } from '../../src/import/recall.ts';
import type { HeadingEntry, Structure } from './structure.ts';

// How much of the original's structure an import kept. Headings are matched by text, in order
// (a longest common subsequence), so a heading moved or repeated is not counted twice; lists,
// cells, line-broken blocks and clauses are matched as multisets, since their order follows the headings'.

/** A share of the original's blocks that the import has: `found` of `of`. */
export interface Share {
	found: number;
	of: number;
}

/** What an import kept of the original's structure and words. */
export interface Fidelity {
	headings: Share & { invented: number; levelChanged: number; missing: string[]; inventedTexts: string[]; changed: string[] };
	items: Share;
	cells: Share;
	lineBlocks: Share;
	clauses: Share & { lost: string[] };
	/** Word recall of the original's visible text in the import's (recall.ts). */
	recall: number;
	missingWords: string[];
}

/** A share as a fraction, 1 when the original has none: nothing was there to lose. */
export const ratio = ({ found, of }: Share) => (of === 0 ? 1 : found / of);

/** The pairs of indexes of a longest common subsequence of `a` and `b`. */
export function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
	const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
	}
	const pairs: [number, number][] = [];
	for (let i = 0, j = 0; i < a.length && j < b.length; ) {
		if (a[i] === b[j]) pairs.push([i++, j++]);
		else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
		else j++;
	}
	return pairs;
}

/**
 * Levels as an outline: the title stays at 1, the shallowest other heading becomes 2 and no heading
 * is more than one level below the one before. The importer writes headings this way, so an
 * original with h3 under h1 is not counted as changed when it comes back as ## under the title.
 */
export function outline(headings: readonly HeadingEntry[]): number[] {
	const body = headings.filter((h, k) => !(k === 0 && h.depth === 1));
	const shallowest = Math.min(...body.map((h) => h.depth));
	let previous = 1;
	return headings.map((h, k) => {
		if (k === 0 && h.depth === 1) return 1;
		previous = Math.max(2, Math.min(h.depth - shallowest + 2, previous + 1));
		return previous;
	});
}

/** How many of `wanted` are in `have`, each entry of `have` used once; and those that are not. */
function multiset(wanted: readonly string[], have: readonly string[]): Share & { lost: string[] } {
	const left = new Map<string, number>();
	for (const entry of have) left.set(entry, (left.get(entry) ?? 0) + 1);
	const lost = wanted.filter((entry) => {
		const count = left.get(entry) ?? 0;
		left.set(entry, count - 1);
		return count <= 0;
	});
	return { found: wanted.length - lost.length, of: wanted.length, lost };
}

/** Compares an import's structure with the original's. */
export function compare(original: Structure, imported: Structure): Fidelity {
	const pairs = commonSubsequence(
		original.headings.map((h) => h.text),
		imported.headings.map((h) => h.text),
	);
	const [originalLevels, importedLevels] = [outline(original.headings), outline(imported.headings)];
	const changed = pairs.filter(([i, j]) => originalLevels[i] !== importedLevels[j]).map(([i, j]) => `${original.headings[i]!.text} (${originalLevels[i]} → ${importedLevels[j]})`);
	const matchedOriginal = new Set(pairs.map(([i]) => i));
	const matchedImport = new Set(pairs.map(([, j]) => j));
	const { lost, ...clauses } = multiset(original.clauses, imported.clauses);
	const words = wordRecall(original.text, imported.text);
	return {
		headings: {
			found: pairs.length,
			of: original.headings.length,
			invented: imported.headings.length - pairs.length,
			levelChanged: changed.length,
			missing: original.headings.filter((_, i) => !matchedOriginal.has(i)).map((h) => h.text),
			inventedTexts: imported.headings.filter((_, j) => !matchedImport.has(j)).map((h) => h.text),
			changed,
		},
		items: multiset(original.items, imported.items),
		cells: multiset(original.cells, imported.cells),
		lineBlocks: multiset(original.lineBlocks, imported.lineBlocks),
		clauses: { ...clauses, lost },
		recall: words.recall,
		missingWords: words.missing.slice(0, 20).map(({ word, count }) => (count > 1 ? `${word} ×${count}` : word)),
	};
}
