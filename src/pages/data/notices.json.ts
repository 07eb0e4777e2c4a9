import { absoluteUrl } from '../../lib/href.ts';
import { OPEN_DATA_VERSION } from '../../schemas/open-data.ts';
import { jsonResponse, openDataVersions } from '../../lib/site-data.ts';
import { dataLicence, today } from '../../lib/site.ts';
import { paths } from '../../lib/urls.ts';

/** `/data/notices.json`: every version on the site, without its text; compact, since it grows with the site. */
export function GET() {
	return jsonResponse({
		$schema: absoluteUrl(paths.dataSchema()),
		schemaVersion: OPEN_DATA_VERSION,
		site: absoluteUrl(paths.home()),
		asOf: today,
		licence: dataLicence,
		versions: openDataVersions(),
	}, { indent: false });
}
