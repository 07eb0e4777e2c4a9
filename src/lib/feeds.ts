import { Feed } from 'feed';
import { formatDate, type IsoDate } from './dates.ts';
import { lastUpdated } from './catalogue.ts';
import type { SiteNotice, SiteVersion } from './site.ts';
import { paths } from './urls.ts';

/** One entry of a feed: one version of one notice. */
export interface FeedEntry {
	notice: SiteNotice;
	version: SiteVersion;
	/** "Website privacy notice, Larkspur Energy", for the entry's title. */
	name: string;
}

/** What a feed is about, and where it lives. */
export interface FeedInfo {
	title: string;
	description: string;
	/** Site path of the page the feed belongs to. */
	page: string;
	/** Site path of the feed itself. */
	self: string;
}

const changeLabel = { major: 'Major change', minor: 'Minor change' } as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An Atom feed with one entry per version, newest effective date first. Each entry's id is the
 * version's permanent URL, which never changes, so readers never see an entry twice.
 * `url` turns a site path into a full URL.
 */
export function atomFeed(info: FeedInfo, entries: readonly FeedEntry[], url: (path: string) => string): string {
	const sorted = [...entries].sort(
		(a, b) => b.version.effective.localeCompare(a.version.effective) || a.name.localeCompare(b.name),
	);
	const newest = sorted.reduce<IsoDate | undefined>((max, e) => {
		const date = lastUpdated(e.version);
		return max === undefined || date > max ? date : max;
	}, undefined);
	const feed = new Feed({
		id: url(info.self),
		title: info.title,
		description: info.description,
		link: url(info.page),
		feedLinks: { atom: url(info.self) },
		language: 'en-GB',
		updated: new Date(`${newest ?? '1970-01-01'}T00:00:00Z`),
		generator: 'Noticeboard',
	});
	for (const { notice, version, name } of sorted) {
		const { org, type } = notice;
		const data = version.entry.value.data;
		const before = notice.timeline.versions[version.index - 1];
		const versionUrl = url(paths.version(org, type, version.effective));
		const compareUrl = before ? url(paths.compare(org, type, before.effective, version.effective)) : undefined;
		const status = version.status === 'upcoming' ? `Takes effect on ${formatDate(version.effective)}` : `In force from ${formatDate(version.effective)}`;
		const change = before
			? `${changeLabel[data.changeClass ?? 'major']}: ${data.changeNote ?? ''}`
			: 'First published version.';
		feed.addItem({
			id: versionUrl,
			title: `${name}: ${before ? 'new version' : 'first version'} from ${formatDate(version.effective)}`,
			link: versionUrl,
			date: new Date(`${lastUpdated(version)}T00:00:00Z`),
			published: new Date(`${version.effective}T00:00:00Z`),
			description: `${status}. ${change}`,
			content: [
				`<p>${escape(status)}.</p>`,
				`<p>${escape(change)}</p>`,
				`<p><a href="${versionUrl}">Read this version</a>${compareUrl ? ` or <a href="${compareUrl}">see what changed</a>` : ''}.</p>`,
			].join(''),
			category: [{ term: before ? (data.changeClass ?? 'major') : 'first', name: before ? changeLabel[data.changeClass ?? 'major'] : 'First version' }],
		});
	}
	return feed.atom1();
}
