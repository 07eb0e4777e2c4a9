import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { noticeboard } from '../../src/integration.ts';

const roots: string[] = [];

/** Writes a throwaway project with the given content files and returns its root. */
async function project(files: Record<string, string>): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'noticeboard-'));
	roots.push(root);
	for (const [path, source] of Object.entries(files)) {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), source);
	}
	return root;
}

async function setup(root: string, command: 'build' | 'dev') {
	const logger = { warn: vi.fn() };
	const updateConfig = vi.fn();
	const hook = noticeboard().hooks['astro:config:setup']!;
	// The hook reads only these fields; a full Astro config is not needed to test the gate.
	const options = { config: { root: pathToFileURL(`${root}/`), base: '/' }, command, logger, updateConfig };
	await hook(options as unknown as Parameters<typeof hook>[0]);
	return { logger, updateConfig };
}

afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true }))));

describe('the build gate', () => {
	const bad = { 'content/notices/nobody/website/2025-01-01.mdx': '---\ntitle: T\nsummary: S.\n---\n' };

	test('stops a build on bad content, listing each problem with its file', async () => {
		const root = await project(bad);
		await expect(setup(root, 'build')).rejects.toThrow(
			/nothing was built:[\s\S]*content\/notices\/nobody\/website\/2025-01-01\.mdx {2}The folder "nobody" is not an organisation/,
		);
	});

	test('lets the dev server start on bad content, and warns instead', async () => {
		const root = await project(bad);
		const { logger } = await setup(root, 'dev');
		expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/The folder "nobody" is not an organisation/));
	});

	test('adds the sitemap when the content is good', async () => {
		const root = await project({ 'content/notice-types/website.yaml': 'title: W\ndescription: D.\naudience: A\n' });
		const { updateConfig } = await setup(root, 'build');
		const names = updateConfig.mock.calls[0]?.[0].integrations.map((i: { name: string }) => i.name);
		expect(names).toEqual(['@astrojs/sitemap']);
	});
});
