import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { BASE, projectOf, removeProjects, runBuildGate } from './fixture-project.ts';

// Each folder in tests/fixtures/bad-content/ adds or replaces files in the small valid site in
// tests/fixtures/base/, and says in expected.json which file must be named, with which message.
// Files are read as bytes and links copied as links, so a fixture reaches the check as it is.

const FIXTURES = 'tests/fixtures/bad-content';
const fixtures = (await readdir(FIXTURES)).sort();

interface Expected {
	file: string;
	message: string;
}

afterAll(removeProjects);

test('the base site for the fixtures has no problems', async () => {
	expect(checkContent(await readContentFiles(BASE)).problems.map(formatProblem)).toEqual([]);
});

test('there are at least 30 bad-content fixtures', () => {
	expect(fixtures.length).toBeGreaterThanOrEqual(30);
});

describe.each(fixtures)('bad content: %s', (fixture) => {
	let root: string;
	let expected: Expected;
	let pattern: RegExp;
	beforeAll(async () => {
		root = await projectOf(join(FIXTURES, fixture));
		expected = JSON.parse(await readFile(join(FIXTURES, fixture, 'expected.json'), 'utf8')) as Expected;
		pattern = new RegExp(`${escape(expected.file)}(:\\d+)*  .*${escape(expected.message)}`);
	});

	test('is rejected by the check, naming the file and saying what is wrong', async () => {
		const problems = checkContent(await readContentFiles(root)).problems.filter((p) => p.severity === 'error');
		expect(problems.map(formatProblem)).toContainEqual(expect.stringMatching(new RegExp(`^${pattern.source}`)));
	});

	test('stops the build with the same message', async () => {
		await expect(runBuildGate(root)).rejects.toThrow(pattern);
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
