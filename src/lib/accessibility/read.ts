import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { parseTestRecord, recordPath, type ParsedTestRecord } from './record.ts';

/**
 * The accessibility test record of the project at `root`, if there is one: none is no problem
 * (the statement then says that no run is recorded), but a file that cannot be read is.
 */
export function readTestRecord(root: string, env: Record<string, string | undefined> = process.env): ParsedTestRecord | { record: undefined; problem: undefined } {
	const given = recordPath(env);
	const file = isAbsolute(given) ? given : join(root, given);
	if (!existsSync(file)) return { record: undefined, problem: undefined };
	const shown = isAbsolute(given) ? file : relative(root, file).split('\\').join('/');
	return parseTestRecord(readFileSync(file, 'utf8'), shown);
}
