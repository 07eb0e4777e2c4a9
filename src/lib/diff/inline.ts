import { diffArrays } from 'diff';
import type { Element, ElementContent } from 'hast';
import { isWord, tokenize } from './tokens.ts';

/** Words added and removed by a diff. */
export interface WordCounts {
	added: number;
	removed: number;
}

type Status = 'same' | 'added' | 'removed';

/** One piece of inline content: a token of text, or a void element such as `<br>`, inside its marks. */
interface Atom {
	/** The inline elements around it, outermost first (a link, then emphasis inside it). */
	marks: Element[];
	text: string | undefined;
	node: Element | undefined;
	/** What the diff compares: the token, or the void element, with the marks it sits in. */
	key: string;
}

const VOID = new Set(['br', 'img', 'input', 'wbr']);

function markKey(mark: Element): string {
	return `${mark.tagName}${mark.properties['href'] ? `(${String(mark.properties['href'])})` : ''}`;
}

/** Flattens inline content into atoms, each remembering the inline elements it sits in. */
function atomsOf(children: readonly ElementContent[], marks: Element[] = []): Atom[] {
	const prefix = marks.map(markKey).join('>');
	return children.flatMap((child): Atom[] => {
		if (child.type === 'text') {
			return tokenize(child.value).map((token) => ({
				marks,
				text: token,
				node: undefined,
				// Whitespace is whitespace: a changed run of it is not a change a reader can see.
				key: `${prefix}|${/^\s+$/.test(token) ? ' ' : token}`,
			}));
		}
		if (child.type !== 'element') return [];
		if (VOID.has(child.tagName)) return [{ marks, text: undefined, node: child, key: `${prefix}|<${markKey(child)}>` }];
		return atomsOf(child.children, [...marks, child]);
	});
}

const hidden = (text: string): Element => ({
	type: 'element',
	tagName: 'span',
	properties: { className: ['nb-visually-hidden'] },
	children: [{ type: 'text', value: text }],
});

/** Wraps content in `<ins>` or `<del>`, with words a screen reader says where the change starts and ends. */
export function changeMark(status: 'added' | 'removed', children: ElementContent[]): Element {
	const label = status === 'added' ? 'added' : 'removed';
	return {
		type: 'element',
		tagName: status === 'added' ? 'ins' : 'del',
		properties: {},
		children: [hidden(`[${label}: `), ...children, hidden(` end ${label}]`)],
	};
}

/** Rebuilds nested inline content from atoms, sharing each mark element between neighbouring atoms. */
function build(entries: readonly { atom: Atom; status: Status }[], depth: number): ElementContent[] {
	const output: ElementContent[] = [];
	let i = 0;
	while (i < entries.length) {
		const { atom, status } = entries[i]!;
		const mark = atom.marks[depth];
		if (mark) {
			// Everything next to this that sits in the same mark goes inside one copy of it.
			let j = i;
			while (j < entries.length && entries[j]!.atom.marks[depth] === mark) j++;
			output.push({ ...mark, children: build(entries.slice(i, j), depth + 1) });
			i = j;
			continue;
		}
		// Atoms directly at this depth: group runs with the same status into one ins/del.
		let j = i;
		while (j < entries.length && !entries[j]!.atom.marks[depth] && entries[j]!.status === status) j++;
		const content = entries.slice(i, j).map(({ atom: a }): ElementContent => a.node ?? { type: 'text', value: a.text! });
		output.push(...(status === 'same' ? content : [changeMark(status, content)]));
		i = j;
	}
	return output;
}

/** An unchanged run this short (in words) between two changes is shown as part of the change. */
const SHORT_RUN = 3;
/** Below this share of unchanged words, text is shown as rewritten: all removed, then all added. */
const REWRITTEN = 0.4;

/** A stretch of the diff: unchanged, or a change with what it removed and what it added. */
interface Region {
	same: boolean;
	removed: Atom[];
	added: Atom[];
}

const words = (atoms: readonly Atom[]) => atoms.filter((a) => a.text !== undefined && isWord(a.text)).length;
const blank = (atoms: readonly Atom[]) => atoms.every((a) => a.text !== undefined && /^\s+$/.test(a.text));

/** Aligns two lists of atoms into regions, folding short unchanged runs into the changes around them. */
function regions(oldAtoms: Atom[], newAtoms: Atom[]): Region[] {
	const list: Region[] = [];
	let o = 0;
	let n = 0;
	for (const change of diffArrays(oldAtoms.map((a) => a.key), newAtoms.map((a) => a.key))) {
		if (change.removed) list.push({ same: false, removed: oldAtoms.slice(o, (o += change.count)), added: [] });
		else if (change.added) list.push({ same: false, removed: [], added: newAtoms.slice(n, (n += change.count)) });
		else list.push({ same: true, removed: oldAtoms.slice(o, (o += change.count)), added: newAtoms.slice(n, (n += change.count)) });
	}
	// "a [-b] c [+d]" reads better as "[-a b c] [+a d c]" when "c" is a word or two: the eye
	// follows whole phrases, not alternating fragments.
	const folded = list.map((region, i) =>
		region.same && i > 0 && i < list.length - 1 && words(region.added) < SHORT_RUN ? { ...region, same: false } : region,
	);
	const merged: Region[] = [];
	for (const region of folded) {
		const last = merged.at(-1);
		if (last && !last.same && !region.same) {
			last.removed.push(...region.removed);
			last.added.push(...region.added);
		} else merged.push({ same: region.same, removed: [...region.removed], added: [...region.added] });
	}
	return merged;
}

/**
 * Compares two pieces of inline content word by word and returns the new content with added
 * words in `<ins>` and removed words in `<del>`, inside the same links and emphasis as before,
 * so links keep working. Changes to whitespace alone are not changes. Text that was mostly
 * rewritten is shown as the old text removed and the new text added, which is easier to read.
 */
export function diffInline(
	before: readonly ElementContent[],
	after: readonly ElementContent[],
): { children: ElementContent[]; counts: WordCounts; changed: boolean } {
	const oldAtoms = atomsOf(before);
	const newAtoms = atomsOf(after);
	let list = regions(oldAtoms, newAtoms);
	const kept = list.reduce((sum, r) => sum + (r.same ? words(r.added) : 0), 0);
	if (kept < REWRITTEN * Math.max(words(oldAtoms), words(newAtoms)) && list.some((r) => !r.same)) {
		list = [{ same: false, removed: oldAtoms, added: newAtoms }];
	}
	const entries: { atom: Atom; status: Status }[] = [];
	const counts: WordCounts = { added: 0, removed: 0 };
	for (const region of list) {
		// Unchanged, or changed in whitespace alone: show the new text as it is.
		if (region.same || (blank(region.removed) && blank(region.added))) {
			entries.push(...region.added.map((atom) => ({ atom, status: 'same' as const })));
			continue;
		}
		if (!blank(region.removed)) {
			counts.removed += words(region.removed);
			entries.push(...region.removed.map((atom) => ({ atom, status: 'removed' as const })));
		}
		counts.added += words(region.added);
		entries.push(...region.added.map((atom) => ({ atom, status: blank(region.added) ? ('same' as const) : ('added' as const) })));
	}
	return { children: build(entries, 0), counts, changed: entries.some((e) => e.status !== 'same') };
}
