import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContent } from '../../src/lib/check/content.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { csvField, PURPOSE_COLUMNS, purposesCsv } from '../../src/lib/open-data/csv.ts';
import { openDataJsonSchema } from '../../src/lib/open-data/schema.ts';
import { versionData, versionSummary, type RecordInput } from '../../src/lib/open-data/record.ts';
import type { VersionSummary } from '../../src/schemas/open-data.ts';
import { OPEN_DATA_VERSION } from '../../src/schemas/open-data.ts';

// The open data made from the example site, as the build makes it, held to its own JSON Schema.

const TODAY = '2026-11-22';
const content = checkContent(await readContentFiles('.'));
const catalogue = buildCatalogue(content, TODAY);
const url = (path: string) => `https://noticeboard.example${path}`;
const inputs: RecordInput[] = catalogue.notices.flatMap((notice) =>
	notice.timeline.versions.map((version) => ({
		notice,
		version,
		organisation: catalogue.organisations.find((o) => o.slug === notice.org)!,
		noticeType: catalogue.types.find((t) => t.slug === notice.type)!,
		asOf: TODAY,
		url,
	})),
);
const summaries = inputs.map(versionSummary);

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(openDataJsonSchema(url('/data/schema.json')));
const errors = () => ajv.errorsText(validate.errors);

describe('The open data JSON Schema', () => {
	test("accepts every example version's notice.json", () => {
		expect(inputs.length).toBe(30);
		for (const input of inputs) expect(validate(versionData(input, '## Text\n')), `${input.version.effective}: ${errors()}`).toBe(true);
	});

	test('accepts the dataset of every version', () => {
		const dataset = { $schema: url('/data/schema.json'), schemaVersion: OPEN_DATA_VERSION, site: url('/'), asOf: TODAY, licence: null, versions: summaries };
		expect(validate(dataset), errors()).toBe(true);
	});

	test('refuses a record with a misspelt field, a wrong status or a missing text', () => {
		const record = versionData(inputs[0]!, 'Text');
		expect(validate({ ...record, titel: record.title })).toBe(false);
		expect(validate({ ...record, timeline: { ...record.timeline, status: 'in force' } })).toBe(false);
		const { text: _text, ...withoutText } = record;
		expect(validate(withoutText)).toBe(false);
	});
});

describe("A version's record", () => {
	const larkspurCookies = summaries.filter((s) => s.id.startsWith('larkspur-energy/cookies/'));

	test('places the version in its timeline: what it supersedes, what supersedes it, and until when it was in force', () => {
		const [first, second] = larkspurCookies as [VersionSummary, VersionSummary];
		expect(first.timeline).toMatchObject({ status: 'archived', effectiveFrom: '2024-09-16', inForceUntil: '2026-02-01', supersedes: null, position: 1, versions: 2 });
		expect(first.timeline.supersededBy).toEqual({ effective: '2026-02-02', url: url('/larkspur-energy/cookies/2026-02-02/') });
		expect(second.timeline).toMatchObject({ status: 'current', inForceUntil: null, supersededBy: null, position: 2 });
		expect(second.timeline.supersedes?.effective).toBe('2024-09-16');
		expect(second.changeClass).toBe('major');
		expect(first.changeClass).toBeNull();
	});

	test('gives null, not a missing field, for each value the version does not give', () => {
		for (const summary of summaries) {
			for (const key of ['updated', 'changeClass', 'changeNote', 'facts'] as const) expect(summary, summary.id).toHaveProperty(key);
		}
	});

	test('reports its UK GDPR completeness item by item', () => {
		for (const summary of summaries) expect(summary.completeness.map((c) => c.item)).toEqual([...Array(15).keys()].map((i) => i + 1));
	});
});

describe('The purposes CSV', () => {
	const read = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

	test('has one row for each purpose of each version, read by a CSV parser as the facts say', () => {
		const rows = read(purposesCsv(summaries));
		expect(rows.length).toBe(summaries.reduce((n, s) => n + (s.facts?.purposes.length ?? 0), 0));
		expect(Object.keys(rows[0]!)).toEqual(PURPOSE_COLUMNS.map((c) => c.name));
		let i = 0;
		for (const summary of summaries) {
			summary.facts?.purposes.forEach((purpose, n) => {
				const row = rows[i++]!;
				expect(row).toMatchObject({ organisation: summary.organisation.slug, version: summary.effective, status: summary.timeline.status, purpose_number: String(n + 1), purpose: purpose.purpose, basis: purpose.basis });
				expect(row['retention']).toBe(purpose.retention ?? '');
				expect(row['recipients']).toBe(purpose.recipients.join('; '));
			});
		}
	});

	test('writes any text so that a CSV parser reads it back as it was', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 1, maxLength: 5 }), (values) => {
				const line = values.map(csvField).join(',');
				const [read] = parse(`${line}\r\n`, { relax_column_count: true }) as string[][];
				const expected = values.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v));
				expect(read).toEqual(expected);
			}),
		);
	});

	test('starts a cell that a spreadsheet would run as a formula with an apostrophe', () => {
		expect(csvField('=HYPERLINK("https://evil.example")')).toBe(`"'=HYPERLINK(""https://evil.example"")"`);
		expect(csvField('-1 year')).toBe("'-1 year");
		expect(csvField('6 years')).toBe('6 years');
	});

	test('says how transfers stand for the whole version: none, each destination with its safeguard, or not stated', () => {
		const rows = read(purposesCsv(summaries));
		const transfers = new Set(rows.map((r) => r['transfers']));
		expect(transfers).toContain('none');
		expect([...transfers].some((t) => /\((adequacy|idta|addendum|binding_corporate_rules|derogation)\)/.test(t!))).toBe(true);
	});
});
