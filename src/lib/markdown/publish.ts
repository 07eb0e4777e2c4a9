import { formatReport } from '../check/problem.ts';
import { violationProblems } from '../check/safety.ts';
import { renderNotice, type RenderedBody } from './render.ts';

/**
 * A notice file's body as a page shows it, or an error naming every problem when the allow-list
 * refuses its HTML. The content check refuses the same problems before the build begins; this
 * holds where it did not run, as in `astro dev`, so no page can show what the allow-list refuses.
 */
export function publishedBody(file: string, source: string, base: string): RenderedBody {
	const body = renderNotice(source, base);
	if (body.violations.length > 0) {
		throw new Error(`${file} was not published: the allow-list refuses its HTML.\n\n${formatReport(violationProblems(file, source, body.violations))}\n`);
	}
	return body;
}
