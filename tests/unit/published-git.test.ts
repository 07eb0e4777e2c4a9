import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPublishedDates } from '../../src/lib/published/git.ts';

// A real repository, made in a temporary folder with commits at fixed dates, read as the build reads it.

const hasGit = spawnSync('git', ['--version']).status === 0;
const folder = hasGit ? mkdtempSync(join(tmpdir(), 'noticeboard-git-')) : '';
const repo = join(folder, 'repo');
const notices = 'content/notices/trust/website';

function git(cwd: string, args: string[], date?: string) {
	const dated = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
	const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...dated } });
	if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
	return result.stdout;
}
function commitFile(path: string, date: string, text = 'x\n') {
	mkdirSync(join(repo, path, '..'), { recursive: true });
	writeFileSync(join(repo, path), text);
	git(repo, ['add', '.']);
	git(repo, ['commit', '-q', '-m', `Add ${path}`], date);
}

describe.skipIf(!hasGit)('published dates from a git repository (skipped: git is not installed)', () => {
	beforeAll(() => {
		mkdirSync(repo);
		git(repo, ['init', '-q', '-b', 'main']);
		commitFile(`${notices}/2024-01-01.mdx`, '2023-12-01T10:00:00+00:00');
		// 23:30 in UTC on 2 March is still 2 March in London (GMT); on 30 June it is 1 July (BST).
		commitFile(`${notices}/2025-04-01.mdx`, '2025-03-02T23:30:00+00:00');
		commitFile(`${notices}/2025-08-01.mdx`, '2025-06-30T23:30:00+00:00');
		// Edited later: still published the day it was first committed.
		commitFile(`${notices}/2025-04-01.mdx`, '2025-03-20T12:00:00+00:00', 'edited\n');
		// A version added on a branch a week before the branch is merged: published when it lands.
		git(repo, ['checkout', '-q', '-b', 'draft']);
		commitFile(`${notices}/2025-10-01.mdx`, '2025-08-01T12:00:00+00:00');
		git(repo, ['checkout', '-q', 'main']);
		git(repo, ['merge', '-q', '--no-ff', '-m', 'Merge draft', 'draft'], '2025-08-08T12:00:00+00:00');
		// Not under content/notices, and not committed: no dates.
		commitFile('README.md', '2025-09-01T12:00:00+00:00');
		writeFileSync(join(repo, notices, '2026-01-01.mdx'), 'not committed\n');
	});
	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	test('reads each version file’s first commit as its published date, in the UK', () => {
		expect(readPublishedDates(repo)).toEqual({
			dates: new Map([
				[`${notices}/2024-01-01.mdx`, '2023-12-01'],
				[`${notices}/2025-04-01.mdx`, '2025-03-02'],
				[`${notices}/2025-08-01.mdx`, '2025-07-01'],
				[`${notices}/2025-10-01.mdx`, '2025-08-08'],
			]),
		});
	});

	test('keeps a version’s published date when its folder is renamed', () => {
		const copy = join(folder, 'renamed');
		git(folder, ['clone', '-q', repo, copy]);
		git(copy, ['mv', 'content/notices/trust', 'content/notices/example-trust']);
		git(copy, ['commit', '-q', '-m', 'Rename the organisation'], '2025-11-01T12:00:00+00:00');
		expect(readPublishedDates(copy).dates?.get('content/notices/example-trust/website/2025-04-01.mdx')).toBe('2025-03-02');
	});

	test('gives paths from the project’s root when the project is a folder of a larger repository', () => {
		const outer = join(folder, 'outer');
		mkdirSync(join(outer, 'site', notices), { recursive: true });
		git(outer, ['init', '-q']);
		writeFileSync(join(outer, 'site', notices, '2025-04-01.mdx'), 'x\n');
		git(outer, ['add', '.']);
		git(outer, ['commit', '-q', '-m', 'Add'], '2025-03-02T12:00:00+00:00');
		expect(readPublishedDates(join(outer, 'site')).dates).toEqual(new Map([[`${notices}/2025-04-01.mdx`, '2025-03-02']]));
	});

	test('gives no dates from a shallow clone, whose first commits would be wrong', () => {
		const shallow = join(folder, 'shallow');
		git(folder, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
		expect(readPublishedDates(shallow)).toEqual({ dates: undefined, problem: { kind: 'shallow' } });
	});

	test('gives no dates for a project outside any repository, and empty ones for a repository with no commits', () => {
		const outside = mkdtempSync(join(tmpdir(), 'noticeboard-no-git-'));
		try {
			// A temporary folder could itself be inside a repository; then there is nothing to test here.
			if (spawnSync('git', ['rev-parse'], { cwd: outside }).status === 0) return;
			expect(readPublishedDates(outside)).toMatchObject({ dates: undefined, problem: { kind: 'not-a-repository' } });
			git(outside, ['init', '-q']);
			expect(readPublishedDates(outside)).toEqual({ dates: new Map() });
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});
});
