import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { gatedHastPlugins, noticeFeatures } from '../markdown/plugins.ts';
import type { Violation } from '../safety/gate.ts';
import { sourceLocator } from '../safety/locate.ts';
import type { Problem } from './problem.ts';

/** The allow-list's violations in one file as problems, each at its line where it can be found. */
export function violationProblems(file: string, source: string, violations: readonly Violation[]): Problem[] {
	const locate = sourceLocator(source);
	return violations.map(({ message, fix, needle, attribute }) => ({
		file,
		...locate(needle, attribute),
		message,
		fix,
		severity: 'error' as const,
	}));
}

/**
 * Renders a notice file as the build does, up to and including the allow-list's gate, and
 * reports what the gate refuses. One rule set serves the check and the build: this is how the
 * check sees what the build would publish.
 */
export function checkSafety(file: string, source: string): Problem[] {
	const violations: Violation[] = [];
	markdownToHtml(source, { hastPlugins: gatedHastPlugins(violations), features: noticeFeatures(source) }) as MarkdownToHtmlResult;
	return violationProblems(file, source, violations);
}
