import { versionData } from '../../../../lib/open-data/record.ts';
import { jsonResponse, recordInputOf, versionPaths, type VersionProps } from '../../../../lib/site-data.ts';
import { markdownOf } from '../../../../lib/site.ts';

export const getStaticPaths = versionPaths;

/** `/<org>/<type>/<date>/notice.json`: one version as open data, with its text. */
export function GET({ props: { notice, version } }: { props: VersionProps }) {
	return jsonResponse(versionData(recordInputOf(notice, version), markdownOf(version)));
}
