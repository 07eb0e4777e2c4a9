import { en } from '../../../i18n/en.ts';

// Labels the facts components need beyond those of "At a glance" (src/lib/glance.ts), which they
// import rather than repeat. Like glance.ts's, a condition's label reads on within a sentence;
// `startOfSentence` capitalises one where it begins a sentence or a table cell.

/** Article 9(2) conditions for special category information, with the Article (English; src/i18n/ has each language's). */
export const specialConditionLabels = en.vocabulary.specialCondition;

/** Cookie categories as readers know them, as a table's caption begins. */
export const cookieCategoryLabels = en.vocabulary.cookieCategory;

/** A label as the start of a sentence or of a table cell: its first letter a capital. */
export function startOfSentence(label: string): string {
	return label.charAt(0).toUpperCase() + label.slice(1);
}
