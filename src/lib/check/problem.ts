/** How bad a problem is: errors stop the build, warnings are reported and let it go on. */
export type Severity = 'error' | 'warning';

/** One thing wrong with the content, said so that an editor can fix it. */
export interface Problem {
	/** Path of the file, relative to the project root, with forward slashes. */
	file: string;
	/** 1-based line, where known. */
	line?: number;
	/** 1-based column, where known. */
	column?: number;
	/** The frontmatter or YAML field, dotted (`dpo.email`), where the problem is in one. */
	field?: string;
	/** What is wrong. */
	message: string;
	/** What to do about it. */
	fix: string;
	/** `error` unless said otherwise. */
	severity: Severity;
}

/** Formats one problem as `file:line:column  field  message  (fix)`, the form editors and editors' tools read. */
export function formatProblem(problem: Problem): string {
	const where = [problem.file, problem.line, problem.line === undefined ? undefined : problem.column]
		.filter((part) => part !== undefined)
		.join(':');
	const field = problem.field ? `  ${problem.field}` : '';
	const label = problem.severity === 'warning' ? 'warning: ' : '';
	return `${where}${field}  ${label}${problem.message}  (${problem.fix})`;
}

/** Formats a list of problems as a report: errors first, then warnings, each group in file order. */
export function formatReport(problems: readonly Problem[]): string {
	const order = (p: Problem) => (p.severity === 'error' ? 0 : 1);
	const sorted = [...problems].sort(
		(a, b) => order(a) - order(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
	);
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const summary = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
	return [...sorted.map(formatProblem), summary].join('\n');
}

/** The closest of `candidates` to `word`, if one is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
	for (const candidate of candidates) {
		const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return best;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = row;
	}
	return previous[b.length]!;
}
