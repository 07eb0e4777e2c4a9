// The summaries behind the longer rows of "At a glance". Each says the most it can within a word
// limit, and drops detail in a fixed order; none drops a lawful basis or says what the facts do not.
import type { Facts } from '../../schemas/facts.ts';
import { periodRange, readRetention } from './retention.ts';
import { asManyAsFit, fullestWithin, listOf, lowerFirst, SEE_THE_NOTICE, separatorFor, uniqueItems, upperFirst, wordCount } from './text.ts';

type Purpose = Facts['purposes'][number];
type Basis = Purpose['basis'];
type Transfer = Exclude<Facts['transfers'], 'none' | undefined>[number];

const totalWords = (lines: readonly string[]) => lines.reduce((sum, line) => sum + wordCount(line), 0);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Items grouped by a key, groups in the order first met. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): [K, T[]][] {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const k = key(item);
		const group = groups.get(k);
		if (group) group.push(item);
		else groups.set(k, [item]);
	}
	return [...groups];
}

/**
 * One line for each lawful basis, in the order first met: its purposes where the words allow, or how
 * many purposes rely on it. Bases whose purposes cost fewest words are written out first.
 */
export function whyLines(purposes: readonly Purpose[], basisLabel: (basis: Basis) => string, limit: number): string[] {
	const groups = groupBy(purposes, (p) => p.basis).map(([basis, ps]) => {
		const names = uniqueItems(ps.map((p) => p.purpose));
		return { counted: `${basisLabel(basis)}: ${plural(names.length, 'purpose', 'purposes')}`, full: `${basisLabel(basis)}: ${names.map(lowerFirst).join('; ')}` };
	});
	const lines = groups.map((g) => g.counted);
	const cheapestFirst = groups.map((g, i) => ({ i, cost: wordCount(g.full) - wordCount(g.counted) })).sort((a, b) => a.cost - b.cost);
	for (const { i, cost } of cheapestFirst) if (totalWords(lines) + cost <= limit) lines[i] = groups[i]!.full;
	return lines;
}

/** Purposes that share a retention wording: `Purpose one; purpose two: wording`, or, shorter, `Wording (2 purposes)`. */
function said(purposes: readonly Purpose[], wording: (retention: string) => string): { full: string; counted: string }[] {
	return groupBy(purposes, (p) => wording(p.retention!)).map(([text, ps]) => {
		const names = uniqueItems(ps.map((p) => p.purpose));
		return { full: `${names.map((p, i) => (i === 0 ? p : lowerFirst(p))).join('; ')}: ${lowerFirst(text)}`, counted: `${upperFirst(text)} (${plural(names.length, 'purpose', 'purposes')})` };
	});
}

/**
 * How long data is kept: every purpose's period if they fit; else the shortest to the longest plain
 * period, then as many periods that wait for an event ("until you unsubscribe") as fit, in words,
 * with their purposes or how many purposes, and a pointer to the full notice for the rest.
 */
export function howLongLines(purposes: readonly Purpose[], limit: number): string[] {
	const kept = purposes.filter((p) => p.retention);
	if (kept.length === 0) return [SEE_THE_NOTICE];
	const all = said(kept, (r) => r).map((s) => s.full);
	if (totalWords(all) <= limit) return all;
	const read = new Map(kept.map((p) => [p.retention!, readRetention(p.retention!)]));
	const range = periodRange([...read.values()].flatMap((r) => r.periods));
	const events = said(kept.filter((p) => read.get(p.retention!)!.words !== undefined), (r) => read.get(r)!.words!);
	const lines = range ? [range] : [];
	const rest = 'Other periods are in the full notice.';
	for (const [i, event] of events.entries()) {
		// Room for the pointer is kept unless this is the last event.
		const room = limit - totalWords(lines) - (i < events.length - 1 ? wordCount(rest) : 0);
		const line = [event.full, event.counted].find((l) => wordCount(l) <= room);
		if (line === undefined) return [...lines, rest];
		lines.push(line);
	}
	return lines;
}

// A recipient's description: a "which" clause or brackets, or "our …" after a name ("Bellnote, our
// email provider"; not "the police, our regulator", which names two). It can go unless it limits what is shared.
const DESCRIPTION = [/,\s+which\s|\s\(/u, /(?<=^\p{Lu}[^,]*),\s+our\s/u];
const LIMITING = /\b(?:no|not|never|without|only|unless|if|except|when|where)\b/iu;

/** A recipient without its description: `Stonewick Digital, which hosts our website (processor)` is `Stonewick Digital`. */
export function shortRecipient(recipient: string): string {
	const at = Math.min(...DESCRIPTION.map((d) => recipient.search(d)).filter((i) => i > 0));
	return at === Infinity || LIMITING.test(recipient.slice(at)) ? recipient : recipient.slice(0, at);
}

/** Who receives the data: all of them if they fit, else without their descriptions, else as many as fit and how many more. */
export function recipientsLine(recipients: readonly string[], limit: number): string {
	const all = uniqueItems(recipients);
	if (all.length === 0) return SEE_THE_NOTICE;
	const short = uniqueItems(all.map(shortRecipient));
	const join = (items: string[]) => items.join(separatorFor(items));
	const some = (k: number) => (k === 0 ? `${plural(short.length, 'recipient', 'recipients')}: see the full notice.` : `${join(short.slice(0, k))}${separatorFor(short)}and ${short.length - k} more`);
	return fullestWithin([join(all), join(short), asManyAsFit(short.length - 1, some, limit)], wordCount, limit);
}

/** Rights as one sentence; when they do not all fit, how many there are and the first of them. */
export function rightsLine(phrases: readonly string[], limit: number): string {
	if (phrases.length === 0) return SEE_THE_NOTICE;
	const all = `You have the right to ${listOf(phrases)}.`;
	const some = (k: number) => (k === 0 ? `You have ${phrases.length} rights: see the full notice.` : `You have ${phrases.length} rights, including to ${listOf(phrases.slice(0, k))}.`);
	return fullestWithin([all, asManyAsFit(phrases.length - 1, some, limit)], wordCount, limit);
}

/** Where data goes outside the UK, places that share a safeguard named together. */
export function transfersLine(transfers: readonly Transfer[], safeguardLabel: (safeguard: Transfer['safeguard']) => string, limit: number): string {
	const places = uniqueItems(transfers.map((t) => t.destination));
	const grouped = groupBy(transfers, (t) => t.safeguard).map(([safeguard, ts]) => `${listOf(uniqueItems(ts.map((t) => t.destination)))}, under ${safeguardLabel(safeguard)}`);
	return fullestWithin([grouped.join('; '), `Yes, to ${listOf(places)}. See the full notice for the safeguards.`, `Yes. ${SEE_THE_NOTICE}`], wordCount, limit);
}

/** An editor's description of automated decisions: all of it, or its first sentence (the row links to the rest), or a pointer. */
export function automatedLine(description: string, limit: number): string {
	const first = /^.*?[.!?](?=\s|$)/su.exec(description)?.[0] ?? description;
	return fullestWithin([description, first, `Yes. ${SEE_THE_NOTICE}`], wordCount, limit);
}
