import type { HastPluginDefinition } from 'satteri';
import { ALIGN_CLASSES } from '../safety/allow-list.ts';

const ALIGNMENT = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/i;

/**
 * Turns GitHub Flavored Markdown's column alignment (`|:-:|`), which Sätteri writes as
 * `style="text-align: center"`, into a class, so the page needs no inline styles and its Content
 * Security Policy can forbid them. Any other style is left for the allow-list to refuse.
 */
export const alignCells: HastPluginDefinition = {
	name: 'noticeboard-align-cells',
	element: {
		filter: ['th', 'td'],
		visit(cell, ctx) {
			const style = cell.properties['style'];
			const side = typeof style === 'string' ? ALIGNMENT.exec(style)?.[1]?.toLowerCase() : undefined;
			if (!side) return;
			ctx.setProperty(cell, 'style', undefined);
			ctx.setProperty(cell, 'className', [ALIGN_CLASSES.find((name) => name.endsWith(side))!]);
		},
	},
};
