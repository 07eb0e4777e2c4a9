import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A throwaway copy of the project (code, not content) with the given content folders laid in order. */
export async function throwawayProject(...contentFolders: string[]) {
	const root = await mkdtemp(join(tmpdir(), 'noticeboard-project-'));
	for (const item of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'scripts']) {
		await cp(resolve(item), join(root, item), { recursive: true });
	}
	for (const folder of contentFolders) await cp(resolve(folder), join(root, 'content'), { recursive: true });
	await symlink(resolve('node_modules'), join(root, 'node_modules'));
	return {
		root,
		/** Runs a Node script in the project, with the test build's fixed date. */
		run(script: string, ...args: string[]) {
			return spawnSync(process.execPath, [script, ...args], {
				cwd: root,
				encoding: 'utf8',
				env: { ...process.env, NOTICEBOARD_TODAY: '2026-11-22' },
			});
		},
		remove: () => rm(root, { recursive: true }),
	};
}
