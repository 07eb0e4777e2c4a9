import { spawnSync } from 'node:child_process';
import { LOG_ARGUMENTS, parsePublishedLog, type PublishedHistory } from './parse.ts';

/** Runs git in `root`: its output, or why it could not run. */
function git(root: string, args: readonly string[]): { ok: true; stdout: string } | { ok: false; missing: boolean; stderr: string } {
	// 10,000 versions make about a megabyte of log, and the default buffer is 1 MB. English
	// messages (LC_ALL=C), since an empty repository is told apart by its message.
	const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
	if (result.error) return { ok: false, missing: (result.error as NodeJS.ErrnoException).code === 'ENOENT', stderr: result.error.message };
	if (result.status !== 0) return { ok: false, missing: false, stderr: result.stderr.trim() };
	return { ok: true, stdout: result.stdout };
}

/**
 * Each version file's published date, the day it was first committed, read from the repository
 * the project at `root` is in: two git commands, once per build or check. No dates, and why, when
 * git is missing, the project is not in a repository, or the clone is shallow.
 */
export function readPublishedDates(root: string): PublishedHistory {
	const about = git(root, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
	if (!about.ok) return { dates: undefined, problem: { kind: about.missing ? 'no-git' : 'not-a-repository', detail: about.stderr } };
	const [shallow = '', prefix = ''] = about.stdout.split('\n');
	if (shallow.trim() === 'true') return { dates: undefined, problem: { kind: 'shallow' } };
	const log = git(root, LOG_ARGUMENTS);
	if (log.ok) return { dates: parsePublishedLog(log.stdout, prefix.trim()) };
	// A repository with no commits yet: nothing is published.
	if (/does not have any commits/.test(log.stderr)) return { dates: new Map() };
	return { dates: undefined, problem: { kind: 'failed', detail: log.stderr.split('\n')[0] } };
}
