import { constants, type Dirent } from 'node:fs';
import { open, readdir, readFile, readlink, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { CheckOptions } from './content.ts';
import { sizeLimit, type ContentFile, type Unread } from './inputs.ts';

/**
 * Reads every path under `<root>/content` as bytes, skipping hidden ones such as `.gitkeep`. No
 * folder, no files. Symbolic links, which readdir does not follow but Astro's glob loader would,
 * and special files such as named pipes are listed with `unread` set, for the check to report,
 * and never opened; a file above its size limit is listed with its size and not read.
 */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
	const entries = await readdir(join(root, 'content'), { recursive: true, withFileTypes: true }).catch((error: unknown) => {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	});
	const listed = entries.filter((entry) => !entry.isDirectory() && !entry.name.startsWith('.'));
	return Promise.all(
		listed.map(async (entry): Promise<ContentFile> => {
			const absolute = join(entry.parentPath, entry.name);
			const path = relative(root, absolute).split(sep).join('/');
			const unread = await notRegular(entry, absolute);
			return unread ? { path, source: '', unread } : { path, ...(await readRegular(absolute, sizeLimit(path))) };
		}),
	);
}

async function notRegular(entry: Dirent, absolute: string): Promise<Unread | undefined> {
	if (entry.isFile()) return undefined;
	if (entry.isSymbolicLink()) {
		const folder = await stat(absolute).then((s) => s.isDirectory(), () => false);
		return { kind: 'symbolic link', target: await readlink(absolute), folder };
	}
	if (entry.isFIFO()) return { kind: 'named pipe (FIFO)' };
	if (entry.isSocket()) return { kind: 'socket' };
	if (entry.isBlockDevice() || entry.isCharacterDevice()) return { kind: 'device' };
	return { kind: 'special file' };
}

/**
 * Reads a regular file's bytes. It is opened without following links and without blocking, and
 * looked at again once open, so a file swapped for a link or a pipe after it was listed is
 * reported rather than followed or waited on.
 */
async function readRegular(absolute: string, limit: number): Promise<Pick<ContentFile, 'source' | 'size' | 'unread'>> {
	// O_NOFOLLOW is not defined on Windows, which has no such race to guard against.
	const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
	let handle;
	try {
		handle = await open(absolute, flags);
	} catch (error) {
		const { code, message } = error as NodeJS.ErrnoException;
		if (code === 'ELOOP') return { source: '', unread: { kind: 'symbolic link', target: await readlink(absolute), folder: false } };
		return { source: '', unread: { kind: 'unreadable', reason: message } };
	}
	try {
		const info = await handle.stat();
		if (!info.isFile()) return { source: '', unread: { kind: 'special file' } };
		if (info.size > limit) return { source: new Uint8Array(), size: info.size };
		return { source: new Uint8Array(await handle.readFile()) };
	} finally {
		await handle.close();
	}
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
