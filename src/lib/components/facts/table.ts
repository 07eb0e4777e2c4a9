import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Facts } from '../../../schemas/facts.ts';
import type { Unavailable } from '../define.ts';

/** Says which fact a component needs when the version does not give it. */
export function factsNeeded(facts: Facts | undefined, field: keyof Facts): Unavailable | undefined {
	if (facts && facts[field] !== undefined) return undefined;
	return {
		message: facts ? `This version's facts have no "${field}", which this component shows.` : 'This version has no facts, which this component shows.',
		fix: `Add facts.${field} to the frontmatter, or write the text in Markdown instead.`,
	};
}

/** What one table cell holds: text, elements, or both. */
export type Cell = readonly (ElementContent | string)[];

/**
 * A captioned table of facts. The Markdown pipeline then treats it as every table: it sits in a
 * region named by its caption that scrolls on its own at 320 px, and its header cells are scoped.
 */
export function factsTable(caption: string, head: readonly string[], rows: readonly (readonly Cell[])[]): ElementContent[] {
	return [
		h('table', [
			h('caption', caption),
			h('thead', [h('tr', head.map((cell) => h('th', cell)))]),
			h('tbody', rows.map((row) => h('tr', row.map((cell) => h('td', [...cell]))))),
		]),
	];
}
