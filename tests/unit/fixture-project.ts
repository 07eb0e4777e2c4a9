import { appendFile, cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import { noticeboard } from '../../src/integration.ts';

/** The small valid site every fixture is laid over. */
export const BASE = 'tests/fixtures/base';

const roots: string[] = [];

/**
 * A throwaway project holding the base site with each fixture folder laid over it in order, as
 * they are (links stay links, bytes stay bytes), so the check and the build read the same tree.
 * A fixture's grow.json (`{ "file", "bytes" }`) makes that file that large, so that no test has to
 * keep a megabyte in git.
 */
export async function projectOf(...fixtures: string[]): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'noticeboard-fixture-'));
	roots.push(root);
	await cp(join(BASE, 'content'), join(root, 'content'), { recursive: true });
	for (const fixture of fixtures) {
		// Verbatim, so a relative link points into the copy, as it did in the fixture.
		await cp(fixture, root, { recursive: true, verbatimSymlinks: true });
		const grow = await readFile(join(fixture, 'grow.json'), 'utf8').catch(() => undefined);
		if (grow) await growFile(root, JSON.parse(grow) as { file: string; bytes: number });
	}
	return root;
}

async function growFile(root: string, { file, bytes }: { file: string; bytes: number }): Promise<void> {
	const path = join(root, file);
	const line = 'We keep what you tell us for as long as the law says, then delete it.\n';
	const missing = bytes - (await stat(path)).size;
	await appendFile(path, line.repeat(Math.ceil(missing / line.length)).slice(0, missing));
}

/** Removes every project made so far. */
export function removeProjects(): Promise<void[]> {
	return Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true })));
}

/** Runs the build's content gate (the `astro:config:setup` hook) on a project, as `astro build` would. */
export async function runBuildGate(root: string): Promise<void> {
	const hook = noticeboard().hooks['astro:config:setup']!;
	// The hook reads only these fields; a full Astro config is not needed to test the gate.
	const options = { config: { root: pathToFileURL(`${root}/`), base: '/' }, command: 'build', logger: { warn: vi.fn() }, updateConfig: vi.fn() };
	await hook(options as unknown as Parameters<typeof hook>[0]);
}
