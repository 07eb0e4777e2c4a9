import { buildDate, type IsoDate } from '../dates.ts';
import { comparisonPairs } from '../history.ts';
import { paths } from '../urls.ts';
import { timeline } from '../versions.ts';
import type { LinkTargets } from './body.ts';
import type { Version } from './content.ts';

/** Every page and image the site will have, and the section anchors of each notice and version page. */
export function linkTargets(
	organisations: readonly string[],
	types: readonly string[],
	versions: readonly Version[],
	sections: ReadonlyMap<Version, ReadonlySet<string>>,
	images: Iterable<string> = [],
	today: IsoDate = buildDate(),
): LinkTargets {
	const all = new Set<string>([paths.home(), '/search/', paths.siteFeed(), ...images]);
	const anchors = new Map<string, Set<string>>();
	for (const org of organisations) [paths.organisation(org), paths.organisationFeed(org)].forEach((p) => all.add(p));
	for (const type of types) all.add(paths.noticeType(type));
	for (const group of Map.groupBy(versions, (v) => `${v.org}/${v.type}`).values()) {
		const { org, type } = group[0]!;
		// Two files for one date are already an error; the date is one version here.
		const dates = [...new Set(group.map((v) => v.effective))];
		const notice = paths.notice(org, type);
		[notice, paths.history(org, type), paths.noticeFeed(org, type)].forEach((p) => all.add(p));
		if (dates.length > 1) all.add(paths.comparisons(org, type));
		for (const { from, to } of comparisonPairs(timeline(dates, (date) => date, today))) all.add(paths.compare(org, type, from.effective, to.effective));
		// The notice's own address shows one of its versions: a section of any of them is accepted.
		const union = new Set<string>();
		for (const version of group) {
			const own = sections.get(version) ?? new Set<string>();
			const path = paths.version(org, type, version.effective);
			all.add(path);
			// Two files for one date are already an error; their sections are pooled, not lost.
			anchors.set(path, new Set([...(anchors.get(path) ?? []), ...own]));
			own.forEach((a) => union.add(a));
		}
		anchors.set(notice, union);
	}
	return { paths: all, anchors };
}
