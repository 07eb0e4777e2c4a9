import type { TextFile } from './inputs.ts';
import type { Problem } from './problem.ts';

/**
 * The "TODO" marks scaffolds leave (`# TODO: …` in YAML, a line starting `TODO:` in a body),
 * each an error until it is filled in, so a scaffold is never published by mistake.
 */
export function placeholders(file: TextFile): Problem[] {
	return file.source.split('\n').flatMap((line, index): Problem[] => {
		const mark = /(?:^\s*|#\s*)TODO:?\s*(.*)$/.exec(line);
		if (!mark) return [];
		// A YAML comment names the field on its line; a body line is text.
		const field = mark.index > 0 ? /^\s*-?\s*([A-Za-z]+):/.exec(line)?.[1] : undefined;
		return [
			{
				file: file.path,
				line: index + 1,
				column: mark.index + 1,
				...(field ? { field } : {}),
				message: `Fill in ${mark[1]!.replace(/\.$/, '') || 'this placeholder'}.`,
				fix: 'Replace the placeholder with the real text, then delete the TODO mark.',
				severity: 'error',
			},
		];
	});
}
