import { ukDate, type IsoDate } from '../dates.ts';

// A version's published date is the day its file was first committed (decision 0016). This module
// reads what git prints; git.ts runs it, once per build or check.

/** The folder whose files get published dates, from the project's root. */
export const PUBLISHED_FOLDER = 'content/notices';

/**
 * The git arguments that list, oldest first, every commit on the branch's first-parent line that
 * added or renamed files under content/notices: a NUL and the commit date, then a line per file
 * ("A\tpath", "R096\told\tnew"). A merge counts as the day its branch landed.
 */
export const LOG_ARGUMENTS = ['-c', 'core.quotePath=false', 'log', '--reverse', '--first-parent', '-m', '-M', '--diff-filter=AR', '--format=%x00%cI', '--name-status', '--', PUBLISHED_FOLDER];

/**
 * Each file's published date, from what `git log` with LOG_ARGUMENTS printed: the day, in the UK,
 * of the first commit that added it. A renamed file keeps the date of the file it was, since
 * readers could read it from then (an organisation's folder renamed, a date corrected). `prefix` is
 * the project's folder within the repository (`git rev-parse --show-prefix`), which git puts
 * before every path: paths come back from the project's root, as the content check names files.
 */
export function parsePublishedLog(output: string, prefix = ''): Map<string, IsoDate> {
	const dates = new Map<string, IsoDate>();
	const own = (path: string | undefined) => (path !== undefined && path.startsWith(prefix) ? path.slice(prefix.length) : undefined);
	const keepEarliest = (path: string | undefined, date: IsoDate | undefined) => {
		const known = path === undefined ? undefined : dates.get(path);
		if (path !== undefined && date !== undefined && (known === undefined || date < known)) dates.set(path, date);
	};
	let date: IsoDate | undefined;
	for (const line of output.split('\n')) {
		if (line.startsWith('\0')) {
			const instant = new Date(line.slice(1).trim());
			date = Number.isNaN(instant.getTime()) ? undefined : ukDate(instant);
			continue;
		}
		const [status = '', from, to] = line.split('\t');
		if (status === 'A') keepEarliest(own(from), date);
		else if (status.startsWith('R')) {
			const before = own(from);
			keepEarliest(own(to), (before === undefined ? undefined : dates.get(before)) ?? date);
		}
	}
	return dates;
}

/** What git could tell about published dates: the dates, or why there are none. */
export type PublishedHistory =
	| { dates: ReadonlyMap<string, IsoDate>; problem?: undefined }
	| { dates: undefined; problem: { kind: 'no-git' | 'not-a-repository' | 'shallow' | 'failed'; detail?: string | undefined } };

/**
 * The warning to print, once, when there are no published dates: always for a shallow clone,
 * whose dates would be wrong, and when git fails; for a project without git history only when the
 * notice period check needs the dates. Undefined when there is nothing to say.
 */
export function publishedWarning(history: PublishedHistory, noticePeriodDays: number | undefined): string | undefined {
	const { problem } = history;
	if (!problem) return undefined;
	const check = noticePeriodDays === undefined ? '' : ` The notice period check (noticePeriod: { days: ${noticePeriodDays} }) did not run.`;
	switch (problem.kind) {
		case 'shallow':
			return `This is a shallow clone of the repository, so git cannot tell when each version was first committed: no version shows a published date.${check} Fetch the full history: in GitHub Actions, give actions/checkout "fetch-depth: 0"; elsewhere, run "git fetch --unshallow".`;
		case 'no-git':
			return check ? `git is not installed, so no version shows a published date.${check} Install git, and build from a clone of the repository.` : undefined;
		case 'not-a-repository':
			return check ? `The project is not in a git repository, so no version shows a published date.${check} Build from a clone of the repository.` : undefined;
		case 'failed':
			return `git could not list when each version was first committed (${problem.detail ?? 'no reason given'}), so no version shows a published date.${check}`;
	}
}
