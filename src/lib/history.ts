import type { DatedVersion, Timeline } from './versions.ts';

/** Two versions of one notice, the earlier first. */
export interface Pair<T> {
	from: DatedVersion<T>;
	to: DatedVersion<T>;
}

/** Notices with up to this many versions get a comparison of every pair of versions. */
export const EVERY_PAIR_UP_TO = 10;

/**
 * Whether the versions at positions `from` and `to` (earlier first) of a notice's `count` versions
 * are compared on a page of their own, when the version readers see is at `headline`. A notice of
 * up to EVERY_PAIR_UP_TO versions gets every pair, at most 45; a longer history gets each version
 * against the one before it and against the headline version, so pages grow with the number of
 * versions rather than its square (docs/decisions/0008-build-performance.md).
 */
export function isCompared(from: number, to: number, count: number, headline: number): boolean {
	return count <= EVERY_PAIR_UP_TO || to - from === 1 || from === headline || to === headline;
}

/**
 * The pairs of versions of a notice that are compared, earlier first, grouped by the later version
 * (newest first), each group nearest first.
 */
export function comparisonPairs<T>(timeline: Timeline<T>): Pair<T>[] {
	const { versions, headline } = timeline;
	return versions
		.slice(1)
		.reverse()
		.flatMap((to) =>
			versions
				.slice(0, to.index)
				.reverse()
				.filter((from) => isCompared(from.index, to.index, versions.length, headline.index))
				.map((from) => ({ from, to })),
		);
}

/** The version before this one, if any. */
export function predecessor<T>(timeline: Timeline<T>, version: DatedVersion<T>): DatedVersion<T> | undefined {
	return timeline.versions[version.index - 1];
}

/** The versions after `from`, up to and including `to`: each brought a change note between the two. */
export function changesBetween<T>(timeline: Timeline<T>, pair: Pair<T>): DatedVersion<T>[] {
	return timeline.versions.slice(pair.from.index + 1, pair.to.index + 1);
}
