import { addDays, daysBetween, type IsoDate } from '../dates.ts';
import { timeline } from '../versions.ts';
import type { Version } from './content.ts';
import type { Problem } from './problem.ts';

/**
 * A warning for each major change that gives readers fewer than `days` days between its published
 * date (the day its file was first committed, or today for a file not committed yet) and the day it
 * takes effect. A notice's first version changes nothing, and minor changes need no notice.
 * Archived versions are history: only the current and upcoming ones, which readers can still act
 * on, are reported.
 */
export function noticePeriodProblems(versions: readonly Version[], published: ReadonlyMap<string, IsoDate>, days: number, today: IsoDate): Problem[] {
	const problems: Problem[] = [];
	for (const group of Map.groupBy(versions, (v) => `${v.org}/${v.type}`).values()) {
		// Two versions on one date are an error of their own (version-rules.ts): no timeline to read.
		if (new Set(group.map((v) => v.effective)).size !== group.length) continue;
		for (const version of timeline(group, (v) => v.effective, today).versions) {
			const { effective, entry } = version;
			if (version.index === 0 || version.status === 'archived' || entry.value.data.changeClass !== 'major') continue;
			const committed = published.get(entry.value.file);
			const from = committed ?? today;
			const given = daysBetween(from, effective);
			if (given >= days) continue;
			const when = committed === undefined ? `today (${today}): the file is not committed yet, and that is the earliest it can be published` : `it was published on ${committed} (its first commit)`;
			const gap = given < 0 ? `${plural(-given)} before ${when}` : given === 0 ? `the day ${when}` : `only ${plural(given)} after ${when}`;
			const extension = /\.[a-z]+$/.exec(entry.value.file)?.[0] ?? '.mdx';
			problems.push({
				file: entry.value.file,
				line: 1,
				message: `A major change should give readers ${days} days' notice (noticePeriod in astro.config.mjs), but this one takes effect on ${effective} (the file's name), ${gap}.`,
				fix: `Rename the file to ${addDays(from, days)}${extension} or later; or, if the change is not material, set "changeClass: minor".`,
				severity: 'warning',
			});
		}
	}
	return problems;
}

const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
