import type { z } from 'astro/zod';
import { datasetSchema, noticeVersionDataSchema } from '../../schemas/open-data.ts';

/** One field of the open data, by its path (`timeline.status`), with what it means. */
export interface FieldDoc {
	name: string;
	description: string;
}

/**
 * The object schema inside `schema`, once nullable, optional and default wrappers are taken off,
 * and whether it is the item of a list, or a list of transfers beside the word "none".
 */
function objectShape(schema: z.ZodType): { shape: Record<string, z.ZodType>; list: boolean } | undefined {
	let inner: z.ZodType = schema;
	let list = false;
	for (;;) {
		const def = (inner as { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[] } }).def;
		if (def.innerType) inner = def.innerType;
		else if (def.element) [inner, list] = [def.element, true];
		else if (def.type === 'union' && def.options) {
			const objects = def.options.filter((option) => option.def.type !== 'literal');
			if (objects.length !== 1) return undefined;
			inner = objects[0]!;
		} else break;
	}
	const shape = (inner as { shape?: unknown }).shape;
	return shape && typeof shape === 'object' ? { shape: shape as Record<string, z.ZodType>, list } : undefined;
}

/**
 * The fields of a schema with what each means, from the schema's own descriptions, so the open
 * data page and the JSON Schema never disagree. Objects whose fields are described (links,
 * timeline, facts) are listed field by field; the others (organisation, notice type) as one
 * field, whose fields the README's content reference gives.
 */
function fieldsOf(shape: Record<string, z.ZodType>, prefix = ''): FieldDoc[] {
	return Object.entries(shape).flatMap(([key, schema]) => {
		const name = `${prefix}${key}`;
		const own: FieldDoc = { name, description: schema.description ?? '' };
		const inner = objectShape(schema);
		const described = inner && Object.values(inner.shape).every((field) => field.description);
		return described ? [own, ...fieldsOf(inner.shape, `${name}${inner.list ? '[]' : ''}.`)] : [own];
	});
}

/** Every field of a version's `notice.json`; `/data/notices.json` lists versions with the same fields but `text`. */
export const VERSION_FIELDS: readonly FieldDoc[] = fieldsOf(noticeVersionDataSchema.shape);

/** The fields around the versions in `/data/notices.json`. */
export const DATASET_FIELDS: readonly FieldDoc[] = fieldsOf(datasetSchema.shape).filter((field) => !field.name.startsWith('versions[].'));
