import type { Facts } from '../../schemas/facts.ts';
import type { NoticeFrontmatter } from '../../schemas/notice.ts';
import type { NoticeType } from '../../schemas/notice-type.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import { OPEN_DATA_VERSION, type NoticeVersionData, type VersionSummary } from '../../schemas/open-data.ts';
import { lastUpdated, type Notice, type VersionRecord } from '../catalogue.ts';
import { completeness } from '../completeness.ts';
import type { IsoDate } from '../dates.ts';
import { paths } from '../urls.ts';
import type { DatedVersion } from '../versions.ts';

/** What a record reads from a version: its frontmatter. */
export interface DataVersion {
	data: NoticeFrontmatter;
}

/** Everything one version's record is made from. */
export interface RecordInput {
	notice: Notice<DataVersion>;
	version: DatedVersion<VersionRecord<DataVersion>>;
	organisation: { slug: string; data: Organisation };
	noticeType: { slug: string; data: NoticeType };
	/** The build date, which the version's status is true of. */
	asOf: IsoDate;
	/** The full public address of a site path. */
	url: (path: string) => string;
}

/** The address of the open data's JSON Schema. */
export const schemaUrl = (url: RecordInput['url']) => url(paths.dataSchema());

/**
 * One version as open data, without its text: its frontmatter and facts, its organisation, its
 * place in its notice's timeline, its change, and its UK GDPR completeness. Absent values are
 * null rather than missing, so every record has the same fields; facts are as the editor gave them.
 */
export function versionSummary({ notice, version, organisation, noticeType, asOf, url }: RecordInput): VersionSummary {
	const { org, type, timeline } = notice;
	const { data } = version.entry.value;
	const link = (other: DatedVersion<unknown> | undefined) => (other ? { effective: other.effective, url: url(paths.version(org, type, other.effective)) } : null);
	const facts: Facts | undefined = data.facts;
	return {
		id: `${org}/${type}/${version.effective}`,
		url: url(paths.version(org, type, version.effective)),
		links: {
			json: url(paths.versionJson(org, type, version.effective)),
			markdown: url(paths.versionMarkdown(org, type, version.effective)),
			notice: url(paths.notice(org, type)),
			history: url(paths.history(org, type)),
		},
		organisation: { slug: organisation.slug, ...organisation.data, url: url(paths.organisation(organisation.slug)) },
		noticeType: { slug: noticeType.slug, ...noticeType.data, url: url(paths.noticeType(noticeType.slug)) },
		title: data.title,
		summary: data.summary,
		language: data.language,
		effective: version.effective,
		published: version.entry.published ?? null,
		updated: data.updated ?? null,
		lastUpdated: lastUpdated(version),
		changeClass: data.changeClass ?? null,
		changeNote: data.changeNote ?? null,
		timeline: {
			status: version.status,
			asOf,
			effectiveFrom: version.effective,
			inForceUntil: version.until ?? null,
			supersedes: link(timeline.versions[version.index - 1]),
			supersededBy: link(timeline.versions[version.index + 1]),
			position: version.index + 1,
			versions: timeline.versions.length,
		},
		facts: facts ?? null,
		completeness: completeness(facts, { hasDpo: organisation.data.dpo !== undefined }),
	};
}

/** A version's `notice.json`: its record, with its text as Markdown. */
export function versionData(input: RecordInput, text: string, summary: VersionSummary = versionSummary(input)): NoticeVersionData {
	return { $schema: schemaUrl(input.url), schemaVersion: OPEN_DATA_VERSION, ...summary, text };
}
