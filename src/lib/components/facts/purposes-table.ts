import type { Strings } from '../../../i18n/index.ts';
import type { Facts } from '../../../schemas/facts.ts';
import { defineComponent, wordsOf } from '../define.ts';
import { startOfSentence } from './labels.ts';
import { captionProps, type Cell, factsNeeded, factsTable, informationCell, sentences } from './table.ts';

type Purpose = Facts['purposes'][number];

/** The lawful basis with its Article, and the legitimate interests where that is the basis. */
function basisCell(p: Purpose, t: Strings): Cell {
	const interests = p.basis === 'legitimate_interests' && p.legitimateInterests ? [t.components.purposes.legitimateInterests(p.legitimateInterests)] : undefined;
	return sentences([startOfSentence(t.vocabulary.basis[p.basis])], interests);
}

/** The Article 9 condition, with the DPA 2018 Schedule 1 condition when one is given. */
function conditionCell(p: Purpose, t: Strings): Cell {
	if (!p.specialCategory) return [t.components.purposes.noCondition];
	const { condition, schedule1 } = p.specialCategory;
	return sentences([startOfSentence(t.vocabulary.specialCondition[condition])], schedule1 ? [t.components.purposes.schedule1(schedule1)] : undefined);
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
	render: ({ caption }, context) => {
		const t = wordsOf(context);
		const words = t.components.purposes;
		const purposes = context.facts?.purposes ?? [];
		const special = purposes.some((p) => p.specialCategory);
		return factsTable(
			caption,
			[words.purpose, words.information, words.basis, ...(special ? [words.condition] : [])],
			purposes.map((p) => [
				[p.purpose],
				informationCell(p, t),
				basisCell(p, t),
				...(special ? [conditionCell(p, t)] : []),
			]),
		);
	},
});
