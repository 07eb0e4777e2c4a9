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

/**
 * Compares two pieces of inline content word by word and returns the new content with added
 * words in `<ins>` and removed words in `<del>`, inside the same links and emphasis as before,
 * so links keep working. Changes to whitespace alone are not changes.
 */
export function diffInline(
	before: readonly ElementContent[],
	after: readonly ElementContent[],
): { children: ElementContent[]; counts: WordCounts; changed: boolean } {
	const oldAtoms = atomsOf(before);
	const newAtoms = atomsOf(after);
	const entries: { atom: Atom; status: Status }[] = [];
	const counts: WordCounts = { added: 0, removed: 0 };
	let o = 0;
	let n = 0;
	for (const change of diffArrays(oldAtoms.map((a) => a.key), newAtoms.map((a) => a.key))) {
		const count = change.count;
		if (change.removed) {
			const atoms = oldAtoms.slice(o, (o += count));
			const words = atoms.filter((a) => a.text !== undefined && isWord(a.text)).length;
			// A run of whitespace alone, removed, is not shown.
			if (atoms.every((a) => a.text !== undefined && /^\s+$/.test(a.text))) continue;
			counts.removed += words;
			entries.push(...atoms.map((atom) => ({ atom, status: 'removed' as const })));
		} else if (change.added) {
			const atoms = newAtoms.slice(n, (n += count));
			const whitespace = atoms.every((a) => a.text !== undefined && /^\s+$/.test(a.text));
			counts.added += atoms.filter((a) => a.text !== undefined && isWord(a.text)).length;
			entries.push(...atoms.map((atom) => ({ atom, status: whitespace ? ('same' as const) : ('added' as const) })));
		} else {
			// Unchanged: show the new text (its whitespace may differ, which does not count).
			entries.push(...newAtoms.slice(n, (n += count)).map((atom) => ({ atom, status: 'same' as const })));
			o += count;
		}
	}
	return { children: build(entries, 0), counts, changed: entries.some((e) => e.status !== 'same') };
}
