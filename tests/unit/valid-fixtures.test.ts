import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { projectOf, removeProjects, runBuildGate } from './fixture-project.ts';

// Each folder in tests/fixtures/valid-content/ adds files to the base site that editors' tools
// really write (a byte-order mark, CRLF line endings, Welsh with emoji) and that must be
// accepted. tests/e2e/valid-content.spec.ts builds them all with `astro build`.

const FIXTURES = 'tests/fixtures/valid-content';
const fixtures = (await readdir(FIXTURES)).sort();

afterAll(removeProjects);

describe.each(fixtures)('valid content: %s', (fixture) => {
	test('passes the check with no errors', async () => {
		const root = await projectOf(join(FIXTURES, fixture));
		const errors = checkContent(await readContentFiles(root)).problems.filter((p) => p.severity === 'error');
		expect(errors.map(formatProblem)).toEqual([]);
	});

	test('passes the build gate', async () => {
		await expect(runBuildGate(await projectOf(join(FIXTURES, fixture)))).resolves.toBeUndefined();
	});
});

test('every valid fixture together passes the check, and each notice is a version', async () => {
	const root = await projectOf(...fixtures.map((fixture) => join(FIXTURES, fixture)));
	const { problems, versions } = checkContent(await readContentFiles(root));
	expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
	expect(versions.map((v) => `${v.org}/${v.type}/${v.effective}`)).toEqual(
		expect.arrayContaining(['trust/cookies/2025-03-01', 'trust/employees/2025-03-01', 'trust/gwefan/2025-03-01']),
	);
});
