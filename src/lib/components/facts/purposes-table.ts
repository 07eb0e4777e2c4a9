import { h } from 'hastscript';
import { z } from 'astro/zod';
import { basisLabels } from '../../glance.ts';
import { defineComponent } from '../define.ts';
import { factsNeeded, factsTable } from './table.ts';

/** What the data is used for, from `facts.purposes`: purpose, data, lawful basis, legitimate interests, Article 9 condition. */
export const PurposesTable = defineComponent({
	name: 'PurposesTable',
	summary: 'A table of what the information is used for, the information used, and the lawful basis for each purpose, from facts.purposes.',
	example: '<PurposesTable />',
	placement: 'block',
	children: 'none',
	props: z.strictObject({
		/** The table's caption. */
		caption: z.string().trim().min(1).default('What we use your information for, and our lawful basis'),
	}),
	unavailable: (_, { facts }) => factsNeeded(facts, 'purposes'),
	render: ({ caption }, { facts }) => {
		const purposes = facts?.purposes ?? [];
		return factsTable(
			caption,
			['Purpose', 'Information used', 'Lawful basis'],
			purposes.map((p) => [
				[p.purpose],
				p.data.length > 0 ? [p.data.join('; ')] : ['Not listed'],
				[
					basisLabels[p.basis],
					...(p.legitimateInterests ? [h('br'), `Our legitimate interests: ${p.legitimateInterests}`] : []),
					...(p.specialCategory ? [h('br'), `Special category information, under Article 9(2): ${p.specialCategory.condition}`] : []),
				],
			]),
		);
	},
});
