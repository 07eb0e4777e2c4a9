import { atomXml, escapeHtml, type AtomEntry } from './atom.ts';
import type { IsoDate } from './dates.ts';
import { DEFAULT_LANGUAGE, formatDateIn, localisedPath, strings, type LanguageCode } from '../i18n/index.ts';
import { lastUpdated, type Notice, type VersionRecord } from './catalogue.ts';
import type { NoticeFrontmatter } from '../schemas/notice.ts';
import { paths } from './urls.ts';
import type { DatedVersion } from './versions.ts';

/** What a feed reads from a version: its frontmatter's change class and note. */
export interface FeedVersion {
	data: Pick<NoticeFrontmatter, 'changeClass' | 'changeNote'>;
}

/** One entry of a feed: one version of one notice. */
export interface FeedEntry {
	notice: Notice<FeedVersion>;
	version: DatedVersion<VersionRecord<FeedVersion>>;
	/** "Website privacy notice, Larkspur Energy", for the entry's title. */
	name: string;
	/** The organisation's name: the entry's author. */
	organisation: string;
}

/** What a feed is about, who publishes it, and where it lives. */
export interface FeedInfo {
	title: string;
	description: string;
	/** The feed's author: the organisation, or the site for the feed of every notice. */
	author: string;
	/** Site path of the page the feed belongs to. */
	page: string;
	/** Site path of the feed itself. */
	self: string;
}

const dateTime = (date: IsoDate) => `${date}T00:00:00Z`;

// An entry's id is the version's permanent URL in the feed's language, so each language's feed has ids of its own.
function entryOf({ notice, version, name, organisation }: FeedEntry, url: (path: string) => string, language: LanguageCode): AtomEntry {
	const { org, type } = notice;
	const t = strings(language);
	const { changeClass: changeLabel } = t.versions;
	const page = (path: string) => url(localisedPath(language, path));
	const date = formatDateIn(language, version.effective);
	const data = version.entry.value.data;
	const before = notice.timeline.versions[version.index - 1];
	const versionUrl = page(paths.version(org, type, version.effective));
	const compareUrl = before ? page(paths.compare(org, type, before.effective, version.effective)) : undefined;
	const status = version.status === 'upcoming' ? t.feeds.takesEffect(date) : t.feeds.inForceFrom(date);
	const changeClass = data.changeClass ?? 'major';
	const change = before ? `${changeLabel[changeClass]}: ${data.changeNote ?? ''}` : t.feeds.firstPublished;
	const compare = compareUrl ? ` ${t.feeds.or} <a href="${escapeHtml(compareUrl, true)}">${escapeHtml(t.feeds.seeWhatChanged)}</a>` : '';
	return {
		id: versionUrl,
		title: t.feeds.entryTitle(name, !before, date),
		link: versionUrl,
		published: dateTime(version.effective),
		updated: dateTime(lastUpdated(version)),
		authors: [organisation],
		category: before ? { term: changeClass, label: changeLabel[changeClass] } : { term: 'first', label: changeLabel.first },
		summary: `${status}. ${change}`,
		// The only HTML in a feed: paragraphs and links we write, around text escaped as text.
		contentHtml: [
			`<p>${escapeHtml(status)}.</p>`,
			`<p>${escapeHtml(change)}</p>`,
			`<p><a href="${escapeHtml(versionUrl, true)}">${escapeHtml(t.feeds.readThisVersion)}</a>${compare}.</p>`,
		].join(''),
	};
}

/**
 * An Atom feed with one entry per version, newest effective date first, in `language`'s words with
 * links to its pages. Each entry's id is the version's permanent URL, which never changes, so readers
 * never see an entry twice. `url` turns a site path into a full URL.
 */
export function atomFeed(info: FeedInfo, entries: readonly FeedEntry[], url: (path: string) => string, language: LanguageCode = DEFAULT_LANGUAGE): string {
	const sorted = [...entries].sort(
		(a, b) => b.version.effective.localeCompare(a.version.effective) || a.name.localeCompare(b.name),
	);
	const newest = sorted.reduce<IsoDate | undefined>((max, e) => {
		const date = lastUpdated(e.version);
		return max === undefined || date > max ? date : max;
	}, undefined);
	return atomXml({
		id: url(info.self),
		title: info.title,
		subtitle: info.description,
		updated: dateTime(newest ?? '1970-01-01'),
		lang: strings(language).meta.htmlLang,
		generator: 'Noticeboard',
		links: [
			{ rel: 'alternate', type: 'text/html', href: url(info.page) },
			{ rel: 'self', type: 'application/atom+xml', href: url(info.self) },
		],
		authors: [info.author],
		entries: sorted.map((entry) => entryOf(entry, url, language)),
	});
}
