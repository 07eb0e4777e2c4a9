import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { throwawayProject } from './project.ts';

// Published dates on the pages, from a repository of its own with commits at fixed dates: the
// example site may be built from a shallow clone, whose history says nothing (decision 0016).

test.describe.configure({ timeout: 180_000 });

const upcoming = `---
title: Website privacy notice
summary: How Example Trust uses information about people who visit its website.
changeClass: major
changeNote: We now keep messages from our contact form for 12 months instead of 24.
---

## Who we are

Example Trust is a charity.
`;

/** The text of the first part of `html` matching `pattern`, as it reads: inline tags dropped, others a space. */
const textOf = (html: string, pattern: RegExp) =>
	(pattern.exec(html)?.[0] ?? '')
		.replace(/<\/?(?:time|span)\b[^>]*>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

test('a version’s page and its history give the day it was first committed and the notice it gave, and a short notice period warns', async () => {
	// Published dates come from git, which a site cloned from its repository always has.
	expect(spawnSync('git', ['--version']).status, 'git is needed: published dates are read from its history').toBe(0);
	const project = await throwawayProject('tests/fixtures/base/content');
	try {
		const notices = 'content/notices/trust/website';
		writeFileSync(join(project.root, notices, '2026-12-01.mdx'), upcoming);
		const config = join(project.root, 'astro.config.mjs');
		writeFileSync(config, readFileSync(config, 'utf8').replace('noticeboard({', 'noticeboard({ noticePeriod: { days: 30 },'));
		const git = (args: string[], date?: string) => {
			const env = { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
			const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: project.root, encoding: 'utf8', env });
			expect(result.status, result.stderr).toBe(0);
		};
		git(['init', '-q']);
		git(['add', 'content/organisations', 'content/notice-types', `${notices}/2024-01-01.mdx`]);
		git(['commit', '-q', '-m', 'First version'], '2023-12-01T10:00:00+00:00');
		// Committed after the day it took effect: a backdated file.
		git(['add', `${notices}/2025-01-01.mdx`]);
		git(['commit', '-q', '-m', 'Second version'], '2025-01-10T10:00:00+00:00');
		// A major change 11 days before it takes effect, where the site asks for 30.
		git(['add', `${notices}/2026-12-01.mdx`]);
		git(['commit', '-q', '-m', 'Upcoming version'], '2026-11-20T10:00:00+00:00');

		const build = project.run('node_modules/astro/bin/astro.mjs', 'build');
		const output = build.stdout + build.stderr;
		expect(build.status, output).toBe(0);
		expect(output).toContain(`${notices}/2026-12-01.mdx:1  warning: A major change should give readers 30 days' notice (noticePeriod in astro.config.mjs), but this one takes effect on 2026-12-01 (the file's name), only 11 days after it was published on 2026-11-20 (its first commit).`);
		const check = project.run('scripts/check.ts');
		expect(check.stdout).toContain('only 11 days after it was published on 2026-11-20');

		const page = (path: string) => readFileSync(join(project.root, 'dist', path, 'index.html'), 'utf8');
		const dates = (path: string) => textOf(page(path), /<dl class="nb-notice__dates"[\s\S]*?<\/dl>/);
		expect(dates('trust/website/2024-01-01')).toBe('Effective from 1 January 2024 Published here 1 December 2023, 31 days before it took effect Last updated 1 January 2024');
		expect(dates('trust/website')).toContain('Published here 10 January 2025, after the date it took effect');
		expect(dates('trust/website/2026-12-01')).toContain('Published here 20 November 2026, 11 days before it takes effect');
		expect(page('trust/website/2024-01-01')).toContain('<time datetime="2023-12-01">1 December 2023</time>');

		const history = page('trust/website/history');
		const lines = [...history.matchAll(/<p>Published [\s\S]*?<\/p>/g)].map((match) => textOf(match[0], /[\s\S]*/));
		expect(lines).toEqual([
			'Published here 20 November 2026, 11 days before it takes effect.',
			'Published here 10 January 2025, after the date it took effect.',
			'Published here 1 December 2023, 31 days before it took effect.',
		]);

		const data = JSON.parse(readFileSync(join(project.root, 'dist/trust/website/2024-01-01/notice.json'), 'utf8')) as { schemaVersion: string; published: string | null };
		expect(data).toMatchObject({ schemaVersion: '1.1.0', published: '2023-12-01' });
	} finally {
		await project.remove();
	}
});
