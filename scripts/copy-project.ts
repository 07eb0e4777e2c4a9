// A throwaway copy of the project's code (not its content), for the bench and the tests that
// build or scaffold in a folder of their own. node_modules is linked, not copied.
import { cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build needs besides content and node_modules. */
const CODE = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'scripts'];

/** Caches that tools write into node_modules, which each copy keeps for itself. */
const CACHES = new Set(['.astro', '.vite', '.vitest']);

/** Copies the project's code into a new temporary folder and returns its path. */
export async function copyProject(prefix: string): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), prefix));
	for (const item of CODE) await cp(resolve(item), join(root, item), { recursive: true });
	await linkNodeModules(root);
	return root;
}

/**
 * Gives `dir` this project's packages: a node_modules folder of links to each one. Astro and
 * Vite keep their caches in node_modules, so each copy gets its own folder rather than a link
 * to this one: copies built side by side, or one after another, never share a content store.
 */
export async function linkNodeModules(dir: string): Promise<void> {
	await mkdir(join(dir, 'node_modules'));
	for (const name of await readdir(resolve('node_modules'))) {
		if (!CACHES.has(name)) await symlink(resolve('node_modules', name), join(dir, 'node_modules', name));
	}
}
