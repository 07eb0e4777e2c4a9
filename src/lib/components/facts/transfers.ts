import { h } from 'hastscript';
import { defineComponent, wordsOf } from '../define.ts';
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
	render: ({ caption }, context) => {
		const t = wordsOf(context);
		const words = t.components.transfers;
		const transfers = context.facts?.transfers ?? 'none';
		if (transfers === 'none') return [h('p', words.none)];
		return factsTable(
			caption,
			[words.destination, words.safeguard, words.copy],
			transfers.map((transfer) => [
				[transfer.destination],
				[startOfSentence(t.vocabulary.safeguard[transfer.safeguard])],
				// Adequacy regulations are law, published for anyone to read; every other safeguard has a copy to ask for.
				[transfer.copy ?? (transfer.safeguard === 'adequacy' ? words.adequate : t.components.notStated)],
			]),
		);
	},
});
