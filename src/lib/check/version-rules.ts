import type { Version } from './content.ts';
import type { Problem } from './problem.ts';

/**
 * The problem for an "updated" date before the version's effective date (its file name): a
 * version cannot have been edited before it existed, and its page would show the dates backwards.
 */
export function updatedProblem(file: string, effective: string, updated: string, position: { line: number; column?: number }): Problem {
	return {
		file,
		...position,
		field: 'updated',
		message: `"updated" is ${updated}, before this version takes effect on ${effective} (its file name).`,
		fix: `Set "updated" to the day the text was last edited, on or after ${effective}, or remove it if it was never edited.`,
		severity: 'error',
	};
}

/** One version per date, and a change note and class on every version after a notice's first. */
export function checkVersionRules(versions: readonly Version[], problems: Problem[]): void {
	const notices = Map.groupBy(versions, (v) => `${v.org}/${v.type}`);
	for (const group of notices.values()) {
		const sorted = [...group].sort((a, b) => a.effective.localeCompare(b.effective) || a.value.file.localeCompare(b.value.file));
		sorted.forEach((version, index) => {
			const previous = sorted[index - 1];
			if (previous?.effective === version.effective) {
				problems.push({
					file: version.value.file,
					message: `Two versions take effect on ${version.effective}: this file and ${previous.value.file}.`,
					fix: 'Keep one file per date: merge them, or rename one to the date it really takes effect.',
					severity: 'error',
				});
				return;
			}
			if (index === 0) return;
			for (const field of ['changeClass', 'changeNote'] as const) {
				if (version.value.data[field] !== undefined) continue;
				problems.push({
					file: version.value.file,
					line: 1,
					field,
					message: `"${field}" is required on every version after the first (this one follows ${previous!.effective}).`,
					fix:
						field === 'changeNote'
							? 'Add "changeNote:" saying in a sentence what changed since the previous version.'
							: 'Add "changeClass: major" for a change in substance, or "changeClass: minor" for wording.',
					severity: 'error',
				});
			}
		});
	}
}
