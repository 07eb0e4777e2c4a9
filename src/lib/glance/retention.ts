// Reading how long things are kept, as editors write it, well enough to say the shortest and the
// longest period. A period that waits for an event ("until you unsubscribe") is kept in words.

/** A period found in a retention sentence: its words, e.g. `6 years after you leave`, and its length in days. */
export interface Period {
	text: string;
	days: number;
}

const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const UNIT_DAYS: Record<string, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, 'working day': 7 / 5, week: 7, month: 365.25 / 12, year: 365.25 };
const NUMBER = `\\d+|${Object.keys(NUMBERS).join('|')}`;
// A length, with what it runs from: after it ("6 years after you leave", "12 months from our last
// reply") where that ends at punctuation or a new condition, or before it ("After death, 10 years").
const PERIOD = new RegExp(
	`(?:\\bafter\\s+(?<before>[^,;.()]+?),\\s+)?\\b(?<length>(?<count>${NUMBER})\\s+(?<unit>minute|hour|working day|day|week|month|year)s?)\\b` +
		`(?<after>(?:\\s+(?:after|from)\\s+[^,;.()]*?(?=\\s+(?:if|unless|or|and|then|as|when|with)\\b|[,;.()]|$))?)`,
	'giu',
);
// Words that make a clause more than a length of time: it waits for an event, or is added to.
const NOT_PLAIN = /\b(?:until|as long as|while|permanently|life of|current|plus)\b/iu;

/** The clauses of a retention sentence: its parts between semicolons and full stops. */
function clausesOf(retention: string): string[] {
	return retention.split(/;|\.(?=\s|$)/u).map((c) => c.trim()).filter(Boolean);
}

/** The periods a clause states, in the order it states them. */
export function periodsIn(clause: string): Period[] {
	return [...clause.matchAll(PERIOD)].map((m) => {
		const { before, length, count, unit, after } = m.groups!;
		const days = (NUMBERS[count!.toLowerCase()] ?? Number(count)) * UNIT_DAYS[unit!.toLowerCase()]!;
		return { text: before ? `${length} after ${before}` : `${length}${after!.trimEnd()}`, days };
	});
}

/** Whether a clause waits for an event ("until you leave"), so that a range of lengths would misstate it. */
function waitsForEvent(clause: string): boolean {
	return NOT_PLAIN.test(clause);
}

/**
 * A retention sentence read for a summary: the periods of its clauses that only state lengths of
 * time, for a range; and what a range cannot say, in words: its clauses that wait for an event, or,
 * when it has neither those nor a plain period, its first clause.
 */
export function readRetention(retention: string): { periods: Period[]; words: string | undefined } {
	const clauses = clausesOf(retention);
	const events = clauses.filter(waitsForEvent);
	const periods = clauses.filter((c) => !waitsForEvent(c)).flatMap(periodsIn);
	return { periods, words: events.length > 0 ? events.join('; ') : periods.length === 0 ? clauses[0] : undefined };
}

/** The shortest to the longest of the periods, e.g. `From 90 days to 24 months from the end of the chat`; undefined for none. */
export function periodRange(periods: readonly Period[]): string | undefined {
	if (periods.length === 0) return undefined;
	// Of equal lengths, the first met stands for them: sort is stable.
	const sorted = [...periods].sort((a, b) => a.days - b.days);
	const [shortest, longest] = [sorted[0]!, sorted.at(-1)!];
	return shortest.days === longest.days ? shortest.text : `From ${shortest.text} to ${longest.text}`;
}
