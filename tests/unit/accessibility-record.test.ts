import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readTestRecord } from '../../src/lib/accessibility/read.ts';
import { londonDate, parseTestRecord, recordOfRun, type RunContext, type TestOutcome } from '../../src/lib/accessibility/record.ts';
import { COLOR_SCHEMES, WIDTHS } from '../../src/lib/accessibility/method.ts';
import { MODES, TAGS } from '../a11y/axe.ts';

const context: RunContext = {
	builtPages: ['/', '/accessibility/', '/cy/'],
	runStatus: 'passed',
	finishedAt: new Date('2026-12-02T10:15:00.000Z'),
	colorSchemes: ['light', 'dark'],
	widths: [1280, 320],
	tags: ['wcag2a', 'wcag22aa'],
	axeVersion: '4.14.1',
	commit: 'a'.repeat(40),
};
const page = (path: string, status: TestOutcome['status'] = 'passed'): TestOutcome => ({ page: path, title: `${path} has no accessibility violations`, status });
const all = [page('/'), page('/accessibility/'), page('/cy/'), { page: undefined, title: 'the search page with results', status: 'passed' as const }];

describe('the record of a test run', () => {
	test('a complete run that passed records the UK date, the pages, the checks and the method', () => {
		const { record } = recordOfRun(all, context);
		expect(record).toEqual({
			schemaVersion: 1,
			date: '2026-12-02',
			finishedAt: '2026-12-02T10:15:00.000Z',
			outcome: 'passed',
			pages: 3,
			failed: [],
			checks: 16,
			colorSchemes: ['light', 'dark'],
			widths: [1280, 320],
			tags: ['wcag2a', 'wcag22aa'],
			axeVersion: '4.14.1',
			commit: 'a'.repeat(40),
		});
	});

	test('a complete run with a failure is recorded as failed, naming what failed, never as a pass', () => {
		const { record } = recordOfRun([page('/'), page('/accessibility/', 'failed'), page('/cy/'), { page: undefined, title: 'the search page with results', status: 'failed' }], context);
		expect(record?.outcome).toBe('failed');
		expect(record?.failed).toEqual(['/accessibility/', 'the search page with results']);
	});

	test('a run of only some pages writes no record, and says which pages it left out', () => {
		const result = recordOfRun([page('/')], context);
		expect(result.record).toBeUndefined();
		expect(result.skipped).toBe('only 1 of the 3 built pages were tested (not /accessibility/, /cy/)');
	});

	test('an interrupted run writes no record', () => {
		expect(recordOfRun(all, { ...context, runStatus: 'interrupted' }).skipped).toBe('the run was interrupted');
	});

	test('a run with a skipped test writes no record', () => {
		expect(recordOfRun([...all.slice(0, 3), { page: undefined, title: 'state', status: 'skipped' }], context).skipped).toBe('1 accessibility test was skipped');
	});

	test('the date is the day in the UK: just after midnight in British Summer Time is the next day', () => {
		expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
		expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
	});

	test('the tests check in the modes the statement describes', () => {
		expect(MODES).toEqual([
			{ colorScheme: 'light', width: 1280 },
			{ colorScheme: 'dark', width: 1280 },
			{ colorScheme: 'light', width: 320 },
			{ colorScheme: 'dark', width: 320 },
		]);
		expect(MODES.length).toBe(COLOR_SCHEMES.length * WIDTHS.length);
		expect(TAGS).toContain('wcag22aa');
	});
});

describe('reading a record', () => {
	const written = recordOfRun(all, context).record!;

	test('a record written by a run reads back as it was', () => {
		expect(parseTestRecord(JSON.stringify(written), 'accessibility-tests.json')).toEqual({ record: written, problem: undefined });
	});

	test('a file that is not JSON is a problem naming the file and how to fix it', () => {
		const { problem } = parseTestRecord('{"schemaVersion": 1,', 'accessibility-tests.json');
		expect(problem?.file).toBe('accessibility-tests.json');
		expect(problem?.message).toMatch(/^The accessibility test record is not JSON: /);
		expect(problem?.fix).toMatch(/Run the accessibility tests again .* or delete accessibility-tests.json/);
	});

	test('a record in another format version is a problem naming the versions', () => {
		expect(parseTestRecord(JSON.stringify({ ...written, schemaVersion: 2 }), 'r.json').problem).toMatchObject({ field: 'schemaVersion', message: 'The accessibility test record is in format 2; this version of Noticeboard reads format 1.' });
	});

	test('a record with a field that is wrong names the field', () => {
		expect(parseTestRecord(JSON.stringify({ ...written, date: '2026-13-02' }), 'r.json').problem).toMatchObject({ field: 'date' });
		expect(parseTestRecord(JSON.stringify({ ...written, pages: 0 }), 'r.json').problem).toMatchObject({ field: 'pages' });
	});

	test('a record that claims a pass while listing failures is refused', () => {
		expect(parseTestRecord(JSON.stringify({ ...written, failed: ['/'] }), 'r.json').problem).toMatchObject({ field: 'failed' });
	});

	const roots: string[] = [];
	afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

	test('a project without a record has none, and no problem', async () => {
		const root = await mkdtemp(join(tmpdir(), 'noticeboard-a11y-'));
		roots.push(root);
		expect(readTestRecord(root, {})).toEqual({ record: undefined, problem: undefined });
	});

	test('the environment variable moves the record, and a problem names the file as given', async () => {
		const root = await mkdtemp(join(tmpdir(), 'noticeboard-a11y-'));
		roots.push(root);
		await writeFile(join(root, 'ci-record.json'), JSON.stringify(written));
		expect(readTestRecord(root, { NOTICEBOARD_ACCESSIBILITY_RECORD: 'ci-record.json' }).record).toEqual(written);
		await writeFile(join(root, 'broken.json'), 'not json');
		expect(readTestRecord(root, { NOTICEBOARD_ACCESSIBILITY_RECORD: 'broken.json' }).problem?.file).toBe('broken.json');
	});
});
