import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { astroConfigWith, throwawayProject } from './project.ts';

// A site's own components, added in the settings of noticeboard() in astro.config.mjs, in a real `astro build`.

test.describe.configure({ timeout: 180_000 });

const config = astroConfigWith(`{ components: ['./src/site/helpline.ts'] }`);
const helpline = (made: string) => `import { h } from 'hastscript';
import { z } from 'astro/zod';
import { defineComponent } from '../lib/components/define.ts';
export const Helpline = defineComponent({
	name: 'Helpline',
	summary: 'Our helpline, and when it is open.',
	example: '<Helpline hours="9am to 5pm" />',
	placement: 'block',
	children: 'none',
	props: z.strictObject({ hours: z.string().min(1) }),
	render: ({ hours }) => [${made}],
});
`;
const version = `---
title: Website privacy notice
summary: How Example Trust uses information about people who visit its website.
changeClass: minor
changeNote: We added our helpline.
---

## Who we are

Example Trust is a charity.

<Helpline hours="8am to 8pm on weekdays" />
`;

async function projectWith(made: string) {
	const project = await throwawayProject('tests/fixtures/base/content');
	mkdirSync(join(project.root, 'src/site'), { recursive: true });
	writeFileSync(join(project.root, 'src/site/helpline.ts'), helpline(made));
	writeFileSync(join(project.root, 'astro.config.mjs'), config);
	writeFileSync(join(project.root, 'content/notices/trust/website/2025-06-01.mdx'), version);
	return project;
}

test('a component the site adds in its settings is used in a notice like Noticeboard’s own', async () => {
	const project = await projectWith("h('p', `Call our helpline, open ${hours}.`)");
	try {
		const check = project.run('scripts/check.ts');
		expect(check.stdout + check.stderr).not.toContain('Helpline');
		const build = project.run('node_modules/astro/bin/astro.mjs', 'build');
		expect(build.status, build.stdout + build.stderr).toBe(0);
		const html = readFileSync(join(project.root, 'dist/trust/website/2025-06-01/index.html'), 'utf8');
		expect(html).toContain('Call our helpline, open 8am to 8pm on weekdays.');
	} finally {
		await project.remove();
	}
});

test('a site’s own component that makes what the allow-list refuses stops the build, naming the component and the notice', async () => {
	const project = await projectWith("h('script', 'alert(document.cookie)'), h('p', hours)");
	try {
		const build = project.run('node_modules/astro/bin/astro.mjs', 'build');
		const output = build.stdout + build.stderr;
		expect(build.status).not.toBe(0);
		expect(output).toContain('The content has problems, so nothing was built');
		expect(output).toContain('content/notices/trust/website/2025-06-01.mdx:12:1  <Helpline> made HTML that no notice may contain: <script> is not allowed in a notice.');
	} finally {
		await project.remove();
	}
});
