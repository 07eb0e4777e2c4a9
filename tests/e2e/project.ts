import { spawnSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { copyProject } from '../../scripts/copy-project.ts';

/**
 * An astro.config.mjs like the project's, with `settings` (JavaScript source of an object) as the
 * options of noticeboard(): a site owner's settings, for a throwaway project.
 */
export function astroConfigWith(settings: string): string {
	return `import { defineConfig } from 'astro/config';
import { noticeboard } from './src/integration.ts';
export default defineConfig({
	site: 'https://notices.example',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	prefetch: false,
	devToolbar: { enabled: false },
	integrations: [noticeboard(${settings})],
	vite: { build: { assetsInlineLimit: 0 } },
});
`;
}

/** A throwaway copy of the project (code, not content) with the given content folders laid in order. */
export async function throwawayProject(...contentFolders: string[]) {
	const root = await copyProject('noticeboard-project-');
	for (const folder of contentFolders) await cp(resolve(folder), join(root, 'content'), { recursive: true });
	return {
		root,
		/** Runs a Node script in the project, with the test build's fixed date. */
		run(script: string, ...args: string[]) {
			return spawnSync(process.execPath, [script, ...args], {
				cwd: root,
				encoding: 'utf8',
				env: { ...process.env, NOTICEBOARD_TODAY: '2026-11-22' },
			});
		},
		remove: () => rm(root, { recursive: true }),
	};
}

/** A port that no server is listening on, for a test's own server. */
export const freePort = () =>
	new Promise<number>((done) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});
