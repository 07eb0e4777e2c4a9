import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { z } from 'astro/zod';
import { strings, type Strings } from '../../../i18n/index.ts';
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

/**
 * A facts table's props: a caption, if the editor gives one. Without, the table is named after its
 * section, as a table written in Markdown is, and its heading is not said twice over the table.
 */
export function captionProps() {
	return z.strictObject({
		/** The table's caption, when the section's heading does not say what it holds. */
		caption: z.string().trim().min(1).optional(),
	});
}

/** What one table cell holds: text, elements, or both. */
export type Cell = readonly (ElementContent | string)[];

/** The information a purpose uses, as its cell, in the words `t` of the version's language. */
export function informationCell(purpose: Facts['purposes'][number], t: Strings = strings('en')): Cell {
	return purpose.data.length > 0 ? [startOfSentence(purpose.data.join('; '))] : [t.components.notListed];
}

/**
 * Cell contents as sentences in a row, each ending with a full stop: no line breaks, so text copied
 * from the table keeps each row on one line.
 */
export function sentences(...parts: readonly (Cell | undefined)[]): Cell {
	const given = parts.filter((part) => part !== undefined);
	// A part on its own is shown as written, as a label is.
	if (given.length === 1) return given[0]!;
	const ended = (part: Cell) => {
		const last = part.at(-1);
		return typeof last === 'string' && /[.!?]$/.test(last);
	};
	return given.flatMap((part, i) => [...(i > 0 ? [' '] : []), ...part, ...(ended(part) ? [] : ['.'])]);
}

/**
 * A table of facts, with its caption if it has one. The Markdown pipeline then treats it as every
 * table: it sits in a region, named by its caption or its section, that scrolls on its own at
 * 320 px, and its header cells are scoped.
 */
export function factsTable(caption: string | undefined, head: readonly string[], rows: readonly (readonly Cell[])[], label?: string): ElementContent[] {
	const table = h('table', [
		...(caption ? [h('caption', caption)] : []),
		h('thead', [h('tr', head.map((cell) => h('th', cell)))]),
		h('tbody', rows.map((row) => h('tr', row.map((cell) => h('td', [...cell]))))),
	]);
	// Named here when it has no caption and its section does not name it: one of several in a section.
	return [label && !caption ? h('div', { className: ['nb-table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label }, [table]) : table];
}
