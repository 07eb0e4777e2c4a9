import { markdownFile } from '../../../../lib/open-data/markdown.ts';
import { versionSummary } from '../../../../lib/open-data/record.ts';
import { recordInputOf, versionPaths, type VersionProps } from '../../../../lib/site-data.ts';
import { markdownOf } from '../../../../lib/site.ts';

export const getStaticPaths = versionPaths;

/** `/<org>/<type>/<date>/notice.md`: one version's text as Markdown, with what it is at the top. */
export function GET({ props: { notice, version } }: { props: VersionProps }) {
	const text = markdownFile(versionSummary(recordInputOf(notice, version)), markdownOf(version));
	return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
