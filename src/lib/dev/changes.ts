// What `astro dev` says in the terminal when a save changes what the content check finds
// (decision 0017): only what changed, so a save that fixes nothing and breaks nothing is quiet.
import { formatProblem, type Problem } from '../check/problem.ts';

/** How one check's problems differ from the one before. */
export interface ProblemChanges {
	/** Problems the newer check found that the older one did not. */
	added: Problem[];
	/** Problems the older check found that the newer one did not. */
	fixed: Problem[];
}

// A problem keeps its identity when an edit above it moves it to another line, so the line and
// column are not part of it, nor the fix, which can name the line too.
const identity = (problem: Problem) => JSON.stringify([problem.severity, problem.file, problem.field ?? '', problem.message]);

/** The problems of `these` that `others` has no match for, one for one (the same problem can be found twice). */
function unmatched(others: readonly Problem[], these: readonly Problem[]): Problem[] {
	const counts = new Map<string, number>();
	for (const problem of others) counts.set(identity(problem), (counts.get(identity(problem)) ?? 0) + 1);
	return these.filter((problem) => {
		const left = counts.get(identity(problem)) ?? 0;
		counts.set(identity(problem), left - 1);
		return left <= 0;
	});
}

/** What appeared and what went away between two checks of the content. */
export function diffProblems(previous: readonly Problem[], current: readonly Problem[]): ProblemChanges {
	return { added: unmatched(previous, current), fixed: unmatched(current, previous) };
}

/** Problems in the order `npm run check` reports them: errors first, then warnings, each in file and line order. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	const order = (problem: Problem) => (problem.severity === 'error' ? 0 : 1);
	return [...problems].sort((a, b) => order(a) - order(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "1 error, 32 warnings": how many of each a check found. */
export function countProblems(problems: readonly Problem[]): string {
	const errors = problems.filter((problem) => problem.severity === 'error').length;
	return `${count(errors, 'error')}, ${count(problems.length - errors, 'warning')}`;
}

/** One message for the terminal, and how loudly to say it. */
export interface TerminalUpdate {
	level: 'info' | 'warn';
	text: string;
}

/**
 * What the terminal says after a check, given the one before: nothing when the problems are the
 * same; otherwise each new problem, in the form `npm run check` prints, then how many were fixed
 * and what is left. "Content check: no problems" is said once, when the last one goes.
 */
export function terminalUpdate(previous: readonly Problem[], current: readonly Problem[]): TerminalUpdate | undefined {
	const { added, fixed } = diffProblems(previous, current);
	if (added.length === 0 && fixed.length === 0) return undefined;
	if (current.length === 0) return { level: 'info', text: 'Content check: no problems' };
	const errors = current.some((problem) => problem.severity === 'error');
	const left = errors ? `Now ${countProblems(current)}.` : `No errors now; ${count(current.length, 'warning')}.`;
	const headline = [added.length > 0 ? `${count(added.length, 'new problem')}` : '', fixed.length > 0 ? `${count(fixed.length, 'problem')} fixed` : '']
		.filter(Boolean)
		.join(', ');
	const listed = sortProblems(added).map(formatProblem);
	const text = listed.length > 0 ? [`Content check: ${headline}.`, ...listed, left].join('\n') : `Content check: ${headline}. ${left}`;
	return { level: errors || added.length > 0 ? 'warn' : 'info', text };
}
