import type { IsoDate } from './dates.ts';
import { timeline, type DatedVersion, type Timeline } from './versions.ts';

/** One version of a notice as the catalogue needs it; `value` is whatever the caller renders from. */
export interface VersionRecord<V> {
	org: string;
	type: string;
	/** The effective date, from the file name. */
	effective: IsoDate;
	/** The date the text was last edited, when later than `effective`. */
	updated: IsoDate | undefined;
	/** The day its file was first committed (decision 0016); undefined when not committed, or git cannot tell. */
	published?: IsoDate | undefined;
	value: V;
}

/** One organisation or notice type, with the notices that belong to it. */
export interface Group<D, V> {
	slug: string;
	data: D;
	notices: Notice<V>[];
}

/** One notice: an organisation × a notice type, with all its versions. */
export interface Notice<V> {
	org: string;
	type: string;
	timeline: Timeline<VersionRecord<V>>;
}

/** Everything the site shows, put in order once per build. */
export interface Catalogue<O, T, V> {
	/** Organisations, by name. */
	organisations: Group<O, V>[];
	/** Notice types, by title. */
	types: Group<T, V>[];
	/** Every notice, by organisation then type. */
	notices: Notice<V>[];
}

/** The date a version last changed: when it was edited, or else when it took effect. */
export function lastUpdated(version: DatedVersion<VersionRecord<unknown>>): IsoDate {
	const { updated } = version.entry;
	return updated !== undefined && updated > version.effective ? updated : version.effective;
}

/**
 * Groups versions into notices and puts organisations, types and notices in reading order.
 * References are assumed checked (the content check runs first): a version whose organisation
 * or type is missing is an error here too, never silently left out.
 */
export function buildCatalogue<O extends { name: string }, T extends { title: string }, V>(
	input: {
		organisations: readonly { slug: string; data: O }[];
		types: readonly { slug: string; data: T }[];
		versions: readonly VersionRecord<V>[];
	},
	today: IsoDate,
): Catalogue<O, T, V> {
	const organisations = input.organisations
		.map(({ slug, data }) => ({ slug, data, notices: [] as Notice<V>[] }))
		.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en-GB'));
	const types = input.types
		.map(({ slug, data }) => ({ slug, data, notices: [] as Notice<V>[] }))
		.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB'));
	const orgBySlug = new Map(organisations.map((o) => [o.slug, o]));
	const typeBySlug = new Map(types.map((t) => [t.slug, t]));

	const groups = Map.groupBy(input.versions, (v) => `${v.org}/${v.type}`);
	const notices: Notice<V>[] = [];
	for (const [key, versions] of groups) {
		const [org, type] = key.split('/') as [string, string];
		const organisation = orgBySlug.get(org);
		const noticeType = typeBySlug.get(type);
		if (!organisation || !noticeType) throw new Error(`content/notices/${key}/: unknown organisation or notice type.`);
		const notice = { org, type, timeline: timeline(versions, (v) => v.effective, today) };
		notices.push(notice);
		organisation.notices.push(notice);
		noticeType.notices.push(notice);
	}
	const byType = (a: Notice<V>, b: Notice<V>) => title(a).localeCompare(title(b), 'en-GB');
	const title = (n: Notice<V>) => typeBySlug.get(n.type)!.data.title;
	const byOrg = (a: Notice<V>, b: Notice<V>) =>
		orgBySlug.get(a.org)!.data.name.localeCompare(orgBySlug.get(b.org)!.data.name, 'en-GB');
	for (const o of organisations) o.notices.sort(byType);
	for (const t of types) t.notices.sort(byOrg);
	notices.sort((a, b) => byOrg(a, b) || byType(a, b));
	return { organisations, types, notices };
}
