import type { z } from 'astro/zod';
import { accessibilityTestRecordSchema, TEST_RECORD_VERSION, type AccessibilityTestRecord } from '../../schemas/accessibility-record.ts';
import type { Problem } from '../check/problem.ts';
import type { IsoDate } from '../dates.ts';

// The record of the last complete accessibility test run: made from the tests' outcomes after a
// run, and read back by the next build for the accessibility statement. Pure: the reporter
// (tests/a11y/record-reporter.ts) and the build (./read.ts) do the file work.

/** The environment variable that moves the record, for CI: a path from the project's root, or absolute. */
export const RECORD_VARIABLE = 'NOTICEBOARD_ACCESSIBILITY_RECORD';
/** Where the record is kept unless the variable says otherwise: at the project's root, not committed. */
export const DEFAULT_RECORD_FILE = 'accessibility-tests.json';

/** The record's file as the environment names it, from the project's root. */
export const recordPath = (env: Record<string, string | undefined> = process.env): string => env[RECORD_VARIABLE] || DEFAULT_RECORD_FILE;

/** The day `instant` falls on in the UK, `YYYY-MM-DD`: a run at 00:30 on 3 December, British Summer Time or not, is on 3 December. */
export function londonDate(instant: Date): IsoDate {
	// en-CA formats dates as YYYY-MM-DD.
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(instant);
}

/** The record read from its file, or one problem saying why it cannot be used. */
export type ParsedTestRecord = { record: AccessibilityTestRecord; problem: undefined } | { record: undefined; problem: Problem };

const fix = (file: string) => `Run the accessibility tests again (npm test, or npx playwright test tests/a11y) to write a new one, or delete ${file} to build without a test date.`;

/** Checks a record file's text: JSON, in the record's format. A problem names the file, the field and what was expected. */
export function parseTestRecord(text: string, file: string): ParsedTestRecord {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { record: undefined, problem: { file, message: `The accessibility test record is not JSON: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}.`, fix: fix(file), severity: 'error' } };
	}
	const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
	if (typeof json === 'object' && json !== null && version !== TEST_RECORD_VERSION) {
		return { record: undefined, problem: { file, field: 'schemaVersion', message: `The accessibility test record is in format ${JSON.stringify(version)}; this version of Noticeboard reads format ${TEST_RECORD_VERSION}.`, fix: fix(file), severity: 'error' } };
	}
	const result = accessibilityTestRecordSchema.safeParse(json);
	if (result.success) return { record: result.data, problem: undefined };
	const issue = result.error.issues[0] as z.core.$ZodIssue;
	const field = issue.path.map(String).join('.');
	return { record: undefined, problem: { file, ...(field ? { field } : {}), message: `The accessibility test record is not valid: ${issue.message}`, fix: fix(file), severity: 'error' } };
}

/** One accessibility test as it ended: a built page, or another state of a page (such as search with results). */
export interface TestOutcome {
	/** The built page's address, for a test of one page as built; undefined for a test of another state. */
	page: string | undefined;
	/** The test's name, to list it when it failed. */
	title: string;
	/** `passed`; `failed` for a violation, an error or a timeout; `skipped` when it did not run. */
	status: 'passed' | 'failed' | 'skipped';
}

/** What a run is measured against, and what it ran. */
export interface RunContext {
	/** Every HTML page of the build the tests ran on (tests/pages.ts). */
	builtPages: readonly string[];
	/** How the run as a whole ended: Playwright's `FullResult.status`. */
	runStatus: 'passed' | 'failed' | 'timedout' | 'interrupted';
	finishedAt: Date;
	colorSchemes: readonly ('light' | 'dark')[];
	widths: readonly number[];
	tags: readonly string[];
	axeVersion: string;
	commit: string | undefined;
}

/**
 * The record of a run, or why it makes none. Only a complete run counts: one that tested every
 * built page and ran to its end. A run of some pages (`-g`, one file, a stop after failures) says
 * nothing about the site, so it leaves the last record as it was. A complete run with any failure
 * is recorded as failed, with what failed: it must never leave a pass in place.
 */
export function recordOfRun(outcomes: readonly TestOutcome[], context: RunContext): { record: AccessibilityTestRecord; skipped: undefined } | { record: undefined; skipped: string } {
	if (outcomes.length === 0) return { record: undefined, skipped: 'no accessibility tests ran' };
	if (context.runStatus === 'interrupted') return { record: undefined, skipped: 'the run was interrupted' };
	const tested = new Set(outcomes.filter((o) => o.page !== undefined && o.status !== 'skipped').map((o) => o.page!));
	const missing = context.builtPages.filter((page) => !tested.has(page));
	if (missing.length > 0) {
		return { record: undefined, skipped: `only ${tested.size} of the ${context.builtPages.length} built pages were tested (not ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''})` };
	}
	const skippedStates = outcomes.filter((o) => o.status === 'skipped');
	if (skippedStates.length > 0) return { record: undefined, skipped: `${skippedStates.length} accessibility ${skippedStates.length === 1 ? 'test was' : 'tests were'} skipped` };
	const failed = outcomes.filter((o) => o.status === 'failed').map((o) => o.page ?? o.title);
	const modes = context.colorSchemes.length * context.widths.length;
	return {
		record: {
			schemaVersion: TEST_RECORD_VERSION,
			date: londonDate(context.finishedAt),
			finishedAt: context.finishedAt.toISOString(),
			outcome: failed.length === 0 ? 'passed' : 'failed',
			pages: context.builtPages.length,
			failed,
			checks: outcomes.length * modes,
			colorSchemes: [...context.colorSchemes],
			widths: [...context.widths],
			tags: [...context.tags],
			axeVersion: context.axeVersion,
			...(context.commit ? { commit: context.commit } : {}),
		},
		skipped: undefined,
	};
}
