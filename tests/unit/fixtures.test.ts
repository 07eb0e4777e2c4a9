import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { noticeboard } from '../../src/integration.ts';
import { checkContent, type ContentFile } from '../../src/lib/check/content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';

// Each folder in tests/fixtures/bad-content/ adds or replaces files in the small valid site in
// tests/fixtures/base/, and says in expected.json which file must be named, with which message.

const FIXTURES = 'tests/fixtures/bad-content';
const BASE = 'tests/fixtures/base';
const fixtures = (await readdir(FIXTURES)).sort();
const roots: string[] = [];

interface Expected {
	file: string;
	message: string;
}

/** The base site with the fixture's files laid over it, as the check reads them. */
async function filesOf(fixture: string): Promise<ContentFile[]> {
	const merged = new Map((await readContentFiles(BASE)).map((f) => [f.path, f]));
	for (const file of await readContentFiles(join(FIXTURES, fixture))) merged.set(file.path, file);
	return [...merged.values()];
}

/** The same, written to a throwaway project folder for the build to read. */
async function projectOf(fixture: string): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'noticeboard-fixture-'));
	roots.push(root);
	await cp(join(BASE, 'content'), join(root, 'content'), { recursive: true });
	await cp(join(FIXTURES, fixture, 'content'), join(root, 'content'), { recursive: true });
	return root;
}

afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true }))));

test('the base site for the fixtures has no problems', async () => {
	expect(checkContent(await readContentFiles(BASE)).problems.map(formatProblem)).toEqual([]);
});

test('there are at least 30 bad-content fixtures', () => {
	expect(fixtures.length).toBeGreaterThanOrEqual(30);
});

describe.each(fixtures)('bad content: %s', (fixture) => {
	const expected = async () => JSON.parse(await readFile(join(FIXTURES, fixture, 'expected.json'), 'utf8')) as Expected;

	test('is rejected by the check, naming the file and saying what is wrong', async () => {
		const { file, message } = await expected();
		const problems = checkContent(await filesOf(fixture)).problems.filter((p) => p.severity === 'error');
		expect(problems.map(formatProblem)).toContainEqual(expect.stringMatching(new RegExp(`^${escape(file)}(:\\d+)*  .*${escape(message)}`)));
	});

	test('stops the build with the same message', async () => {
		const { file, message } = await expected();
		const root = await projectOf(fixture);
		const hook = noticeboard().hooks['astro:config:setup']!;
		// The hook reads only these fields; a full Astro config is not needed to test the gate.
		const options = { config: { root: pathToFileURL(`${root}/`), base: '/' }, command: 'build', logger: { warn: vi.fn() }, updateConfig: vi.fn() };
		await expect(hook(options as unknown as Parameters<typeof hook>[0])).rejects.toThrow(new RegExp(`${escape(file)}(:\\d+)*  .*${escape(message)}`));
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
