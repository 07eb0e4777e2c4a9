import { cp, readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { IMAGES_FOLDER } from './check/images.ts';
import { withoutBase } from './urls.ts';

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif' };

/** Copies the checked images from `content/images/` to `<out>/images/`, where notices link to them. */
export async function publishImages(root: string, out: string): Promise<void> {
	const from = join(root, IMAGES_FOLDER);
	if (!(await stat(from).catch(() => undefined))?.isDirectory()) return;
	await cp(from, join(out, 'images'), { recursive: true });
}

/** Serves `content/images/` at `/images/` for `astro dev`, so previews show what the build will publish. */
export function serveImages(root: string, base: string) {
	return (request: IncomingMessage, response: ServerResponse, next: () => void) => {
		const path = withoutBase(base, new URL(request.url ?? '/', 'http://localhost').pathname);
		const match = path === undefined ? null : /^\/images\/([a-z0-9-]+)\/([a-z0-9._-]+\.([a-z0-9]+))$/.exec(path);
		const type = match ? TYPES[match[3]!] : undefined;
		if (!match || !type) return next();
		// No such image: on to the dev server, which answers 404 as the built site would.
		readFile(join(root, IMAGES_FOLDER, match[1]!, match[2]!)).then(
			(bytes) => {
				response.setHeader('Content-Type', type);
				response.end(bytes);
			},
			() => next(),
		);
	};
}
