import { h } from 'hastscript';
import type { Facts } from '../../../schemas/facts.ts';
import { defineComponent } from '../define.ts';
import { startOfSentence } from './labels.ts';
import { captionProps, type Cell, factsTable, purposesNeed } from './table.ts';

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

/** Purposes as a cell: one as text, more as a list. */
const purposesCell = (purposes: readonly string[]): Cell => (purposes.length === 1 ? purposes : [h('ul', purposes.map((p) => h('li', p)))]);

/**
 * Who receives the information, from `purposes[].recipients`: each recipient once, with what it
 * receives information for. Purposes that name no recipient are not listed: no recipients is a gap
 * the completeness report names, not a statement that there are none.
 */
export const Recipients = defineComponent({
	name: 'Recipients',
	summary: 'A table of who receives the information, each recipient once, and for which purposes, from facts.purposes[].recipients.',
	example: '<Recipients />',
	placement: 'block',
	children: 'none',
	props: captionProps('Who receives your information'),
	unavailable: (_, { facts }) => purposesNeed(facts, 'recipients'),
	render: ({ caption }, { facts }) =>
		factsTable(
			caption,
			['Who receives it', 'What for'],
			recipientsOf(facts?.purposes ?? []).map(({ recipient, purposes }) => [[startOfSentence(recipient)], purposesCell(purposes)]),
		),
});
