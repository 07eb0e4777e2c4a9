import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedBody } from './markdown/render.ts';

/**
 * Rendered notice bodies on disk, by the digest of their file, so that a body is rendered once
 * and then read back: by the other pages of the same build that show it, and by later builds
 * until its file changes. Each cache lives in a folder named by a hash of everything else that
 * shapes the HTML (`renderKey`), so a change to the renderer starts a new folder.
 */
export interface RenderCache {
	get(digest: string): RenderedBody | undefined;
	set(digest: string, body: RenderedBody): RenderedBody;
}

/** A cache in the folder `dir`, or one that keeps nothing when there is no `dir`. */
export function renderCache(dir: string | undefined): RenderCache {
	if (!dir) return { get: () => undefined, set: (_, body) => body };
	mkdirSync(dir, { recursive: true });
	return {
		get(digest) {
			try {
				return JSON.parse(readFileSync(join(dir, `${digest}.json`), 'utf8')) as RenderedBody;
			} catch {
				return undefined;
			}
		},
		set(digest, body) {
			writeFileSync(join(dir, `${digest}.json`), JSON.stringify(body));
			return body;
		},
	};
}

/**
 * The key for a cache of bodies rendered by this code: a hash of `files` (the source of
 * src/lib and package-lock.json, which pins the renderer's version) and the base path put in
 * front of links.
 */
export function renderKey(files: readonly string[], base: string): string {
	const hash = createHash('sha256').update(base);
	for (const file of files) hash.update(file).update(readFileSync(file));
	return hash.digest('hex').slice(0, 16);
}

/** Removes the caches in `root` other than the one for `key`: they belong to older code. */
export function pruneRenderCaches(root: string, key: string): void {
	let names: string[];
	try {
		names = readdirSync(root);
	} catch {
		return;
	}
	for (const name of names) if (name !== key) rmSync(join(root, name), { recursive: true, force: true });
}

/**
 * The cache folder for the project at `root`, built with `base`, under Astro's `cacheDir`: named
 * by a hash of the project's src/lib and package-lock.json. Caches for other code are removed.
 */
export function renderCacheFolder(root: string, base: string, cacheDir: string): string {
	const lib = join(root, 'src', 'lib');
	const code = readdirSync(lib, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.ts'))
		.sort()
		.map((name) => join(lib, name));
	const lock = join(root, 'package-lock.json');
	const key = renderKey([...code, ...(existsSync(lock) ? [lock] : [])], base);
	const folder = join(cacheDir, 'noticeboard', 'bodies');
	pruneRenderCaches(folder, key);
	return join(folder, key);
}
