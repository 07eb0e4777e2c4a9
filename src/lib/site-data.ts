import { absoluteUrl } from './href.ts';
import { versionSummary, type RecordInput } from './open-data/record.ts';
import { catalogue, organisationOf, noticeTypeOf, today, type SiteNotice, type SiteVersion } from './site.ts';
import type { VersionSummary } from '../schemas/open-data.ts';

// The site's open data (src/lib/open-data/), made from the site's catalogue: routes read it from here.

/** What a version's open data record is made from. */
export function recordInputOf(notice: SiteNotice, version: SiteVersion): RecordInput {
	const organisation = organisationOf(notice.org);
	const noticeType = noticeTypeOf(notice.type);
	return {
		notice,
		version,
		organisation: { slug: organisation.slug, data: organisation.data },
		noticeType: { slug: noticeType.slug, data: noticeType.data },
		asOf: today,
		url: absoluteUrl,
	};
}

let summaries: VersionSummary[] | undefined;

/** Every version on the site as open data, without its text, in catalogue order. */
export function openDataVersions(): VersionSummary[] {
	summaries ??= catalogue.notices.flatMap((notice) => notice.timeline.versions.map((version) => versionSummary(recordInputOf(notice, version))));
	return summaries;
}

/** A JSON file: indented for people who open it, or compact for a large one that programs read. */
export function jsonResponse(value: unknown, { indent = true } = {}): Response {
	return new Response(`${JSON.stringify(value, null, indent ? 2 : undefined)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
