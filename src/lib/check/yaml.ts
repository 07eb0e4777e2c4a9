import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { closest, type Problem } from './problem.ts';
import { knownKeys } from './schema-keys.ts';

/** The result of validating one YAML document against a schema. */
export interface YamlResult<T> {
	/** The validated value, when there were no problems. */
	data: T | undefined;
	problems: Problem[];
	/** Where the field at `path` is written (its key), or the document's first line. */
	at(path: readonly string[]): { line: number; column?: number };
}

// Aliases (*name) let a value be written once and used again, which is harmless in a few places,
// so they are kept; but each use copies the value, and a few lines can ask for billions of
// copies. yaml stops past this many (its default, said here so it is not lost).
const MAX_ALIAS_COUNT = 100;

/**
 * Parses YAML text and validates it against `schema`, reporting every problem with the line
 * and column of the offending field. `lineOffset` is added to line numbers, for frontmatter
 * that starts below a `---` line.
 */
export function validateYaml<T>(source: string, schema: z.ZodType<T>, file: string, lineOffset = 0): YamlResult<T> {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false });
	const at = (offset: number | undefined) => {
		if (offset === undefined) return { line: 1 + lineOffset };
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, column: col };
	};
	const positions = { at: (path: readonly string[]) => at(keyOffset(doc, path)) };
	if (doc.errors.length > 0) {
		return {
			...positions,
			data: undefined,
			problems: doc.errors.map((error) => ({
				file,
				...at(error.pos[0]),
				message: `This is not valid YAML: ${error.message.split('\n')[0]}`,
				fix: 'Check the indentation, and put quotes around values that contain ": " or start with a special character.',
				severity: 'error' as const,
			})),
		};
	}
	let value: unknown;
	let result: ReturnType<typeof schema.safeParse>;
	try {
		value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
		result = schema.safeParse(value);
	} catch (error) {
		// toJS throws on too many aliases, on an alias with no anchor, and on what no test has found yet.
		return { ...positions, data: undefined, problems: [unreadable(file, error, at(firstAlias(doc)))] };
	}
	if (result.success) return { ...positions, data: result.data, problems: [] };
	const problems = result.error.issues.flatMap((issue): Problem[] => {
		const path = issue.path.map(String);
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => {
				const known = knownKeys(schema, path);
				const suggestion = closest(key, known);
				return {
					file,
					...at(keyOffset(doc, [...path, key])),
					field: [...path, key].join('.'),
					message: `"${key}" is not a field Noticeboard knows.`,
					fix: suggestion
						? `Did you mean "${suggestion}"? Rename it, or remove it.`
						: `Remove it, or use one of: ${known.join(', ')}.`,
					severity: 'error',
				};
			});
		}
		const given = valueAt(value, path);
		const missing = issue.code === 'invalid_type' && given === undefined;
		if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof given === 'number' || typeof given === 'boolean')) {
			// YAML reads 1234567, 0800 or yes as numbers and booleans; editors meant text.
			return [
				{
					file,
					...at(valueOffset(doc, path)),
					field: path.join('.'),
					message: `"${path.at(-1)}" must be text, but YAML read the ${typeof given} ${String(given)}.`,
					fix: `Put the value in quotes: ${path.at(-1)}: "${String(sourceOf(doc, path) ?? given)}".`,
					severity: 'error',
				},
			];
		}
		return [
			{
				file,
				...at(missing ? keyOffset(doc, path.slice(0, -1)) : valueOffset(doc, path)),
				field: path.join('.'),
				message: missing ? `"${path.at(-1)}" is required but missing.` : issue.message,
				fix: missing ? `Add "${path.at(-1)}:" with a value.` : fixFor(issue),
				severity: 'error',
			},
		];
	});
	return { ...positions, data: undefined, problems };
}

/** The problem for YAML that parsed but could not be turned into values. */
function unreadable(file: string, error: unknown, position: { line: number; column?: number }): Problem {
	const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
	const [message, fix] = /excessive alias/i.test(reason)
		? [
				`The YAML's aliases (*name) would repeat values too many times to read safely (yaml stopped: "${reason}").`,
				'Write the values out instead of using many YAML aliases (*name).',
			]
		: /unresolved alias/i.test(reason)
			? [
					`The YAML uses an alias (*name) that no anchor (&name) before it sets: ${reason}.`,
					'Write the value out instead of the alias, or add the anchor (&name) to the value before it.',
				]
			: [`This YAML could not be read: ${reason}.`, 'Write the values out plainly, without aliases (*name) or tags (!name).'];
	return { file, ...position, message, fix, severity: 'error' };
}

/** Offset of the first alias (*name) in the document, where alias problems are reported. */
function firstAlias(doc: Document): number | undefined {
	let offset: number | undefined;
	visit(doc, {
		Alias(_, node) {
			offset = node.range?.[0];
			return visit.BREAK;
		},
	});
	return offset;
}

function fixFor(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_value') return `Use one of: ${issue.values.map(String).join(', ')}.`;
	if (issue.code === 'too_big') return 'Shorten it.';
	if (issue.code === 'too_small') return 'Fill it in: it cannot be empty.';
	if (issue.code === 'invalid_type') return `Give a ${issue.expected} here.`;
	return 'Correct the value as the message says.';
}

function valueAt(value: unknown, path: readonly string[]): unknown {
	return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);
}

/** The value at `path` as written in the source, before YAML turned it into a number. */
function sourceOf(doc: Document, path: readonly string[]): string | undefined {
	const node = doc.getIn(path, true);
	return isScalar(node) ? (node.source ?? undefined) : undefined;
}

/** Offset of the value at `path`, or of the nearest ancestor that exists. */
function valueOffset(doc: Document, path: readonly string[]): number | undefined {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth), true);
		if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) return node.range[0];
	}
	return undefined;
}

/** Offset of the key at `path` (pointing at the key, not its value), or of its map. */
function keyOffset(doc: Document, path: readonly string[]): number | undefined {
	const parent = path.length <= 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
	if (isMap(parent)) {
		const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === path.at(-1));
		if (pair && isScalar(pair.key)) return pair.key.range?.[0];
		return parent.range?.[0];
	}
	return valueOffset(doc, path);
}
