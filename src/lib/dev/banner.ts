// The banner `astro dev` puts at the top of every page while the content has problems
// (decision 0017). It is plain HTML, so it shows on pages whose policy runs no script, and its
// only style is a linked stylesheet from the site itself, which the pages' policy allows.
import type { Problem } from '../check/problem.ts';
import { countProblems, sortProblems } from './changes.ts';

/** The banner's id, for links to it and for tests. */
export const BANNER_ID = 'nb-dev-check';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to put in HTML, in an element or an attribute: problems quote what editors wrote. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

// Where the problem is, as `npm run check` names it: file, line and column where known, and the field.
function where(problem: Problem): string {
	const line = problem.line === undefined ? '' : `:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
	return `${problem.file}${line}${problem.field ? `  ${problem.field}` : ''}`;
}

function item(problem: Problem): string {
	return [
		'<li>',
		`<code class="nb-dev-check__where">${escapeHtml(where(problem))}</code> `,
		`<span class="nb-dev-check__message">${escapeHtml(problem.message)}</span> `,
		`<span class="nb-dev-check__fix">${escapeHtml(problem.fix)}</span>`,
		'</li>',
	].join('');
}

const list = (problems: readonly Problem[]) => `<ul class="nb-dev-check__list">${sortProblems(problems).map(item).join('')}</ul>`;

/**
 * The banner for a check's problems, or '' when there are none. Errors, which stop a build, are
 * listed open in a region headed by what is wrong; warnings fold away under a one-line summary,
 * since a site can carry them for a long time. It is in English whatever the page's language:
 * it speaks to the editor, as the terminal does.
 */
export function bannerHtml(problems: readonly Problem[]): string {
	if (problems.length === 0) return '';
	const errors = problems.filter((problem) => problem.severity === 'error');
	const warnings = problems.filter((problem) => problem.severity === 'warning');
	const title = `Content check: ${countProblems(problems)}`;
	const folded =
		warnings.length === 0
			? ''
			: `<details class="nb-dev-check__warnings"${errors.length === 0 ? ` id="${BANNER_ID}-warnings"` : ''}><summary>${warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`}: the build publishes them, but they are worth fixing</summary>${list(warnings)}</details>`;
	const kind = errors.length > 0 ? 'error' : 'warning';
	const body =
		errors.length > 0
			? `<p>The build refuses content with errors. Fix ${errors.length === 1 ? 'it' : 'them'}, save, and reload this page; the terminal running <code>npm run dev</code> lists ${errors.length === 1 ? 'it' : 'them'} too.</p>${list(errors)}`
			: '';
	return [
		`<section id="${BANNER_ID}" class="nb-dev-check nb-dev-check--${kind}" lang="en-GB" aria-labelledby="${BANNER_ID}-title">`,
		`<h2 id="${BANNER_ID}-title" class="nb-dev-check__title">${escapeHtml(title)}</h2>`,
		body,
		folded,
		'</section>',
	].join('');
}

/**
 * A page's HTML with the banner first in its body and the banner's stylesheet at the end of its
 * head. A page with no problems, or HTML that is not a page (no `<body>`), is returned as it was.
 */
export function withBanner(html: string, problems: readonly Problem[], stylesheet: string): string {
	const banner = bannerHtml(problems);
	const body = /<body\b[^>]*>/i.exec(html);
	if (!banner || !body) return html;
	const at = body.index + body[0].length;
	const page = `${html.slice(0, at)}${banner}${html.slice(at)}`;
	const link = `<link rel="stylesheet" href="${escapeHtml(stylesheet)}">`;
	const head = page.search(/<\/head>/i);
	return head === -1 || head > at ? `${page.slice(0, at)}${link}${page.slice(at)}` : `${page.slice(0, head)}${link}${page.slice(head)}`;
}
