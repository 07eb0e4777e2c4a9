import { formatReport } from '../check/problem.ts';
import { componentProblems, violationProblems } from '../check/safety.ts';
import { renderNotice, type ComponentOptions, type RenderedBody } from './render.ts';

/**
 * A notice file's body as a page shows it, or an error naming every problem when the allow-list
 * refuses its HTML or a component cannot be shown. The content check refuses the same problems
 * before the build begins; this holds where it did not run, as in `astro dev`, so no page can
 * show what the allow-list refuses.
 */
export function publishedBody(file: string, source: string, base: string, components?: ComponentOptions): RenderedBody {
	const body = renderNotice(source, base, components);
	if (body.violations.length > 0 || body.problems.length > 0) {
		const problems = [...componentProblems(file, body.problems), ...violationProblems(file, source, body.violations)];
		throw new Error(`${file} was not published: ${body.violations.length > 0 ? 'the allow-list refuses its HTML' : 'a component in it cannot be shown'}.\n\n${formatReport(problems)}\n`);
	}
	return body;
}
