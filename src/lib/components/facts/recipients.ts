import { h } from 'hastscript';
import { z } from 'astro/zod';
import type { Facts } from '../../../schemas/facts.ts';
import { defineComponent } from '../define.ts';
import { lowerFirst } from '../../glance/text.ts';
import { startOfSentence } from './labels.ts';
import { purposesNeed } from './table.ts';

/**
 * Each recipient once, in the order the purposes first name them, with the purposes it receives
 * information for. Names that differ only in capitals are one recipient, spelt as first written.
 */
export function recipientsOf(purposes: Facts['purposes']): { recipient: string; purposes: string[] }[] {
	const byName = new Map<string, { recipient: string; purposes: string[] }>();
	for (const { purpose, recipients } of purposes) {
		for (const recipient of recipients) {
			const key = recipient.toLocaleLowerCase('en-GB');
			const entry = byName.get(key) ?? { recipient, purposes: [] };
			if (!entry.purposes.includes(purpose)) entry.purposes.push(purpose);
			byName.set(key, entry);
		}
	}
	return [...byName.values()];
}

/**
 * Who receives the information, from `purposes[].recipients`: a list of each recipient once, with
 * what it receives information for. A list, not a table: recipients' names are often long, and a
 * list reads better at 320 px, aloud, and as copied text. Purposes that name no recipient are not
 * listed: no recipients is a gap the completeness report names, not a statement that there are none.
 */
export const Recipients = defineComponent({
	name: 'Recipients',
	summary: 'A list of who receives the information, each recipient once, with the purposes it receives it for, from facts.purposes[].recipients.',
	example: '<Recipients />',
	placement: 'block',
	children: 'none',
	props: z.strictObject({}),
	unavailable: (_, { facts }) => purposesNeed(facts, 'recipients'),
	render: (_, { facts }) => [
		h(
			'ul',
			{ className: ['nb-recipients'] },
			recipientsOf(facts?.purposes ?? []).map(({ recipient, purposes }) =>
				h('li', [h('strong', startOfSentence(recipient)), `: ${purposes.map(lowerFirst).join('; ')}.`]),
			),
		),
	],
});
