import { atomFeed, type FeedEntry, type FeedInfo } from '../src/lib/feeds.ts';
import { timeline } from '../src/lib/versions.ts';

// Text an editor could write in any field that reaches a feed: markup, an event handler, a CDATA
// end, entities that must stay as typed, quotes, a tab and a line break.

/** A change note full of markup. */
export const changeNote = 'We now <b>keep</b> <img src=x onerror=alert(1)> less ]]> &amp; "more"\tthan <![CDATA[ before\nreally.';
/** A notice type's title with a script in it. */
export const typeTitle = 'Website <script>alert(1)</script> notice';
/** An organisation's name with markup, an ampersand and a CDATA end. */
export const orgName = 'Evil & <i onclick="x()">Co</i> ]]> Ltd';
/** The entries' name, as the site builds it: "Notice type, Organisation". */
export const name = `${typeTitle}, ${orgName}`;
/** The feed's own details, built from the organisation's name as the routes build them. */
export const info: FeedInfo = {
	title: `Changes to ${orgName}'s <em>notices</em>`,
	description: `Every new version of ${orgName}'s notices & more.`,
	author: orgName,
	page: '/evil/',
	self: '/evil/feed.xml',
};

/** The Atom feed of a notice with a first version and a second whose change note is `note`. */
export function hostileFeed(note = changeNote): string {
	const record = (effective: string, data: { changeClass?: 'major' | 'minor'; changeNote?: string }) => ({ org: 'evil', type: 'website', effective, updated: undefined, value: { data } });
	const versions = [record('2024-01-01', {}), record('2025-01-01', { changeClass: 'major', changeNote: note })];
	const notice = { org: 'evil', type: 'website', timeline: timeline(versions, (v) => v.effective, '2025-06-01') };
	const entries: FeedEntry[] = notice.timeline.versions.map((version) => ({ notice, version, name, organisation: orgName }));
	return atomFeed(info, entries, (path) => `https://example.test${path}`);
}
