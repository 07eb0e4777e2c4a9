// Sorting the data items editors list into a few kinds of data readers recognise. The vocabulary
// itself is data, in src/lib/glance.ts; this is only the matching.
import { en, type Strings } from '../../i18n/en.ts';
import { listOf, uniqueItems } from './text.ts';

/** A kind of personal data, named for readers, with the whole words that show an item is of that kind. */
export interface DataCategory {
	/** What "At a glance" calls it, in lower case, e.g. `contact details`. */
	label: string;
	/** Whole words or phrases, matched whatever their case; each also matches with a plural `s` or `es`. */
	keywords: readonly string[];
	/** Special category data (UK GDPR Article 9): all such kinds are named together, as such. */
	special?: true;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A keyword just after one of these words is being ruled out: "never your name", "uses no cookies".
// Only the two words before count, so "checks that you are not prohibited from teaching or barred" is still about being barred.
const NEGATED = /(?:^|[^\p{L}])(?:no|not|never|without|\p{L}+n[’']t)(?:\s+\p{L}+){0,2}\s*$/iu;

/** One pattern for a whole vocabulary, longest keyword first, and each keyword's category. */
interface Matcher {
	pattern: RegExp;
	categories: Map<string, DataCategory>;
}

// Built once for each vocabulary: every page matches every item against all of it.
const matchers = new WeakMap<readonly DataCategory[], Matcher>();

function matcherFor(vocabulary: readonly DataCategory[]): Matcher {
	const known = matchers.get(vocabulary);
	if (known) return known;
	const categories = new Map(vocabulary.flatMap((category) => category.keywords.map((keyword) => [keyword.toLowerCase(), category] as const)));
	const alternatives = [...categories.keys()].sort((a, b) => b.length - a.length).map((keyword) => escape(keyword).replace(/ /g, '\\s+'));
	const matcher = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu'), categories };
	matchers.set(vocabulary, matcher);
	return matcher;
}

/** The category of a keyword as matched: in any case and spacing, perhaps with a plural ending. */
function categoryOf(matched: string, categories: Map<string, DataCategory>): DataCategory {
	const text = matched.toLowerCase().replace(/\s+/g, ' ');
	return (categories.get(text) ?? categories.get(text.slice(0, -1)) ?? categories.get(text.slice(0, -2)))!;
}

/**
 * The categories an item mentions, in the order it mentions them. Where keywords overlap, the one
 * that starts first wins, and of those the longest, so `IP address` is an online identifier, not a
 * contact detail, and `trade union membership` is special category data, not a membership.
 */
export function categoriesOf(item: string, vocabulary: readonly DataCategory[]): DataCategory[] {
	// An empty vocabulary (a language without kinds of data) would be an empty pattern, matching everywhere.
	if (vocabulary.length === 0) return [];
	const { pattern, categories } = matcherFor(vocabulary);
	const found = [...item.matchAll(pattern)].filter((m) => !NEGATED.test(item.slice(0, m.index))).map((m) => categoryOf(m[0], categories));
	return [...new Set(found)];
}

/**
 * The data items, summarised: each category named once, in the order first met, and each item that
 * matches no category kept as itself (once, whatever its case). Special category kinds are named
 * together where the first of them is met: `special category data (health and religion)`.
 */
export function dataSummary(items: readonly string[], vocabulary: readonly DataCategory[], t: Strings = en): string[] {
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
		return i === firstSpecial ? [t.glance.specialCategory(listOf(special, t.glance.and))] : [];
	});
}
