import { h } from 'hastscript';
import { z } from 'astro/zod';
import { defineComponent } from '../define.ts';

/**
 * A part of a notice that readers open when they want it, for layered notices: the browser's own
 * `<details>`, so it needs no script and works from the keyboard. Its text is in the page, so
 * search finds it; a link to a section inside it opens it (the browser's "ancestor details
 * revealing"), and the print styles print it open.
 */
export const Details = defineComponent({
	name: 'Details',
	summary: 'A part of the notice that readers open when they want it, with a line saying what is inside.',
	example: '<Details summary="How we check your identity">\n\nWe ask for one document with your photo.\n\n</Details>',
	placement: 'block',
	children: 'required',
	props: z.strictObject({
		/** What is inside, shown while it is closed: the line readers open it by. */
		summary: z.string().trim().min(1, 'Say what is inside, such as summary="How we check your identity".'),
		/** Open when the page loads, written bare: `open`. Closed if left out. */
		open: z.literal(true, { error: 'Write open on its own, with no value, to show it open.' }).optional(),
	}),
	render: ({ summary, open }, _, children) => [
		h('details', { className: ['nb-disclosure'], open: open ?? false }, [
			h('summary', { className: ['nb-disclosure__summary'] }, summary),
			h('div', { className: ['nb-disclosure__body'] }, children),
		]),
	],
});
