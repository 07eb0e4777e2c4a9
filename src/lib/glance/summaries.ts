// The summaries behind the longer rows of "At a glance". Each says the most it can within a word
// limit, and drops detail in a fixed order; none drops a lawful basis or says what the facts do not.
// The words are the language's (`t`, English by default); the editors' items are as written.
import { en, type Strings } from '../../i18n/en.ts';
import type { Facts } from '../../schemas/facts.ts';
import { periodRange, readRetention } from './retention.ts';
import { asManyAsFit, fullestWithin, listOf, lowerFirst, separatorFor, uniqueItems, upperFirst, wordCount } from './text.ts';

type Purpose = Facts['purposes'][number];
type Basis = Purpose['basis'];
type Transfer = Exclude<Facts['transfers'], 'none' | undefined>[number];

const totalWords = (lines: readonly string[]) => lines.reduce((sum, line) => sum + wordCount(line), 0);

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
export function whyLines(purposes: readonly Purpose[], basisLabel: (basis: Basis) => string, limit: number, t: Strings = en): string[] {
	const groups = groupBy(purposes, (p) => p.basis).map(([basis, ps]) => {
		const names = uniqueItems(ps.map((p) => p.purpose));
		return { counted: `${basisLabel(basis)}: ${t.glance.purposes(names.length)}`, full: `${basisLabel(basis)}: ${names.map(lowerFirst).join('; ')}` };
	});
	const lines = groups.map((g) => g.counted);
	const cheapestFirst = groups.map((g, i) => ({ i, cost: wordCount(g.full) - wordCount(g.counted) })).sort((a, b) => a.cost - b.cost);
	for (const { i, cost } of cheapestFirst) if (totalWords(lines) + cost <= limit) lines[i] = groups[i]!.full;
	return lines;
}

/** Purposes that share a retention wording: `Purpose one; purpose two: wording`, or, shorter, `Wording (2 purposes)`. */
function said(purposes: readonly Purpose[], wording: (retention: string) => string, t: Strings): { full: string; counted: string }[] {
	return groupBy(purposes, (p) => wording(p.retention!)).map(([text, ps]) => {
		const names = uniqueItems(ps.map((p) => p.purpose));
		return { full: `${names.map((p, i) => (i === 0 ? p : lowerFirst(p))).join('; ')}: ${lowerFirst(text)}`, counted: `${upperFirst(text)} (${t.glance.purposes(names.length)})` };
	});
}

/**
 * How long data is kept: every purpose's period if they fit; else the shortest to the longest plain
 * period, then as many periods that wait for an event ("until you unsubscribe") as fit, in words,
 * with their purposes or how many purposes, and a pointer to the full notice for the rest.
 */
export function howLongLines(purposes: readonly Purpose[], limit: number, t: Strings = en): string[] {
	const kept = purposes.filter((p) => p.retention);
	if (kept.length === 0) return [t.glance.seeTheNotice];
	const all = said(kept, (r) => r, t).map((s) => s.full);
	if (totalWords(all) <= limit) return all;
	// A language whose periods cannot be read has each retention as written, whole: its first clause
	// alone might drop an "unless" that changes it.
	const reading = (retention: string) => (t.glance.readsRetention ? readRetention(retention) : { periods: [], words: retention });
	const read = new Map(kept.map((p) => [p.retention!, reading(p.retention!)]));
	const range = periodRange([...read.values()].flatMap((r) => r.periods));
	const events = said(kept.filter((p) => read.get(p.retention!)!.words !== undefined), (r) => read.get(r)!.words!, t);
	const lines = range ? [range] : [];
	const rest = t.glance.otherPeriods;
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
export function recipientsLine(recipients: readonly string[], limit: number, t: Strings = en): string {
	const all = uniqueItems(recipients);
	if (all.length === 0) return t.glance.seeTheNotice;
	const short = uniqueItems(all.map(shortRecipient));
	const join = (items: string[]) => items.join(separatorFor(items));
	const some = (k: number) => (k === 0 ? t.glance.recipients(short.length) : `${join(short.slice(0, k))}${separatorFor(short)}${t.glance.andMore(short.length - k)}`);
	return fullestWithin([join(all), join(short), asManyAsFit(short.length - 1, some, limit)], wordCount, limit);
}

/** Rights as one sentence; when they do not all fit, how many there are and the first of them. */
export function rightsLine(phrases: readonly string[], limit: number, t: Strings = en): string {
	if (phrases.length === 0) return t.glance.seeTheNotice;
	const list = (items: readonly string[]) => listOf(items, t.glance.and);
	const all = t.glance.rightsAll(list(phrases));
	const some = (k: number) => (k === 0 ? t.glance.rightsCount(phrases.length) : t.glance.rightsSome(phrases.length, list(phrases.slice(0, k))));
	return fullestWithin([all, asManyAsFit(phrases.length - 1, some, limit)], wordCount, limit);
}

/** Where data goes outside the UK, places that share a safeguard named together. */
export function transfersLine(transfers: readonly Transfer[], safeguardLabel: (safeguard: Transfer['safeguard']) => string, limit: number, t: Strings = en): string {
	const { glance } = t;
	const list = (items: readonly string[]) => listOf(items, glance.and);
	const places = uniqueItems(transfers.map((transfer) => transfer.destination));
	const grouped = groupBy(transfers, (transfer) => transfer.safeguard).map(([safeguard, ts]) => glance.under(list(uniqueItems(ts.map((transfer) => transfer.destination))), safeguardLabel(safeguard)));
	return fullestWithin([grouped.join('; '), glance.transfersTo(list(places)), `${glance.yesTransfers} ${glance.seeTheNotice}`], wordCount, limit);
}

/** An editor's description of automated decisions: all of it, or its first sentence (the row links to the rest), or a pointer. */
export function automatedLine(description: string, limit: number, t: Strings = en): string {
	const first = /^.*?[.!?](?=\s|$)/su.exec(description)?.[0] ?? description;
	return fullestWithin([description, first, `${t.glance.yesAutomated} ${t.glance.seeTheNotice}`], wordCount, limit);
}
