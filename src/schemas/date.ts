import { z } from 'astro/zod';
import { isIsoDate } from '../lib/dates.ts';

/** A calendar date written `YYYY-MM-DD`, kept as a string so it never shifts with time zones.
 *  YAML turns unquoted dates into Date objects; those are accepted and turned back into strings. */
export const isoDateSchema = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.string().refine(isIsoDate, 'Expected a real date written YYYY-MM-DD, such as "2025-04-01".'),
);
