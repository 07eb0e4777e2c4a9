import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import type { ComponentProblem } from '../components/prepare.ts';
import { gatedHastPlugins, noticeFeatures } from '../markdown/plugins.ts';
import { withComponents, type ComponentOptions } from '../markdown/render.ts';
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

/** Components written wrongly, or that cannot render, as problems at their lines. */
export function componentProblems(file: string, problems: readonly ComponentProblem[]): Problem[] {
	return problems.map(({ line, column, message, fix }) => ({
		file,
		...(line === undefined ? {} : { line }),
		...(column === undefined ? {} : { column }),
		message,
		fix,
		severity: 'error' as const,
	}));
}

/**
 * Renders a notice file as the build does, up to and including the allow-list's gate and the
 * components, and reports what the gate refuses and what is wrong with the components. One rule
 * set serves the check and the build: this is how the check sees what the build would publish.
 */
export function checkSafety(file: string, source: string, components?: ComponentOptions): Problem[] {
	const violations: Violation[] = [];
	const body = withComponents(source, components);
	markdownToHtml(body.source, { hastPlugins: gatedHastPlugins(violations, body.components), features: noticeFeatures(body.source) }) as MarkdownToHtmlResult;
	return [...componentProblems(file, body.components?.problems ?? []), ...violationProblems(file, source, violations)];
}
