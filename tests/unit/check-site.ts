import { checkContent, type ContentFile } from '../../src/lib/check/content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';

// A small valid site for the check's unit tests, written inline.

/** A valid organisation file. */
export const organisation = `name: Example Trust
kind: charity
icoRegistration: ZA123456
address:
  lines: [1 High Street, Exampleton]
  postcode: EX1 2MP
email: privacy@trust.example
website: https://trust.example
`;
/** A valid notice type file. */
export const noticeType = 'title: Website privacy notice\ndescription: About the website.\naudience: Visitors\n';
/** A notice version with `frontmatter` added to title and summary, and `body`. */
export const notice = (frontmatter = '', body = '## Who we are\n\nWe are a trust.\n') =>
	`---\ntitle: Website privacy notice\nsummary: How we use information about visitors.\n${frontmatter}---\n\n${body}`;
/** The frontmatter every version after the first needs. */
export const later = 'changeClass: minor\nchangeNote: We reworded the rights section.\n';

/** A small valid site, with `extra` files added or replacing files at the same path. */
export function site(...extra: ContentFile[]): ContentFile[] {
	const base: ContentFile[] = [
		{ path: 'content/organisations/trust.yaml', source: organisation },
		{ path: 'content/notice-types/website.yaml', source: noticeType },
		{ path: 'content/notices/trust/website/2024-01-01.mdx', source: notice() },
		{ path: 'content/notices/trust/website/2025-01-01.mdx', source: notice(later) },
	];
	const files = new Map([...base, ...extra].map((file) => [file.path, file]));
	return [...files.values()];
}

/** The errors in the site with `extra` files; warnings (the completeness report) are tested apart. */
export const problemsOf = (...extra: ContentFile[]) =>
	checkContent(site(...extra))
		.problems.filter((p) => p.severity === 'error')
		.map(formatProblem);
