import type { DatedVersion, Timeline } from './versions.ts';

/** Two versions of one notice, the earlier first. */
export interface Pair<T> {
	from: DatedVersion<T>;
	to: DatedVersion<T>;
}

/**
 * Every pair of versions of a notice, earlier first, grouped by the later version (newest first),
 * each group nearest first. A notice with n versions has n(n-1)/2 pairs: notices have few
 * versions, so every pair is built (see docs/decisions/0003-version-history.md).
 */
export function comparisonPairs<T>(timeline: Timeline<T>): Pair<T>[] {
	const { versions } = timeline;
	return versions
		.slice(1)
		.reverse()
		.flatMap((to) => versions.slice(0, to.index).reverse().map((from) => ({ from, to })));
}

/** The version before this one, if any. */
export function predecessor<T>(timeline: Timeline<T>, version: DatedVersion<T>): DatedVersion<T> | undefined {
	return timeline.versions[version.index - 1];
}

/** The versions after `from`, up to and including `to`: each brought a change note between the two. */
export function changesBetween<T>(timeline: Timeline<T>, pair: Pair<T>): DatedVersion<T>[] {
	return timeline.versions.slice(pair.from.index + 1, pair.to.index + 1);
}
