import { dayBefore, type IsoDate } from './dates.ts';

/** Where a version stands on the build date. */
export type VersionStatus = 'current' | 'upcoming' | 'archived';

/** One version placed on its notice's timeline. */
export interface DatedVersion<T> {
	/** The version itself, as given. */
	entry: T;
	/** The date it takes effect: its file name and its version id. */
	effective: IsoDate;
	/** The last day it is (or was, or will be) in force, or undefined while no later version exists. */
	until: IsoDate | undefined;
	/** Its status on the build date. */
	status: VersionStatus;
	/** Its position, 0 for the first version. */
	index: number;
}

/** Every version of one notice, ordered, with the current one picked out. */
export interface Timeline<T> {
	/** All versions, oldest first. */
	versions: DatedVersion<T>[];
	/** The version in force on the build date, if any has taken effect yet. */
	current: DatedVersion<T> | undefined;
	/** The version readers should see at the notice's URL: the current one, else the first upcoming one. */
	headline: DatedVersion<T>;
	/** Versions that have not taken effect yet, soonest first. */
	upcoming: DatedVersion<T>[];
}

/**
 * Orders a notice's versions by effective date and works out which is current on `today`:
 * the latest on or before it. Later versions are upcoming; earlier ones archived, each in
 * force from its own date until the day before the next. Throws on an empty list or on two
 * versions with the same date, which the content check reports to editors first.
 */
export function timeline<T>(entries: readonly T[], effectiveOf: (entry: T) => IsoDate, today: IsoDate): Timeline<T> {
	if (entries.length === 0) throw new Error('A notice needs at least one version.');
	const sorted = [...entries].sort((a, b) => effectiveOf(a).localeCompare(effectiveOf(b)));
	const dates = sorted.map(effectiveOf);
	const duplicate = dates.find((date, i) => i > 0 && date === dates[i - 1]);
	if (duplicate) throw new Error(`Two versions share the effective date ${duplicate}.`);

	const currentIndex = dates.findLastIndex((date) => date <= today);
	const versions = sorted.map((entry, index): DatedVersion<T> => {
		const next = dates[index + 1];
		return {
			entry,
			effective: dates[index]!,
			until: next === undefined ? undefined : dayBefore(next),
			index,
			status: index === currentIndex ? 'current' : index < currentIndex ? 'archived' : 'upcoming',
		};
	});
	const current = currentIndex >= 0 ? versions[currentIndex] : undefined;
	const upcoming = versions.slice(currentIndex + 1);
	return { versions, current, upcoming, headline: current ?? upcoming[0]! };
}
