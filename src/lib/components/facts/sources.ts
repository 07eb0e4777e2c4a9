import { defineComponent, wordsOf } from '../define.ts';
import { captionProps, factsNeeded, factsTable } from './table.ts';

/** Where information not collected from the person comes from, from `facts.sources` (Article 14(2)(f)). */
export const Sources = defineComponent({
	name: 'Sources',
	summary: 'A table of where the information comes from when it is not collected from the person, and whether each source is publicly available, from facts.sources.',
	example: '<Sources />',
	placement: 'block',
	children: 'none',
	props: captionProps(),
	unavailable: (_, { facts }) => factsNeeded(facts, 'sources'),
	render: ({ caption }, context) => {
		const words = wordsOf(context).components.sources;
		return factsTable(
			caption,
			[words.source, words.isPublic],
			(context.facts?.sources ?? []).map((s) => [[s.source], [s.public ? words.yes : words.no]]),
		);
	},
});
