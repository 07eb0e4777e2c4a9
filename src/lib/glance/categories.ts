// Sorting the data items editors list into a few kinds of data readers recognise. The vocabulary
// itself is data, in src/lib/glance.ts; this is only the matching.
import { listOf, uniqueItems } from './text.ts';

/** A kind of personal data, named for readers, with the whole words that show an item is of that kind. */
export interface DataCategory {
	/** What "At a glance" calls it, in lower case, e.g. `contact details`. */
	label: string;
	/** Whole words or phrases, in lower case; each also matches with a plural `s` or `es`. */
	keywords: readonly string[];
	/** Special category data (UK GDPR Article 9): all such kinds are named together, as such. */
	special?: true;
}

/** What the special category kinds an item list mentions are gathered under. */
export const SPECIAL_CATEGORY = 'special category data';

interface Match {
	category: DataCategory;
	start: number;
	end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A keyword just after one of these words is being ruled out: "never your name", "uses no cookies".
// Only the two words before count, so "checks that you are not prohibited from teaching or barred" is still about being barred.
const NEGATED = /(?:^|[^\p{L}])(?:no|not|never|without|\p{L}+n[’']t)(?:\s+\p{L}+){0,2}\s*$/iu;

function keywordPattern(keyword: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}])${escape(keyword).replace(/ /g, '\\s+')}(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu');
}

function isNegated(item: string, start: number): boolean {
	return NEGATED.test(item.slice(0, start));
}

/**
 * The categories an item mentions, in the order it mentions them. The longest keyword wins where
 * keywords overlap, so `IP address` is an online identifier, not a contact detail, and
 * `trade union membership` is special category data, not a membership.
 */
export function categoriesOf(item: string, vocabulary: readonly DataCategory[]): DataCategory[] {
	const found: Match[] = vocabulary.flatMap((category) =>
		category.keywords.flatMap((keyword) => [...item.matchAll(keywordPattern(keyword))].map((m) => ({ category, start: m.index, end: m.index + m[0].length }))),
	);
	found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const kept: Match[] = [];
	for (const match of found) if (!kept.some((k) => match.start < k.end && k.start < match.end)) kept.push(match);
	return [...new Set(kept.filter((m) => !isNegated(item, m.start)).sort((a, b) => a.start - b.start).map((m) => m.category))];
}

/**
 * The data items, summarised: each category named once, in the order first met, and each item that
 * matches no category kept as itself (once, whatever its case). Special category kinds are named
 * together where the first of them is met: `special category data (health and religion)`.
 */
export function dataSummary(items: readonly string[], vocabulary: readonly DataCategory[]): string[] {
	const parts: (DataCategory | string)[] = [];
	for (const item of uniqueItems(items)) {
		const categories = categoriesOf(item, vocabulary);
		parts.push(...(categories.length > 0 ? categories : [item.trim()]));
	}
	const unique = [...new Set(parts)];
	const special = vocabulary.filter((c) => c.special && unique.includes(c)).map((c) => c.label);
	const firstSpecial = unique.findIndex((p) => typeof p !== 'string' && p.special);
	return unique.flatMap((part, i) => {
		if (typeof part === 'string') return [part];
		if (!part.special) return [part.label];
		return i === firstSpecial ? [`${SPECIAL_CATEGORY} (${listOf(special)})`] : [];
	});
}
