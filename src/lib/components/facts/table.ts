import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { z } from 'astro/zod';
import type { Facts } from '../../../schemas/facts.ts';
import type { Unavailable } from '../define.ts';
import { startOfSentence } from './labels.ts';

/** Says which fact a component needs when the version does not give it, or gives an empty list. */
export function factsNeeded(facts: Facts | undefined, field: keyof Facts): Unavailable | undefined {
	const value = facts?.[field];
	if (value !== undefined && !(Array.isArray(value) && value.length === 0)) return undefined;
	return {
		message: facts ? `This version's facts have no "${field}", which this component shows.` : 'This version has no facts, which this component shows.',
		fix: `Add facts.${field} to the frontmatter, or write the text in Markdown instead.`,
	};
}

/** Says which field of purposes a component needs when no purpose of the version gives it. */
export function purposesNeed(facts: Facts | undefined, field: 'retention' | 'recipients'): Unavailable | undefined {
	if (!facts) return factsNeeded(facts, 'purposes');
	if (facts.purposes.some((p) => p[field] !== undefined && p[field].length > 0)) return undefined;
	return {
		message: `No purpose in this version's facts has "${field}", which this component shows.`,
		fix: `Add ${field} to the purposes under facts.purposes, or write the text in Markdown instead.`,
	};
}

/** A facts table's props: its caption, by default one that says what the table holds. */
export function captionProps(caption: string) {
	return z.strictObject({
		/** The table's caption. */
		caption: z.string().trim().min(1).default(caption),
	});
}

/** What one table cell holds: text, elements, or both. */
export type Cell = readonly (ElementContent | string)[];

/** The information a purpose uses, as its cell. */
export function informationCell(purpose: Facts['purposes'][number]): Cell {
	return purpose.data.length > 0 ? [startOfSentence(purpose.data.join('; '))] : ['Not listed'];
}

/** Cell contents one to a line: a line break between each. */
export function lines(...parts: readonly (Cell | undefined)[]): Cell {
	return parts.filter((part) => part !== undefined).flatMap((part, i) => (i === 0 ? part : [h('br'), ...part]));
}

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
