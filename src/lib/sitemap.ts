import type { Catalogue } from './catalogue.ts';
import { lastUpdated } from './catalogue.ts';
import type { IsoDate } from './dates.ts';
import { comparisonPairs } from './history.ts';
import { paths } from './urls.ts';

const latest = (dates: Iterable<IsoDate>): IsoDate | undefined =>
	[...dates].reduce<IsoDate | undefined>((max, date) => (max === undefined || date > max ? date : max), undefined);

/**
 * The `lastmod` of every page: the date the content it shows last changed. A version page
 * shows its own version; a notice page its headline version; a comparison the later of its two;
 * a history and lists the newest of what they list.
 */
export function pageDates(catalogue: Catalogue<unknown, unknown, unknown>): Map<string, IsoDate> {
	const dates = new Map<string, IsoDate>();
	const headline = new Map<unknown, IsoDate>();
	for (const notice of catalogue.notices) {
		const { org, type, timeline } = notice;
		for (const version of timeline.versions) dates.set(paths.version(org, type, version.effective), lastUpdated(version));
		const date = lastUpdated(timeline.headline);
		headline.set(notice, date);
		dates.set(paths.notice(org, type), date);
		const newest = latest(timeline.versions.map(lastUpdated))!;
		dates.set(paths.history(org, type), newest);
		if (timeline.versions.length > 1) dates.set(paths.comparisons(org, type), newest);
		for (const { from, to } of comparisonPairs(timeline)) {
			dates.set(paths.compare(org, type, from.effective, to.effective), latest([lastUpdated(from), lastUpdated(to)])!);
		}
	}
	const set = (path: string, list: Iterable<unknown>) => {
		const date = latest([...list].map((n) => headline.get(n)!));
		if (date) dates.set(path, date);
	};
	for (const org of catalogue.organisations) set(paths.organisation(org.slug), org.notices);
	for (const type of catalogue.types) set(paths.noticeType(type.slug), type.notices);
	set(paths.home(), catalogue.notices);
	// The open data page describes every version: it changes when any does.
	const newest = latest(catalogue.notices.flatMap((notice) => notice.timeline.versions.map(lastUpdated)));
	if (newest) dates.set(paths.openData(), newest);
	return dates;
}
