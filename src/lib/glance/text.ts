// Small text helpers for "At a glance": counting words, joining lists as people write them, and
// choosing the fullest wording that fits a row.

import { en } from '../../i18n/en.ts';

/** What a row says in English when the facts do not say, or when nothing shorter is true (other languages: `glance.seeTheNotice`). */
export const SEE_THE_NOTICE = en.glance.seeTheNotice;

/** How many words a text has: runs of characters between spaces, so `(Article 6(1)(f))` is two. */
export function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** The text with its first letter in capitals, to start a line. */
export function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The text with its first letter in lower case, to follow a colon. Only a capital followed by a small
 * letter is lowered, so `NHS` and `CCTV` stay as they are; a name at the very start (`Ofgem`) would
 * be lowered too, which editors' purposes and periods, written as sentences, do not begin with.
 */
export function lowerFirst(text: string): string {
	return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The items with repeats left out, ignoring case and surrounding spaces; the first spelling is kept. */
export function uniqueItems(items: readonly string[]): string[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		const key = item.trim().toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** The separator for a list of these items: semicolons when an item has commas of its own, outside brackets. */
export function separatorFor(items: readonly string[]): ', ' | '; ' {
	return items.some((item) => item.replace(/\([^)]*\)/g, '').includes(',')) ? '; ' : ', ';
}

/** Items as a sentence lists them: `a, b and c`, or `a; b; and c` where an item has commas of its own; `and` words the last. */
export function listOf(items: readonly string[], and: (last: string) => string = en.glance.and): string {
	if (items.length <= 1) return items.join('');
	const separator = separatorFor(items);
	return `${items.slice(0, -1).join(separator)}${separator === '; ' ? '; ' : ' '}${and(items.at(-1)!)}`;
}

/** The first of the candidates, fullest first, whose words are within the limit; the last one if none is. */
export function fullestWithin<T>(candidates: readonly [T, ...T[]], words: (candidate: T) => number, limit: number): T {
	return candidates.find((candidate) => words(candidate) <= limit) ?? candidates.at(-1)!;
}

/** `render(k)` for the largest `k`, from `count` down, whose words are within the limit: as many items as fit; `render(0)` if none. */
export function asManyAsFit(count: number, render: (k: number) => string, limit: number): string {
	for (let k = count; k > 0; k--) {
		const text = render(k);
		if (wordCount(text) <= limit) return text;
	}
	return render(0);
}
