import { defineComponent } from '../define.ts';
import { captionProps, factsTable, informationCell, purposesNeed } from './table.ts';

/**
 * How long information is kept, from `purposes[].retention`. Every purpose has a row, so that
 * none silently vanishes: one with no retention says it is not stated, which the completeness
 * report also warns of. With no retention for any purpose, it cannot be shown at all.
 */
export const RetentionTable = defineComponent({
	name: 'RetentionTable',
	summary: 'A table of how long the information for each purpose is kept, from facts.purposes[].retention.',
	example: '<RetentionTable />',
	placement: 'block',
	children: 'none',
	props: captionProps('How long we keep your information'),
	unavailable: (_, { facts }) => purposesNeed(facts, 'retention'),
	render: ({ caption }, { facts }) =>
		factsTable(
			caption,
			['Purpose', 'Information used', 'How long we keep it'],
			(facts?.purposes ?? []).map((p) => [[p.purpose], informationCell(p), [p.retention ?? 'Not stated in this notice']]),
		),
});
