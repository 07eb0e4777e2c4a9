import { absoluteUrl } from '../../lib/href.ts';
import { openDataJsonSchema } from '../../lib/open-data/schema.ts';
import { jsonResponse } from '../../lib/site-data.ts';
import { paths } from '../../lib/urls.ts';

/** `/data/schema.json`: the JSON Schema of the open data. */
export function GET() {
	return jsonResponse(openDataJsonSchema(absoluteUrl(paths.dataSchema())));
}
