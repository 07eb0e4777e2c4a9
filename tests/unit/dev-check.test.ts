import { describe, expect, test } from 'vitest';
import type { Problem } from '../../src/lib/check/problem.ts';
import { BANNER_ID, bannerHtml, withBanner } from '../../src/lib/dev/banner.ts';
import { diffProblems, terminalUpdate } from '../../src/lib/dev/changes.ts';

const file = 'content/notices/trust/website/2025-06-01.mdx';
const skipped: Problem = { file, line: 12, column: 1, message: 'This heading skips from level 2 to level 4.', fix: 'Use ### here.', severity: 'error' };
const repeated: Problem = { file, line: 30, column: 1, message: 'This list repeats what facts.rights says.', fix: 'Use <Rights />.', severity: 'warning' };
const missing: Problem = { file: 'content/organisations/trust.yaml', field: 'dpo.email', message: 'Required.', fix: 'Add an email address.', severity: 'error' };

describe('what changed between two checks', () => {
	test('a problem that moved to another line is the same problem', () => {
		expect(diffProblems([skipped], [{ ...skipped, line: 14 }])).toEqual({ added: [], fixed: [] });
	});

	test('the same problem found twice counts twice', () => {
		const second = { ...skipped, line: 40 };
		expect(diffProblems([skipped], [skipped, second])).toEqual({ added: [second], fixed: [] });
	});

	test('a problem gone is fixed, and one that appeared is added', () => {
		expect(diffProblems([skipped, repeated], [repeated, missing])).toEqual({ added: [missing], fixed: [skipped] });
	});
});

describe('what the terminal says after a save', () => {
	test('says nothing when the problems are the same', () => {
		expect(terminalUpdate([repeated, skipped], [skipped, { ...repeated, line: 31 }])).toBeUndefined();
	});

	test('lists each new problem as npm run check does, errors first, then what is left', () => {
		expect(terminalUpdate([], [repeated, skipped])).toEqual({
			level: 'warn',
			text: [
				'Content check: 2 new problems.',
				`${file}:12:1  This heading skips from level 2 to level 4.  (Use ### here.)`,
				`${file}:30:1  warning: This list repeats what facts.rights says.  (Use <Rights />.)`,
				'Now 1 error, 1 warning.',
			].join('\n'),
		});
	});

	test('says how many were fixed, and that no error is left', () => {
		expect(terminalUpdate([skipped, repeated], [repeated])).toEqual({ level: 'info', text: 'Content check: 1 problem fixed. No errors now; 1 warning.' });
	});

	test('says "no problems" when the last one is fixed', () => {
		expect(terminalUpdate([skipped], [])).toEqual({ level: 'info', text: 'Content check: no problems' });
	});

	test('says "no problems" only once: a later check with none says nothing', () => {
		expect(terminalUpdate([], [])).toBeUndefined();
	});
});

describe('the banner on a previewed page', () => {
	test('shows nothing when there are no problems', () => {
		expect(bannerHtml([])).toBe('');
	});

	test('is a region headed by the count, listing each error open with its place, message and fix', () => {
		const html = bannerHtml([repeated, missing, skipped]);
		expect(html).toMatch(new RegExp(`^<section id="${BANNER_ID}" class="nb-dev-check nb-dev-check--error" lang="en-GB" aria-labelledby="${BANNER_ID}-title">`));
		expect(html).toContain(`<h2 id="${BANNER_ID}-title" class="nb-dev-check__title">Content check: 2 errors, 1 warning</h2>`);
		expect(html).toContain('<code class="nb-dev-check__where">content/organisations/trust.yaml  dpo.email</code>');
		expect(html.indexOf('2025-06-01.mdx:12:1')).toBeLessThan(html.indexOf('trust.yaml'));
		expect(html.indexOf('<details')).toBeGreaterThan(html.indexOf('Required.'));
	});

	test('folds warnings away when there is no error', () => {
		const html = bannerHtml([repeated]);
		expect(html).toContain('class="nb-dev-check nb-dev-check--warning"');
		expect(html).toContain('<details class="nb-dev-check__warnings" id="nb-dev-check-warnings"><summary>1 warning: the build publishes them, but they are worth fixing</summary>');
		expect(html).not.toContain('<p>');
	});

	test('escapes what editors wrote, so a problem cannot add markup or break an attribute', () => {
		const html = bannerHtml([{ ...skipped, file: 'content/"x".mdx', message: 'Unknown <script>alert(1)</script> & co', fix: "Use 'y'." }]);
		expect(html).toContain('content/&quot;x&quot;.mdx');
		expect(html).toContain('Unknown &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
		expect(html).toContain('Use &#39;y&#39;.');
		expect(html).not.toContain('<script');
	});

	test('carries no inline style or script, which the pages’ policy refuses', () => {
		expect(bannerHtml([skipped, repeated])).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
	});
});

describe('a page with the banner', () => {
	const page = '<!doctype html><html><head><meta charset="utf-8"><title>T</title></head><body class="x"><a class="nb-skip-link" href="#main">Skip</a></body></html>';

	test('has the banner first in its body and the banner’s stylesheet linked at the end of its head', () => {
		const html = withBanner(page, [skipped], '/_noticeboard/content-check.css');
		expect(html).toContain('<title>T</title><link rel="stylesheet" href="/_noticeboard/content-check.css"></head><body class="x"><section id="nb-dev-check"');
		expect(html).toContain('</section><a class="nb-skip-link"');
	});

	test('is the page as it was when there are no problems', () => {
		expect(withBanner(page, [], '/x.css')).toBe(page);
	});

	test('leaves HTML that has no body, such as the dev server’s error page, as it was', () => {
		const error = '<title>Error</title><script type="module" src="/@vite/client"></script>';
		expect(withBanner(error, [skipped], '/x.css')).toBe(error);
	});
});
