// The facts components' labels for lawful bases, safeguards, Article 9 conditions and cookie
// categories are the dictionaries' (`t.vocabulary`, src/i18n/), which "At a glance" and the
// comparisons use too. A condition's label reads on within a sentence; `startOfSentence`
// capitalises one where it begins a sentence or a table cell.

/** A label as the start of a sentence or of a table cell: its first letter a capital. */
export function startOfSentence(label: string): string {
	return label.charAt(0).toUpperCase() + label.slice(1);
}
