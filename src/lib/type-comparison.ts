// One notice type across organisations: what each organisation's version in force says, fact by
// fact, so researchers can read down a column (decision 0014). Comparing versions of one notice is
// ./comparison.ts's job, not this file's.
import { en, type Strings } from '../i18n/en.ts';
import { lawfulBases, type Facts } from '../schemas/facts.ts';
import { lastUpdated, type Notice } from './catalogue.ts';
import { completeness, type ItemResult, type Publisher } from './completeness.ts';
import { recipientsOf } from './components/facts/recipients.ts';
import { startOfSentence } from './components/facts/labels.ts';
import type { IsoDate } from './dates.ts';
import { paths } from './urls.ts';

/** What a cell says where a notice's facts are silent, in English: the gap researchers look for. */
export const NOT_STATED = en.typeComparison.notStated;

/** What a cell says when the version has no facts at all, in English. */
export const FACTS_NOT_GIVEN = en.typeComparison.factsNotGiven;

/** A gap in the facts: what the cell says instead, shown as a gap. */
export interface Gap {
	stated: false;
	text: string;
}

/** A cell's text: the items the facts give, or a gap. */
export type ComparedCell = { stated: true; items: string[] } | Gap;

/** Purposes kept for the same period, in the notice's words; `retention` undefined where it gives none. */
export interface RetentionItem {
	purposes: string[];
	retention: string | undefined;
}

/** How a version covers the UK GDPR checklist, for its cell. */
export interface ComparedCompleteness {
	present: number;
	missing: number;
	notApplicable: number;
	/** Items checked: 15. */
	total: number;
	/** The missing items, named with their Articles; none listed when the version has no facts. */
	missingItems: string[];
}

/** One organisation's row: its version shown, and what that version's facts say. */
export interface ComparisonRow {
	org: string;
	name: string;
	/** `current`: in force on the build date; `upcoming`: the organisation has only versions not yet in force. */
	status: 'current' | 'upcoming';
	/** The version shown: its effective date, and when it last changed. */
	effective: IsoDate;
	lastUpdated: IsoDate;
	/** When a later version takes effect, if one is upcoming after the one shown. */
	nextChange: IsoDate | undefined;
	/** The notice's page, and the version's permanent page. */
	noticePath: string;
	versionPath: string;
	/** Whether the version gives facts; without, every fact cell says the facts are not given. */
	hasFacts: boolean;
	bases: ComparedCell;
	/** Retention per purpose, as written, purposes kept alike together; a gap without facts. */
	retention: RetentionItem[] | Gap;
	recipients: ComparedCell;
	transfers: ComparedCell;
	automatedDecisions: ComparedCell;
	completeness: ComparedCompleteness;
}

/** What a row needs to know about the organisation that publishes the notice. */
export interface ComparedOrganisation extends Publisher {
	name: string;
}

const stated = (items: string[]): ComparedCell => ({ stated: true, items });
const gap = (text: string): Gap => ({ stated: false, text });

/** The lawful bases the purposes use, each once, in the order of Article 6(1), with their Article. */
export function basesCell(purposes: Facts['purposes'], t: Strings = en): ComparedCell {
	return stated(lawfulBases.filter((b) => purposes.some((p) => p.basis === b)).map((b) => t.vocabulary.basis[b]));
}

/**
 * Retention for every purpose, as written: purposes with the very same words share an item, in the
 * order first met. A purpose without retention is never dropped: its `retention` is undefined,
 * which the page shows as not stated.
 */
export function retentionCell(purposes: Facts['purposes']): RetentionItem[] {
	return [...Map.groupBy(purposes, (p) => p.retention)].map(([retention, ps]) => ({ purposes: ps.map((p) => p.purpose), retention }));
}

/** Each recipient once, as written; none listed is a gap, not a statement that there are none. */
export function recipientsCell(purposes: Facts['purposes'], t: Strings = en): ComparedCell {
	const recipients = recipientsOf(purposes).map((r) => startOfSentence(r.recipient));
	return recipients.length > 0 ? stated(recipients) : gap(t.typeComparison.notStated);
}

/** Each transfer outside the UK with its safeguard, or "None" when the notice says so. */
export function transfersCell(transfers: Facts['transfers'], t: Strings = en): ComparedCell {
	if (transfers === undefined) return gap(t.typeComparison.notStated);
	if (transfers === 'none') return stated([t.typeComparison.none]);
	return stated(transfers.map(({ destination, safeguard }) => t.typeComparison.transfer(destination, t.vocabulary.safeguard[safeguard])));
}

/** "No", or the decisions as the notice describes them. */
export function automatedCell(decisions: Facts['automatedDecisions'], t: Strings = en): ComparedCell {
	if (decisions === undefined) return gap(t.typeComparison.notStated);
	return stated([decisions === 'no' ? t.typeComparison.no : decisions.description]);
}

/** The checklist's counts and the missing items by name, from completeness(). */
export function completenessCell(facts: Facts | undefined, publisher: Publisher, t: Strings = en): ComparedCompleteness {
	const items = completeness(facts, publisher, t);
	const count = (status: ItemResult['status']) => items.filter((i) => i.status === status).length;
	const missing = items.filter((i) => i.status === 'missing');
	return {
		present: count('present'),
		missing: missing.length,
		notApplicable: count('not-applicable'),
		total: items.length,
		// Without facts every item but the first is missing for the same reason, which the cell says once.
		missingItems: facts ? missing.map((i) => t.checklist.missingItem(i.title, i.article)) : [],
	};
}

/**
 * One row per organisation with a notice of this type, in the notices' order: the version in force
 * on the build date, or, for an organisation whose only versions are upcoming, the first of those,
 * marked `upcoming`. No organisation is left out, with facts or without. Cells are written in the
 * language of `t`.
 */
export function comparisonRows<V>(
	notices: readonly Notice<V>[],
	factsOf: (value: V) => Facts | undefined,
	organisationOf: (slug: string) => ComparedOrganisation,
	t: Strings = en,
): ComparisonRow[] {
	return notices.map(({ org, type, timeline }) => {
		// The headline is the version in force, or else the first upcoming one.
		const version = timeline.headline;
		const facts = factsOf(version.entry.value);
		const organisation = organisationOf(org);
		const none = gap(t.typeComparison.factsNotGiven);
		return {
			org,
			name: organisation.name,
			status: timeline.current ? 'current' : 'upcoming',
			effective: version.effective,
			lastUpdated: lastUpdated(version),
			nextChange: timeline.versions[version.index + 1]?.effective,
			noticePath: paths.notice(org, type),
			versionPath: paths.version(org, type, version.effective),
			hasFacts: facts !== undefined,
			bases: facts ? basesCell(facts.purposes, t) : none,
			retention: facts ? retentionCell(facts.purposes) : none,
			recipients: facts ? recipientsCell(facts.purposes, t) : none,
			transfers: facts ? transfersCell(facts.transfers, t) : none,
			automatedDecisions: facts ? automatedCell(facts.automatedDecisions, t) : none,
			completeness: completenessCell(facts, organisation, t),
		};
	});
}
