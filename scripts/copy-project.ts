// A throwaway copy of the project's code (not its content), for the bench and the tests that
// build or scaffold in a folder of their own. node_modules is linked, not copied.
import { cp, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build needs besides content and node_modules. */
const CODE = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'scripts'];

/** Copies the project's code into a new temporary folder and returns its path. */
export async function copyProject(prefix: string): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), prefix));
	for (const item of CODE) await cp(resolve(item), join(root, item), { recursive: true });
	await symlink(resolve('node_modules'), join(root, 'node_modules'));
	return root;
}
