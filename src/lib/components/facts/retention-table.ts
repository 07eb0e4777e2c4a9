import type { Facts } from '../../../schemas/facts.ts';
import { uniqueItems } from '../../glance/text.ts';
import { defineComponent, wordsOf } from '../define.ts';
import { captionProps, factsTable, informationCell, purposesNeed } from './table.ts';

/** The purposes, those kept for the same stated time together, in the order first met. */
function keptAlike(purposes: Facts['purposes']): Facts['purposes'][] {
	const groups = new Map<string, Facts['purposes']>();
	purposes.forEach((p, i) => {
		const key = p.retention?.trim().toLowerCase() ?? `unstated-${i}`;
		groups.set(key, [...(groups.get(key) ?? []), p]);
	});
	return [...groups.values()];
}

/**
 * How long information is kept, from `purposes[].retention`. Every purpose is in a row, so that
 * none silently vanishes, and purposes kept for the same time share one: one with no retention
 * says it is not stated, which the completeness report also warns of. With no retention for any
 * purpose, it cannot be shown at all.
 */
export const RetentionTable = defineComponent({
	name: 'RetentionTable',
	summary: 'A table of how long the information for each purpose is kept, from facts.purposes[].retention.',
	example: '<RetentionTable />',
	placement: 'block',
	children: 'none',
	props: captionProps(),
	unavailable: (_, { facts }) => purposesNeed(facts, 'retention'),
	render: ({ caption }, context) => {
		const t = wordsOf(context);
		return factsTable(
			caption,
			[t.components.purposes.purpose, t.components.purposes.information, t.components.retention.howLong],
			keptAlike(context.facts?.purposes ?? []).map((group) => [
				[group.map((p) => p.purpose).join('; ')],
				informationCell({ ...group[0]!, data: uniqueItems(group.flatMap((p) => p.data)) }, t),
				[group[0]!.retention ?? t.components.notStated],
			]),
		);
	},
});
