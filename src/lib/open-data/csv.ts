import type { Facts } from '../../schemas/facts.ts';
import type { VersionSummary } from '../../schemas/open-data.ts';

type Purpose = Facts['purposes'][number];

/** One column of `/data/purposes.csv`: its header, what it means, and its value in a row. */
export interface CsvColumn {
	name: string;
	description: string;
	value: (version: VersionSummary, purpose: Purpose, index: number) => string;
}

/** How lists are written in one cell. */
export const LIST_SEPARATOR = '; ';
const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);

/** Transfers outside the UK, for every row of a version: said to be none, listed, or not stated. */
function transfers(facts: Facts | null): string {
	if (!facts?.transfers) return '';
	if (facts.transfers === 'none') return 'none';
	return list(facts.transfers.map((t) => `${t.destination} (${t.safeguard})`));
}

/** The columns, in order. Codes (status, basis) are the values the facts use, listed on /data/. */
export const PURPOSE_COLUMNS: readonly CsvColumn[] = [
	{ name: 'organisation', description: "The organisation's id, as in its address on this site.", value: (v) => v.organisation.slug },
	{ name: 'organisation_name', description: 'The name people know it by.', value: (v) => v.organisation.name },
	{ name: 'notice_type', description: "The notice type's id, such as job-applicants.", value: (v) => v.noticeType.slug },
	{ name: 'notice_type_title', description: "The notice type's title.", value: (v) => v.noticeType.title },
	{ name: 'version', description: 'The date the version takes effect, YYYY-MM-DD: its id.', value: (v) => v.effective },
	{ name: 'status', description: 'current, upcoming or archived, on the date the site was built.', value: (v) => v.timeline.status },
	{ name: 'in_force_until', description: 'The last day the version is in force, or empty while no later version exists.', value: (v) => v.timeline.inForceUntil ?? '' },
	{ name: 'purpose_number', description: "The purpose's place in the version's list, from 1.", value: (_, __, i) => String(i + 1) },
	{ name: 'purpose', description: 'What the data is used for, as written.', value: (_, p) => p.purpose },
	{ name: 'data', description: 'The categories of personal data used, separated by "; ".', value: (_, p) => list(p.data) },
	{ name: 'basis', description: 'The lawful basis under UK GDPR Article 6(1), as a code such as public_task.', value: (_, p) => p.basis },
	{ name: 'legitimate_interests', description: 'The legitimate interests pursued, when the basis is legitimate_interests.', value: (_, p) => p.legitimateInterests ?? '' },
	{ name: 'special_category_condition', description: 'The Article 9(2) condition, when special category data is used, as a code such as health_social_care.', value: (_, p) => p.specialCategory?.condition ?? '' },
	{ name: 'retention', description: 'How long the data is kept, as written; empty when the notice does not say.', value: (_, p) => p.retention ?? '' },
	{ name: 'recipients', description: 'Who receives the data, as written, separated by "; ".', value: (_, p) => list(p.recipients) },
	{ name: 'transfers', description: 'Transfers outside the UK for the whole version: "none", each destination with its safeguard code, or empty when not stated.', value: (v) => transfers(v.facts) },
	{ name: 'url', description: "The version's permanent page.", value: (v) => v.url },
];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A field that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) starts
 * with an apostrophe, as OWASP advises, since the text is written by editors: the open data page
 * says so.
 */
export function csvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** `/data/purposes.csv`: a header, then one row for each purpose of each version that has facts. */
export function purposesCsv(versions: readonly VersionSummary[]): string {
	const rows = [PURPOSE_COLUMNS.map((c) => c.name)];
	for (const version of versions) {
		version.facts?.purposes.forEach((purpose, i) => rows.push(PURPOSE_COLUMNS.map((c) => c.value(version, purpose, i))));
	}
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
