/**
 * Fills in the TODO marks of a scaffold or an import as an editor would: a YAML mark's placeholder
 * value is kept and the mark deleted; a TODO line in a body becomes a sentence.
 */
export function fillInTodos(text: string): string {
	return text
		.replace(/ # TODO:.*$/gm, '')
		.replace(/^(\s*)TODO: (.*)$/gm, (_, indent: string, hint: string) => `${indent}We explain ${hint.replace(/\[.*\]\(.*\)/, 'our complaints process')}`);
}
