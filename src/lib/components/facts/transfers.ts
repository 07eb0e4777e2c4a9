import { h } from 'hastscript';
import { safeguardLabels } from '../../glance.ts';
import { defineComponent } from '../define.ts';
import { startOfSentence } from './labels.ts';
import { captionProps, factsNeeded, factsTable } from './table.ts';

/**
 * Where information goes outside the UK, from `facts.transfers`: each destination, the safeguard
 * that protects it, and how to get a copy of the safeguard. `transfers: none` is said as a sentence.
 */
export const Transfers = defineComponent({
	name: 'Transfers',
	summary: 'Where the information is sent outside the UK, what protects it and how to get a copy of the safeguard, or that it stays in the UK, from facts.transfers.',
	example: '<Transfers />',
	placement: 'block',
	children: 'none',
	props: captionProps(),
	unavailable: (_, { facts }) => factsNeeded(facts, 'transfers'),
	render: ({ caption }, { facts }) => {
		const transfers = facts?.transfers ?? 'none';
		if (transfers === 'none') return [h('p', 'We do not send your information outside the UK: it stays in the UK.')];
		return factsTable(
			caption,
			['Where it goes', 'What protects it', 'How to get a copy'],
			transfers.map((t) => [
				[t.destination],
				[startOfSentence(safeguardLabels[t.safeguard])],
				// Adequacy regulations are law, published for anyone to read; every other safeguard has a copy to ask for.
				[t.copy ?? (t.safeguard === 'adequacy' ? 'Not needed: UK law recognises the protection there as adequate' : 'Not stated in this notice')],
			]),
		);
	},
});
