import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { CheckOptions, ContentFile } from './content.ts';
import { IMAGES_FOLDER } from './images.ts';

/** Reads every file under `<root>/content`, skipping hidden files such as `.gitkeep`. No folder, no files. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
	const entries = await readdir(join(root, 'content'), { recursive: true, withFileTypes: true }).catch((error: unknown) => {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	});
	const files = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.'));
	return Promise.all(
		files.map(async (entry) => {
			const absolute = join(entry.parentPath, entry.name);
			const path = relative(root, absolute).split(sep).join('/');
			// Images are bytes, not text.
			if (path.startsWith(`${IMAGES_FOLDER}/`)) return { path, source: '', bytes: new Uint8Array(await readFile(absolute)) };
			return { path, source: await readFile(absolute, 'utf8') };
		}),
	);
}

/**
 * The check's settings from the project's package.json (`"noticeboard": { "strict": true }`),
 * so the build and `npm run check` agree. Missing file or field: the defaults.
 */
export async function readCheckOptions(root: string): Promise<CheckOptions> {
	try {
		const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { noticeboard?: { strict?: unknown } };
		return { strict: manifest.noticeboard?.strict === true };
	} catch {
		return {};
	}
}
