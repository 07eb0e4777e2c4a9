import { spawnSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
// The library Astro's glob() loader finds files with, called with the options it passes.
import { glob } from 'tinyglobby';
import { afterAll, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/content.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { CONTENT_GLOBS } from '../../src/lib/content-globs.ts';
import { projectOf, removeProjects } from './fixture-project.ts';

// What the build loads and what the check reads must be the same files: a file the build loads
// but the check never read would be published unchecked.

afterAll(removeProjects);

/** Every file the collections' glob patterns load from a project, as paths from its root. */
async function loadedBy(root: string): Promise<string[]> {
	const found = await Promise.all(
		Object.values(CONTENT_GLOBS).map(async ({ base, pattern }) =>
			(await glob(pattern, { cwd: join(root, base), expandDirectories: false })).map((file) => join(base, file).replace(/^\.\//, '')),
		),
	);
	return found.flat().sort();
}

/** The files the check read as regular files and found no error in, and the paths it reported. */
async function checked(root: string) {
	const files = await readContentFiles(root);
	const { problems } = checkContent(files);
	const reported = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
	const accepted = files.filter((file) => !file.unread && !reported.has(file.path)).map((file) => file.path);
	return { accepted: accepted.sort(), reported: [...reported] };
}

test('the check accepts exactly the files the collections load from valid content', async () => {
	const root = await projectOf('tests/fixtures/valid-content/01-byte-order-mark', 'tests/fixtures/valid-content/03-welsh-with-emoji');
	const { accepted, reported } = await checked(root);
	expect(reported).toEqual([]);
	expect(accepted).toEqual(await loadedBy(root));
});

test('every file the collections would load through a link, or that the check does not accept, is reported', async () => {
	const root = await projectOf();
	const outside = join(root, 'outside');
	await mkdir(join(outside, 'guild/website'), { recursive: true });
	await writeFile(join(outside, 'guild/website/2025-01-01.mdx'), '---\ntitle: T\nsummary: S.\n---\n');
	await writeFile(join(outside, 'guild.yaml'), 'name: Guild\n');
	await symlink(join(outside, 'guild'), join(root, 'content/notices/guild'));
	await symlink(join(outside, 'guild.yaml'), join(root, 'content/organisations/guild.yaml'));
	await symlink('2025-01-01.mdx', join(root, 'content/notices/trust/website/2025-06-01.mdx'));
	spawnSync('mkfifo', [join(root, 'content/notice-types/pipe.yaml')]);
	const { accepted, reported } = await checked(root);
	const loaded = await loadedBy(root);
	const unreported = loaded.filter((path) => !accepted.includes(path) && !reported.some((file) => path === file || path.startsWith(`${file}/`)));
	expect(unreported).toEqual([]);
	expect(accepted.filter((path) => !loaded.includes(path))).toEqual([]);
	expect(loaded).toContain('content/notices/guild/website/2025-01-01.mdx');
});
