import { z } from 'astro/zod';
import { isoDateSchema } from './date.ts';

// The record of the last complete run of the accessibility tests (tests/a11y), which the
// accessibility statement reports. Written by tests/a11y/record-reporter.ts after the tests, read
// by the next build (src/lib/accessibility/record.ts); decision 0016-accessibility-statement.

/** The record format's version: raised when a field is renamed, removed or changes meaning. */
export const TEST_RECORD_VERSION = 1;

/** One complete run of the accessibility tests over every built page. */
export const accessibilityTestRecordSchema = z
	.strictObject({
		/** The record format's version, `1`. */
		schemaVersion: z.literal(TEST_RECORD_VERSION),
		/** The day the run finished, in the UK (Europe/London), `YYYY-MM-DD`: the date the statement gives. */
		date: isoDateSchema,
		/** When the run finished, as an ISO 8601 instant, such as `2026-12-02T10:15:00.000Z`. */
		finishedAt: z.iso.datetime(),
		/** `passed` when every check found nothing; `failed` when any found a violation or did not finish. */
		outcome: z.enum(['passed', 'failed']),
		/** How many built pages were checked: every HTML page of the build, each in every mode. */
		pages: z.int().min(1),
		/** The pages (and page states) with at least one failure, by address; empty when the run passed. */
		failed: z.array(z.string().min(1)),
		/** How many times axe-core ran: each page and each extra state (such as search with results) once per mode. */
		checks: z.int().min(1),
		/** The colour schemes each page was checked in. */
		colorSchemes: z.array(z.enum(['light', 'dark'])).min(1),
		/** The window widths, in CSS pixels, each page was checked at. */
		widths: z.array(z.int().min(1)).min(1),
		/** The axe-core rule tags that were run, such as `wcag22aa` and `best-practice`. */
		tags: z.array(z.string().min(1)).min(1),
		/** The version of axe-core that ran, such as `4.14.1`. */
		axeVersion: z.string().regex(/^\d+\.\d+\.\d+/, 'Expected a version such as "4.14.1".'),
		/** The git commit the tests ran on, when the project is a git repository. */
		commit: z.string().regex(/^[0-9a-f]{40}$/, 'Expected a full git commit id, 40 hex digits.').optional(),
	})
	.refine((record) => (record.outcome === 'passed') === (record.failed.length === 0), {
		message: 'A run that passed lists no failed pages, and a run that failed lists at least one.',
		path: ['failed'],
	});

/** The record as written to the file. */
export type AccessibilityTestRecord = z.output<typeof accessibilityTestRecordSchema>;
