// Checks the content again while `astro dev` runs, after each burst of saves (decision 0017).
import { checkContent } from '../check/content.ts';
import type { Problem } from '../check/problem.ts';
import { readCheckOptions, readContentFiles } from '../check/read.ts';

/** How long the content must be left alone before it is checked again: an editor's "save all" is one change. */
export const SETTLE_MS = 100;

/** A check that could not run, as a problem, so the dev server reports it and carries on. */
export function failedCheck(error: unknown): Problem {
	const reason = error instanceof Error ? error.message : String(error);
	return {
		file: 'content',
		message: `The content check stopped with an error of its own: ${reason}`,
		fix: 'Save again to retry. If it stays, run npm run check, and report this message with what you changed.',
		severity: 'error',
	};
}

/** Every problem in `<root>/content`, checked as `npm run check` and the build check it; never throws. */
export async function checkProblems(root: string): Promise<Problem[]> {
	try {
		return checkContent(await readContentFiles(root), await readCheckOptions(root)).problems;
	} catch (error) {
		return [failedCheck(error)];
	}
}

/** The latest check's problems, kept up to date with the content. */
export interface ContentWatch {
	/** Says a content file was saved, added or removed: a check runs once none has been for `settle` ms. */
	changed(): void;
	/** The problems as the content now is: waits for a check that is due or running. */
	problems(): Promise<readonly Problem[]>;
	/** Drops a check that is due. */
	close(): void;
}

/**
 * Runs `check` now and again after each burst of changes, one run at a time, the whole content
 * each time (some rules, such as translations' and organisations', cross files). `report` hears
 * each result after the first with the one before, which the start-up check has already reported.
 */
export function watchContent(
	check: () => Promise<readonly Problem[]>,
	report: (previous: readonly Problem[], current: readonly Problem[]) => void,
	settle = SETTLE_MS,
): ContentWatch {
	const guarded = () => check().catch((error: unknown) => [failedCheck(error)]);
	let latest = guarded();
	// A check that is due: the result promised to whoever asks before it starts, and its timer.
	let due: { timer?: ReturnType<typeof setTimeout>; result: Promise<readonly Problem[]>; settle: (check: Promise<readonly Problem[]>) => void } | undefined;
	const next = () =>
		latest.then(async (previous) => {
			const current = await guarded();
			try {
				report(previous, current);
			} catch {
				// A report that fails must not stop the next check: the problems are still served.
			}
			return current;
		});
	return {
		changed() {
			if (!due) {
				let resolveWith = (_check: Promise<readonly Problem[]>) => {};
				const result = new Promise<readonly Problem[]>((resolve) => (resolveWith = resolve));
				due = { result, settle: resolveWith };
			}
			const waiting = due;
			clearTimeout(waiting.timer);
			waiting.timer = setTimeout(() => {
				due = undefined;
				latest = next();
				waiting.settle(latest);
			}, settle);
		},
		problems: () => due?.result ?? latest,
		close() {
			clearTimeout(due?.timer);
			due?.settle(latest);
			due = undefined;
		},
	};
}
