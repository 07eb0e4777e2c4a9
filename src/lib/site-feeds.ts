import { DEFAULT_LANGUAGE, localisedPath, strings, type LanguageCode } from '../i18n/index.ts';
import { atomFeed, type FeedEntry, type FeedInfo } from './feeds.ts';
import { absoluteUrl } from './href.ts';
import { organisationOf, type SiteNotice, type SiteOrganisation } from './site.ts';
import { isTranslation, noticeTypeIn } from './site-languages.ts';
import { textIn } from './site-config/settings.ts';
import { site } from './site-settings.ts';
import { paths } from './urls.ts';

/**
 * Every version of the given notices as feed entries, named "Notice type, Organisation". In a
 * language other than the default, only the versions translated into it: a feed follows what is
 * published in its language.
 */
function entriesOf(notices: readonly SiteNotice[], language: LanguageCode): FeedEntry[] {
	return notices.flatMap((notice) => {
		const organisation = organisationOf(notice.org).data.name;
		const name = `${noticeTypeIn(language, notice.type).data.title}, ${organisation}`;
		const versions = language === DEFAULT_LANGUAGE ? notice.timeline.versions : notice.timeline.versions.filter(isTranslation);
		return versions.map((version) => ({ notice, version, name, organisation }));
	});
}

/** An Atom feed response for the given notices, in `language` (its words, `xml:lang`, and links to its pages). */
export function feedResponse(info: FeedInfo, notices: readonly SiteNotice[], language: LanguageCode = DEFAULT_LANGUAGE): Response {
	return new Response(atomFeed(info, entriesOf(notices, language), absoluteUrl, language), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
}

/** The feed of every notice on the site, `/feed.xml` (`/cy/feed.xml` in Welsh). */
export function siteFeedInfo(language: LanguageCode = DEFAULT_LANGUAGE): FeedInfo {
	const t = strings(language);
	// The site compiles this feed; each entry names its own organisation as its author.
	return { title: t.home.feedTitle, description: t.feeds.siteDescription, author: textIn(site.name, language), page: localisedPath(language, paths.home()), self: localisedPath(language, paths.siteFeed()) };
}

/** The feed of one organisation's notices, `/<org>/feed.xml`. */
export function organisationFeedInfo(organisation: SiteOrganisation, language: LanguageCode = DEFAULT_LANGUAGE): FeedInfo {
	const { feeds } = strings(language);
	const { slug, data } = organisation;
	return {
		title: feeds.organisationTitle(data.name),
		description: feeds.organisationDescription(data.name),
		author: data.name,
		page: localisedPath(language, paths.organisation(slug)),
		self: localisedPath(language, paths.organisationFeed(slug)),
	};
}

/** The feed of one notice, `/<org>/<type>/feed.xml`. */
export function noticeFeedInfo(notice: SiteNotice, language: LanguageCode = DEFAULT_LANGUAGE): FeedInfo {
	const t = strings(language);
	const organisation = organisationOf(notice.org).data.name;
	const name = t.notice.noticeName(organisation, noticeTypeIn(language, notice.type).data.title);
	return {
		title: t.feeds.noticeTitle(name),
		description: t.feeds.noticeDescription(name),
		author: organisation,
		page: localisedPath(language, paths.notice(notice.org, notice.type)),
		self: localisedPath(language, paths.noticeFeed(notice.org, notice.type)),
	};
}
