import type { Facts } from '../../../schemas/facts.ts';
import { basisLabels } from '../../glance.ts';
import { defineComponent } from '../define.ts';
import { specialConditionLabels, startOfSentence } from './labels.ts';
import { captionProps, type Cell, factsNeeded, factsTable, informationCell, sentences } from './table.ts';

type Purpose = Facts['purposes'][number];

/** The lawful basis with its Article, and the legitimate interests where that is the basis. */
function basisCell(p: Purpose): Cell {
	const interests = p.basis === 'legitimate_interests' && p.legitimateInterests ? [`Our legitimate interests: ${p.legitimateInterests}`] : undefined;
	return sentences([startOfSentence(basisLabels[p.basis])], interests);
}

/** The Article 9 condition, with the DPA 2018 Schedule 1 condition when one is given. */
function conditionCell(p: Purpose): Cell {
	if (!p.specialCategory) return ['None'];
	const { condition, schedule1 } = p.specialCategory;
	return sentences([startOfSentence(specialConditionLabels[condition])], schedule1 ? [`Data Protection Act 2018, Schedule 1: ${schedule1}`] : undefined);
}

/**
 * What the information is used for, from `facts.purposes`: each purpose, the information it uses,
 * its lawful basis with the Article and, where the basis is legitimate interests, the interests.
 * A column for the Article 9 condition appears only when some purpose uses special category data.
 */
export const PurposesTable = defineComponent({
	name: 'PurposesTable',
	summary: 'A table of what the information is used for, the information used, the lawful basis for each purpose and any Article 9 condition, from facts.purposes.',
	example: '<PurposesTable />',
	placement: 'block',
	children: 'none',
	props: captionProps(),
	unavailable: (_, { facts }) => factsNeeded(facts, 'purposes'),
	render: ({ caption }, { facts }) => {
		const purposes = facts?.purposes ?? [];
		const special = purposes.some((p) => p.specialCategory);
		return factsTable(
			caption,
			['Purpose', 'Information used', 'Lawful basis', ...(special ? ['Condition for special category information'] : [])],
			purposes.map((p) => [
				[p.purpose],
				informationCell(p),
				basisCell(p),
				...(special ? [conditionCell(p)] : []),
			]),
		);
	},
});
