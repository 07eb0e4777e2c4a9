import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

// The GitHub Actions workflows that site owners copy (deploy/), read as GitHub reads them.

interface Step {
	id?: string;
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string | number | boolean>;
	env?: Record<string, string>;
}

interface Job {
	'runs-on': string;
	needs?: string[];
	permissions?: Record<string, string>;
	environment?: { name: string; url?: string };
	steps: Step[];
}

interface Workflow {
	on: { push?: { branches?: string[] }; schedule?: { cron: string }[]; workflow_dispatch?: unknown };
	permissions: Record<string, string>;
	concurrency?: { group: string; 'cancel-in-progress'?: boolean };
	jobs: Record<string, Job>;
}

const read = (file: string) => ({ text: readFileSync(file, 'utf8'), workflow: parse(readFileSync(file, 'utf8')) as Workflow });
const pages = read('deploy/github-pages.yml');
const daily = read('deploy/rebuild-daily.yml');

const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const commands = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
const usesOf = (job: Job, action: string) => job.steps.find((step) => step.uses?.startsWith(`${action}@`));
/** An action named by owner/repository, pinned to a major version tag (v5, v5.1, v5.1.2) or a full commit. */
const PINNED = /^[\w-]+\/[\w.-]+(\/[\w./-]+)?@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;

describe('the GitHub Pages workflow', () => {
	const { build, deploy } = pages.workflow.jobs;

	test('says at its top to copy it to .github/workflows/, and is not there itself, so it never runs on Noticeboard\'s own repository', () => {
		expect(pages.text.split('\n').slice(0, 10).join('\n')).toContain('.github/workflows/');
		expect(existsSync('.github/workflows/github-pages.yml')).toBe(false);
	});

	test('publishes on a push to main, every day, and by hand', () => {
		expect(pages.workflow.on.push?.branches).toEqual(['main']);
		expect(pages.workflow.on.schedule?.map((s) => s.cron)).toEqual(['10 0 * * *']);
		expect(pages.workflow.on).toHaveProperty('workflow_dispatch');
	});

	test('has a build job and a deploy job that waits for it', () => {
		expect(Object.keys(pages.workflow.jobs).sort()).toEqual(['build', 'deploy']);
		expect(deploy!.needs).toEqual(['build']);
	});

	test('installs with npm ci in every job that installs, never npm install', () => {
		expect(commands(build!)).toContain('npm ci --no-audit --no-fund');
		for (const step of steps(pages.workflow)) expect(step.run ?? '').not.toMatch(/npm (install|i)\b/);
	});

	test('checks the content, runs every test suite, then builds: the build reads the accessibility run the tests recorded', () => {
		const run = commands(build!);
		expect(run.indexOf('npm run check')).toBeGreaterThan(run.indexOf('npm ci --no-audit --no-fund'));
		expect(run.indexOf('npm test')).toBeGreaterThan(run.indexOf('npm run check'));
		expect(run.indexOf('npm run build')).toBeGreaterThan(run.indexOf('npm test'));
	});

	test('checks out the full history in every job that builds, for the published dates from git', () => {
		expect(usesOf(build!, 'actions/checkout')?.with?.['fetch-depth']).toBe(0);
	});

	test('uses Node 22 or later, with npm\'s cache', () => {
		const node = usesOf(build!, 'actions/setup-node')?.with;
		expect(Number(node?.['node-version'])).toBeGreaterThanOrEqual(22);
		expect(node?.['cache']).toBe('npm');
	});

	test('builds for the address GitHub Pages gives, with the base path ending in a slash', () => {
		const configure = usesOf(build!, 'actions/configure-pages');
		const env = build!.steps.find((step) => step.run === 'npm run build')?.env;
		expect(configure?.id).toBe('pages');
		expect(env?.['SITE_URL']).toBe('${{ steps.pages.outputs.origin }}');
		expect(env?.['BASE_PATH']).toBe('${{ steps.pages.outputs.base_path }}/');
	});

	test('runs the browser tests with the runner\'s Chrome', () => {
		expect(build!.steps.find((step) => step.run === 'npm test')?.env?.['CHROMIUM_PATH']).toBe('/usr/bin/google-chrome');
	});

	test('uploads dist/ after building it, and deploys it with deploy-pages', () => {
		const upload = build!.steps.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
		expect(build!.steps[upload]?.with?.['path']).toBe('dist');
		expect(upload).toBeGreaterThan(build!.steps.findIndex((step) => step.run === 'npm run build'));
		expect(usesOf(deploy!, 'actions/deploy-pages')?.id).toBe('deployment');
		expect(deploy!.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
	});

	test('grants only read access, and write access to Pages to the deploy job alone', () => {
		expect(pages.workflow.permissions).toEqual({ contents: 'read' });
		expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(build!.permissions).toEqual({ contents: 'read', pages: 'read' });
	});

	test('publishes one run at a time, letting a publication in progress finish', () => {
		expect(pages.workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
	});
});

describe('the daily rebuild workflow for Netlify and Cloudflare Pages', () => {
	test('posts to the build hook in the BUILD_HOOK_URL secret every day and by hand, with no access to the repository', () => {
		expect(daily.workflow.on.schedule?.map((s) => s.cron)).toEqual(['10 0 * * *']);
		expect(daily.workflow.on).toHaveProperty('workflow_dispatch');
		expect(daily.workflow.permissions).toEqual({});
		const [step] = daily.workflow.jobs['rebuild']!.steps;
		expect(step?.env?.['BUILD_HOOK_URL']).toBe('${{ secrets.BUILD_HOOK_URL }}');
		expect(step?.run).toContain('curl --fail');
		expect(daily.text.split('\n').slice(0, 12).join('\n')).toContain('.github/workflows/');
	});
});

describe.each([['deploy/github-pages.yml', pages], ['deploy/rebuild-daily.yml', daily]] as const)('%s', (_name, { workflow }) => {
	test('pins every action it uses to a version', () => {
		const unpinned = steps(workflow).flatMap((step) => (step.uses && !PINNED.test(step.uses) ? [step.uses] : []));
		expect(unpinned).toEqual([]);
	});

	test('runs every job on GitHub\'s Ubuntu runner', () => {
		for (const job of Object.values(workflow.jobs)) expect(job['runs-on']).toBe('ubuntu-latest');
	});
});
