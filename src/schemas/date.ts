import { z } from 'astro/zod';

/** True when `value` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date written `YYYY-MM-DD`, kept as a string so it never shifts with time zones.
 *  YAML turns unquoted dates into Date objects; those are accepted and turned back into strings. */
export const isoDateSchema = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.string().refine(isIsoDate, 'Expected a real date written YYYY-MM-DD, such as "2025-04-01".'),
);
