import { atomFeed, type FeedEntry, type FeedInfo } from './feeds.ts';
import { absoluteUrl } from './href.ts';
import { noticeTypeOf, organisationOf, type SiteNotice } from './site.ts';

/** Every version of the given notices as feed entries, named "Notice type, Organisation". */
function entriesOf(notices: readonly SiteNotice[]): FeedEntry[] {
	return notices.flatMap((notice) => {
		const organisation = organisationOf(notice.org).data.name;
		const name = `${noticeTypeOf(notice.type).data.title}, ${organisation}`;
		return notice.timeline.versions.map((version) => ({ notice, version, name, organisation }));
	});
}

/** An Atom feed response for the given notices. */
export function feedResponse(info: FeedInfo, notices: readonly SiteNotice[]): Response {
	return new Response(atomFeed(info, entriesOf(notices), absoluteUrl), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
}
