import type { z } from 'astro/zod';

// How Zod 4 describes an object schema, as far as field suggestions need it.
interface SchemaDef {
	type?: string;
	shape?: Record<string, unknown>;
	innerType?: unknown;
	element?: unknown;
}

function unwrap(node: unknown): { def?: SchemaDef } {
	let current = node as { def?: SchemaDef };
	while (current.def && (current.def.type === 'optional' || current.def.type === 'default') && current.def.innerType) {
		current = current.def.innerType as { def?: SchemaDef };
	}
	return current;
}

/** The field names an object schema accepts at `path`, for "did you mean" suggestions. */
export function knownKeys(schema: z.ZodType, path: readonly string[]): string[] {
	let node = unwrap(schema);
	for (const key of path) {
		const next = node.def?.shape?.[key] ?? node.def?.element;
		if (!next) return [];
		node = unwrap(next);
	}
	return Object.keys(node.def?.shape ?? {});
}
