import { decodeUtf8, firstInvalidUtf8, stripBom } from '../utf8.ts';
import type { Problem } from './problem.ts';

/** One path under `content/`, as read from disk or written inline by a test. */
export interface ContentFile {
	/** Path from the project root, with forward slashes: `content/notices/acme/website/2025-01-01.mdx`. */
	path: string;
	/** The file's text, or its bytes as read from disk, which the check decodes as UTF-8. */
	source: string | Uint8Array;
	/** Its size in bytes, given when it was too large to read, so `source` is left empty. */
	size?: number;
	/** Why nothing was read from the path: it is not a regular file, or reading it failed. */
	unread?: Unread;
}

/** A path the reader did not read, and why. */
export type Unread =
	| { kind: 'symbolic link'; target: string; folder: boolean }
	| { kind: 'named pipe (FIFO)' | 'socket' | 'device' | 'special file' }
	| { kind: 'unreadable'; reason: string };

/** A content file that can be read: decoded UTF-8 text without its byte-order mark. */
export interface TextFile {
	path: string;
	source: string;
}

const KB = 1024;
// Limits, checked before a file is read or parsed, so one huge file cannot exhaust memory.
// Notices: a 3,000-word notice with tables and facts (the bench corpus) is about 25 KB and the
// longest example notice 16 KB, so 1 MB is forty times the longest real one and still parses in
// well under a second. YAML: an organisation or notice type is well under 1 KB, so 64 KB leaves
// room for long addresses and descriptions while keeping alias and nesting tricks small.
const NOTICE_LIMIT = 1024 * KB;
const YAML_LIMIT = 64 * KB;

/** The largest size in bytes the check reads for a file at `path`. */
export function sizeLimit(path: string): number {
	return /\.ya?ml$/.test(path) ? YAML_LIMIT : NOTICE_LIMIT;
}

/**
 * The file's text, ready for the other rules, or `undefined` with a problem when it cannot be
 * read as Noticeboard will: not a regular file, too large, or not UTF-8. A byte-order mark is removed.
 */
export function textOf(file: ContentFile, problems: Problem[]): TextFile | undefined {
	const report = (message: string, fix: string, line?: number) =>
		problems.push({ file: file.path, ...(line === undefined ? {} : { line }), message, fix, severity: 'error' });
	if (unreadable(file, problems)) return undefined;
	const bytes = typeof file.source === 'string' ? new TextEncoder().encode(file.source) : file.source;
	const size = file.size ?? bytes.length;
	const limit = sizeLimit(file.path);
	if (size > limit) {
		const kind = limit === YAML_LIMIT ? 'An organisation or notice type file' : 'A notice';
		report(
			`This file is ${sizeOf(size)}, and ${kind.toLowerCase()} can be at most ${sizeOf(limit)}, so Noticeboard does not read it.`,
			limit === YAML_LIMIT
				? 'Keep only the fields Noticeboard reads: an organisation or notice type needs a few lines.'
				: 'Split it into notices of their own, or remove what readers do not need, such as pasted data or images.',
		);
		return undefined;
	}
	const text = typeof file.source === 'string' ? file.source : decodeUtf8(bytes);
	if (text === undefined) {
		const offset = firstInvalidUtf8(bytes) ?? 0;
		const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
		const byte = `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}`;
		report(
			`This file is not UTF-8 text: the byte at offset ${offset} (${byte}, on line ${line}) does not start a valid UTF-8 character.`,
			'Save the file as UTF-8 (in most editors: Save As, then choose the encoding "UTF-8") and check the characters on that line.',
			line,
		);
		return undefined;
	}
	return { path: file.path, source: stripBom(text) };
}

/** Whether nothing was read from the file, because it is not a regular file or reading failed; if so, says why. */
export function unreadable(file: ContentFile, problems: Problem[]): boolean {
	if (!file.unread) return false;
	const [message, fix] = unreadProblem(file.unread);
	problems.push({ file: file.path, message, fix, severity: 'error' });
	return true;
}

function unreadProblem(unread: Unread): [message: string, fix: string] {
	const regular = 'Noticeboard reads only regular files inside content/, so nothing here would be published';
	if (unread.kind === 'symbolic link') {
		const what = unread.folder ? 'folder' : 'file';
		return [
			`This is a symbolic link (to ${unread.target}); ${regular}.`,
			`Replace it with the ${what} itself: delete the link and copy the ${what} it points to into its place.`,
		];
	}
	if (unread.kind === 'unreadable') {
		return [`Noticeboard could not read this file: ${unread.reason}.`, 'Check that the file exists and that you may read it.'];
	}
	return [`This is a ${unread.kind}, not a regular file; ${regular}.`, 'Remove it, and put the content in a regular file.'];
}

/** "1.5 MB (1,572,864 bytes)": a size as editors read it, with the exact bytes. */
function sizeOf(bytes: number): string {
	const value = bytes >= 1024 * KB ? `${(bytes / (1024 * KB)).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / KB)} KB`;
	return `${value} (${bytes.toLocaleString('en-GB')} bytes)`;
}
