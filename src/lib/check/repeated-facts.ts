import type { Facts } from '../../schemas/facts.ts';
import type { BodyNode } from './body.ts';
import type { Problem } from './problem.ts';

/** What a body table or list can repeat, and the component that shows it from the facts instead. */
interface Repeat {
	component: string;
	/** The facts it repeats, for the message. */
	fact: string;
	/** Whether the version's facts say it, so the component can show it. */
	inFacts: (facts: Facts) => boolean;
	/** Whether a table with these header cells (lower case) repeats it. */
	header: (cells: readonly string[]) => boolean;
}

const has = (cells: readonly string[], pattern: RegExp) => cells.some((cell) => pattern.test(cell));

/** The tables that say what a facts component says, by their columns. First match wins. */
const TABLES: readonly Repeat[] = [
	{
		component: 'CookieTable',
		fact: 'facts.cookies',
		inFacts: (facts) => ((facts as { cookies?: unknown[] }).cookies?.length ?? 0) > 0,
		header: (cells) => has(cells, /cookie|name/) && has(cells, /duration|expir|how long|lasts/),
	},
	{
		component: 'PurposesTable',
		fact: 'facts.purposes (purposes and lawful bases)',
		inFacts: (facts) => facts.purposes.length > 0,
		header: (cells) => has(cells, /basis|lawful|legal reason/),
	},
	{
		component: 'RetentionTable',
		fact: 'facts.purposes[].retention (how long information is kept)',
		inFacts: (facts) => facts.purposes.some((p) => p.retention),
		header: (cells) => has(cells, /how long|retention|kept|keep/),
	},
	{
		component: 'Recipients',
		fact: 'facts.purposes[].recipients (who receives the information)',
		inFacts: (facts) => facts.purposes.some((p) => p.recipients.length > 0),
		header: (cells) => has(cells, /provider|recipient|processor|shared with|who we share|organisation|company|supplier/),
	},
	{
		component: 'Transfers',
		fact: 'facts.transfers (where information is sent outside the UK)',
		inFacts: (facts) => Array.isArray(facts.transfers),
		header: (cells) => has(cells, /country|destination|safeguard/),
	},
];

/** The kinds of right a rights list names, each by the words people use for it. */
const RIGHT_KINDS: readonly RegExp[] = [
	/\b(copy|access)\b/i,
	/\b(correct|rectif)/i,
	/\b(delet|eras)/i,
	/\b(restrict|limit|pause)/i,
	/\bobject/i,
	/\b(portab|move it|transfer it|format a computer)/i,
	/\bwithdraw/i,
];

const text = (node: BodyNode): string => (node.value ?? '') + (node.children ?? []).map(text).join('');

/**
 * Warns where a body table or list repeats what the version's facts say, and suggests the
 * component that shows the facts instead: two copies of one fact drift apart, and then "At a
 * glance" says 12 months while the text says 24. Only a warning: the text may say more than
 * the facts, and the editor decides.
 */
export function repeatedFacts(file: string, tree: BodyNode, facts: Facts | undefined): Problem[] {
	if (!facts) return [];
	const found: Problem[] = [];
	const warn = (node: BodyNode, what: string, repeat: Pick<Repeat, 'component' | 'fact'>) =>
		found.push({
			file,
			...(node.position ? { line: node.position.start.line, column: node.position.start.column } : {}),
			message: `This ${what} repeats what ${repeat.fact} says, so the two can come to disagree.`,
			fix: `Replace it with <${repeat.component} />, which shows the facts${file.endsWith('.md') ? ' (components work in .mdx files: rename this one)' : ''}. Keep in the text only what the facts do not say.`,
			severity: 'warning',
		});
	const visit = (node: BodyNode) => {
		if (node.type === 'table') {
			const header = (node.children?.[0]?.children ?? []).map((cell) => text(cell).trim().toLowerCase());
			const repeat = TABLES.find((r) => r.inFacts(facts) && r.header(header));
			if (repeat) warn(node, 'table', repeat);
			return;
		}
		if (node.type === 'list' && facts.rights.length > 0) {
			// An item's own words, not its sublist's: "When you visit: your IP address…" names no right.
			const own = (item: BodyNode) => (item.children ?? []).filter((child) => child.type !== 'list').map(text).join(' ');
			const kinds = RIGHT_KINDS.filter((kind) => (node.children ?? []).some((item) => kind.test(own(item))));
			if (kinds.length >= 3) {
				warn(node, 'list', { component: 'Rights', fact: 'facts.rights (the rights people have)' });
				return;
			}
		}
		// Inside a component, the text is the editor's own, shown with it.
		if (node.type === 'mdxJsxFlowElement' && /^[A-Z]/.test(node.name ?? '')) return;
		node.children?.forEach(visit);
	};
	visit(tree);
	return found;
}
