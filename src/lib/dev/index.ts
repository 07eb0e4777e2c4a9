// The content check while editing, wired for `astro dev` (decision 0017): src/integration.ts
// calls this from `astro:server:setup`; the parts are pure and tested on their own.
import { isAbsolute, join, relative } from 'node:path';
import { terminalUpdate } from './changes.ts';
import { contentCheckBanner } from './middleware.ts';
import { checkProblems, watchContent } from './watch.ts';

/** What the dev loop needs of the dev server: the file watcher (Vite's, which is chokidar's). */
export interface Watcher {
	add(paths: string): unknown;
	on(event: 'all', listener: (event: string, path: string) => void): unknown;
}

/** Where the dev loop reports. */
export interface Logger {
	info(message: string): void;
	warn(message: string): void;
}

/**
 * Checks the content again after each burst of saves, additions or removals under `<root>/content`,
 * says in the terminal what changed, and returns the middleware that shows the problems on each
 * page. `reload` asks open pages to reload, which those that can run the dev client do.
 */
export function devContentCheck(options: { root: string; base: string; watcher: Watcher; logger: Logger; reload: () => void }) {
	const { root, base, watcher, logger, reload } = options;
	const content = join(root, 'content');
	const watch = watchContent(
		() => checkProblems(root),
		(previous, current) => {
			const update = terminalUpdate(previous, current);
			if (!update) return;
			logger[update.level](update.text);
			reload();
		},
	);
	watcher.add(content);
	watcher.on('all', (_event, path) => {
		const inside = relative(content, path);
		if (inside && !inside.startsWith('..') && !isAbsolute(inside)) watch.changed();
	});
	return { middleware: contentCheckBanner(() => watch.problems(), base), close: () => watch.close() };
}
