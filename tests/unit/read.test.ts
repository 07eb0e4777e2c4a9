import { spawnSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { projectOf, removeProjects } from './fixture-project.ts';

// The reader lists what is in content/ as it is on disk: bytes for regular files, and for
// anything else what it is, without following or opening it.

const NOTICES = 'content/notices/trust/website';

afterAll(removeProjects);

const entryAt = async (root: string, path: string) => (await readContentFiles(root)).find((file) => file.path === path);

describe('readContentFiles', () => {
	test('reads a regular file as its bytes, unchanged', async () => {
		const root = await projectOf();
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x2d, 0xf4, 0x0d, 0x0a]);
		await writeFile(join(root, NOTICES, '2025-06-01.mdx'), bytes);
		expect((await entryAt(root, `${NOTICES}/2025-06-01.mdx`))?.source).toEqual(bytes);
	});

	test('lists a symbolic link to a file with its target, without reading what it points to', async () => {
		const root = await projectOf();
		await symlink('2025-01-01.mdx', join(root, NOTICES, '2025-06-01.mdx'));
		expect(await entryAt(root, `${NOTICES}/2025-06-01.mdx`)).toEqual({
			path: `${NOTICES}/2025-06-01.mdx`,
			source: '',
			unread: { kind: 'symbolic link', target: '2025-01-01.mdx', folder: false },
		});
	});

	test('lists a symbolic link to a folder once, without reading inside it', async () => {
		const root = await projectOf();
		await symlink(join(root, 'content/notices/trust'), join(root, 'content/notices/mirror'));
		const files = await readContentFiles(root);
		expect(files.filter((file) => file.path.startsWith('content/notices/mirror'))).toEqual([
			{ path: 'content/notices/mirror', source: '', unread: { kind: 'symbolic link', target: join(root, 'content/notices/trust'), folder: true } },
		]);
	});

	test('lists a symbolic link that points nowhere', async () => {
		const root = await projectOf();
		await symlink('missing.yaml', join(root, 'content/organisations/gone.yaml'));
		expect((await entryAt(root, 'content/organisations/gone.yaml'))?.unread).toEqual({ kind: 'symbolic link', target: 'missing.yaml', folder: false });
	});

	test.runIf(spawnSync('mkfifo', ['--version']).status === 0)('lists a named pipe without waiting to read from it', async () => {
		const root = await projectOf();
		expect(spawnSync('mkfifo', [join(root, NOTICES, '2025-06-01.mdx')]).status).toBe(0);
		expect((await entryAt(root, `${NOTICES}/2025-06-01.mdx`))?.unread).toEqual({ kind: 'named pipe (FIFO)' });
	});

	test('gives the size of a file above its limit instead of reading it', async () => {
		const root = await projectOf();
		await writeFile(join(root, 'content/organisations/huge.yaml'), `# ${'x'.repeat(100_000)}\n`);
		expect(await entryAt(root, 'content/organisations/huge.yaml')).toEqual({ path: 'content/organisations/huge.yaml', source: new Uint8Array(), size: 100_003 });
	});

	test('skips hidden files such as .gitkeep', async () => {
		const root = await projectOf();
		await mkdir(join(root, 'content/notices/empty'));
		await writeFile(join(root, 'content/notices/empty/.gitkeep'), '');
		expect(await entryAt(root, 'content/notices/empty/.gitkeep')).toBeUndefined();
	});
});
