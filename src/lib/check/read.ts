import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './content.ts';

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
			return { path: relative(root, absolute).split(sep).join('/'), source: await readFile(absolute, 'utf8') };
		}),
	);
}
