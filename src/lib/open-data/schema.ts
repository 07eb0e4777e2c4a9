import { z } from 'astro/zod';
import { datasetSchema, noticeVersionDataSchema, OPEN_DATA_VERSION } from '../../schemas/open-data.ts';

/**
 * `/data/schema.json`: the JSON Schema (draft 2020-12) of every open data file, a version's
 * `notice.json` or the site's `notices.json`, made from the same zod schemas the tests hold the
 * files to. `$id` is its address on the site.
 */
export function openDataJsonSchema(id: string): Record<string, unknown> {
	const schema = z.toJSONSchema(z.union([noticeVersionDataSchema, datasetSchema]), { io: 'output', target: 'draft-2020-12', unrepresentable: 'throw' });
	const { $schema, ...rest } = schema;
	return {
		$schema,
		$id: id,
		title: `Noticeboard open data, format ${OPEN_DATA_VERSION}`,
		description: "One version of a privacy notice (a version's notice.json), or every version on a site (/data/notices.json).",
		...rest,
	};
}
