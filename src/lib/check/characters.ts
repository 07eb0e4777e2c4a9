import type { Problem } from './problem.ts';

// Control characters other than tab, line feed and carriage return, lone surrogates, and the
// non-characters U+FFFE and U+FFFF: invisible, nearly always pasted in by accident, and most of
// them cannot be written in a feed's XML at all. They are reported, never removed, so that nothing
// an editor wrote is changed without their knowing.
const CONTROL = /(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u;

/** A problem for each text field of parsed YAML or frontmatter that holds a control character. */
export function controlCharacters(file: string, data: unknown, path: readonly string[] = []): Problem[] {
	if (typeof data === 'string') {
		const found = CONTROL.exec(data);
		if (!found) return [];
		const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
		const position = [...data.slice(0, found.index)].length + 1;
		return [
			{
				file,
				field: path.join('.'),
				message: `"${path.at(-1)}" holds the invisible control character U+${code} at character ${position}, which a feed cannot carry.`,
				fix: 'Delete it (retype the words around it), or remove the escape such as "\\a" or "\\x01" that wrote it.',
				severity: 'error',
			},
		];
	}
	if (data !== null && typeof data === 'object') {
		return Object.entries(data).flatMap(([key, value]) => controlCharacters(file, value, [...path, key]));
	}
	return [];
}
