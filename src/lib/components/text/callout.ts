import { h } from 'hastscript';
import { z } from 'astro/zod';
import { defineComponent } from '../define.ts';

/**
 * An aside with a heading, for something readers should not miss. It is a landmark named by its
 * heading, so screen reader users can find it, and its heading sits one level below its section.
 */
export const Callout = defineComponent({
	name: 'Callout',
	summary: 'An aside with a heading, for something readers should not miss.',
	example: '<Callout title="If you are in danger">\n\nCall 999. You do not need to read this notice first.\n\n</Callout>',
	placement: 'block',
	children: 'required',
	props: z.strictObject({
		/** The aside's heading. */
		title: z.string().trim().min(1, 'Give the callout a title, such as title="Before you start".'),
	}),
	render: ({ title }, { level }, children) => [
		h('aside', { className: ['nb-callout'], ariaLabel: title }, [h(`h${level}`, { className: ['nb-callout__title'] }, title), ...children]),
	],
});
