import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { throwawayProject } from './project.ts';

// Every bad-content fixture is rejected by the build's gate in tests/unit/fixtures.test.ts; these
// run the real `astro build` on a few, to show the gate's message reaches the editor whole.

test.describe.configure({ timeout: 120_000 });

// 46 and 48 are files Astro's own YAML and text reading would choke on or garble, were the check not first.
for (const fixture of ['15-malformed-mdx', '34-script-element', '21-organisation-reserved-slug', '46-yaml-alias-expansion', '48-not-utf-8', '60-reference-definition-javascript-link', '62-remote-image']) {
	test(`astro build stops on ${fixture}, naming the file and the problem, and writes no site`, async () => {
		const { file, message } = JSON.parse(readFileSync(`tests/fixtures/bad-content/${fixture}/expected.json`, 'utf8')) as { file: string; message: string };
		const project = await throwawayProject('tests/fixtures/base/content', `tests/fixtures/bad-content/${fixture}/content`);
		try {
			const build = project.run('node_modules/astro/bin/astro.mjs', 'build');
			const output = build.stdout + build.stderr;
			expect(build.status).not.toBe(0);
			expect(output).toContain('The content has problems, so nothing was built');
			expect(output).toContain(file);
			expect(output).toContain(message);
			expect(existsSync(join(project.root, 'dist', 'index.html'))).toBe(false);
		} finally {
			await project.remove();
		}
	});
}
