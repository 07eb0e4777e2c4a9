import type { Nodes, Root } from 'mdast';
import type { IsoDate } from '../lib/dates.ts';
import { isIsoDate } from '../lib/dates.ts';
import { lawfulBases, rights as rightNames } from '../schemas/facts.ts';
import { visibleText } from './recall.ts';
import type { ImportLog } from './report.ts';
import type { TemplateTag } from './templates.ts';
import { readOrganisation, type OrganisationFacts } from './organisation.ts';

// Reads what the frontmatter and the organisation file need from the imported text. Each value
// comes with the words it was read from, for the report; anything not found is left to a TODO.

type LawfulBasis = (typeof lawfulBases)[number];
type Right = (typeof rightNames)[number];

/** One block of the notice's text, with what the rules look at around it. */
export interface Unit {
	text: string;
	/** Lines, where the block kept its line breaks (an address). */
	lines: string[];
	/** The heading of the section it is in. */
	heading: string;
	/** For a list item, the paragraph just before its list; for a table row, the header row. */
	lead: string;
	/** For a table row, its cells. */
	cells?: string[];
}

/** What was read from the text. */
export interface Extracted {
	updated?: IsoDate;
	effective?: IsoDate;
	organisation: OrganisationFacts;
	purposes: { purpose?: string; basis: LawfulBasis; retention?: string }[];
	automatedDecisionsNo: boolean;
	rights: Right[];
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

function units(tree: Root): Unit[] {
	const out: Unit[] = [];
	let heading = '';
	const visit = (node: Nodes, lead: string) => {
		if (node.type === 'heading') heading = flat(visibleText(node));
		if (node.type === 'heading' || node.type === 'paragraph') {
			const lines = node.children.reduce<string[]>((acc, child) => (child.type === 'break' ? [...acc, ''] : [...acc.slice(0, -1), acc.at(-1)! + visibleText(child)]), ['']);
			out.push({ text: flat(visibleText(node)), lines: lines.map(flat).filter(Boolean), heading, lead });
			return;
		}
		if (node.type === 'table') {
			const rows = node.children.map((row) => row.children.map((cell) => flat(visibleText(cell))));
			rows.slice(1).forEach((cells) => out.push({ text: cells.join(' | '), lines: [], heading, lead: rows[0]!.join(' | '), cells }));
			out.push({ text: rows[0]!.join(' | '), lines: [], heading, lead: '', cells: rows[0]! });
			return;
		}
		if (!('children' in node)) return;
		let previous = lead;
		for (const child of node.children) {
			visit(child as Nodes, child.type === 'list' || node.type === 'listItem' ? previous : lead);
			if (child.type === 'paragraph') previous = flat(visibleText(child));
		}
	};
	visit(tree, '');
	return out;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE = /(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/i;

/** The first date written in `text` (UK order for 01/02/2025), as YYYY-MM-DD. */
export function findDate(text: string): IsoDate | undefined {
	const m = DATE.exec(text);
	if (!m) return undefined;
	const pad = (n: string | number) => String(n).padStart(2, '0');
	const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
	const [y, mo, d] = m[1] ? [m[3]!, month(m[2]!), m[1]] : m[4] ? [m[6]!, month(m[4]), m[5]!] : m[7] ? [m[9]!, m[8]!, m[7]] : [m[10]!, m[11]!, m[12]!];
	const date = `${y}-${pad(mo)}-${pad(d)}`;
	return isIsoDate(date) ? (date as IsoDate) : undefined;
}

const UPDATED = /last (?:updated|modified|revised|reviewed|amended)|updated (?:on|in)\b/gi;
const EFFECTIVE = /effective (?:from|date|on)|takes? effect|comes? into (?:effect|force)|in force from/gi;

/** A date stated just after a phrase such as "last updated", with the words it was read from. */
function datedPhrase(texts: string[], phrase: RegExp): { date: IsoDate; from: string } | undefined {
	for (const text of texts) {
		for (const match of text.matchAll(phrase)) {
			const after = text.slice(match.index, match.index + match[0].length + 80);
			const date = findDate(after.slice(match[0].length));
			if (date) return { date, from: after };
		}
	}
	return undefined;
}

const BASES: [LawfulBasis, RegExp][] = [
	['recognised_legitimate_interest', /recognised legitimate interest/i],
	['legitimate_interests', /(?<!recognised )legitimate interests?\b|6\s*\(\s*1\s*\)\s*\(\s*f\s*\)/i],
	['consent', /\bconsent\b|6\s*\(\s*1\s*\)\s*\(\s*a\s*\)/i],
	['contract', /\bcontract\b|6\s*\(\s*1\s*\)\s*\(\s*b\s*\)/i],
	['legal_obligation', /legal obligation|6\s*\(\s*1\s*\)\s*\(\s*c\s*\)/i],
	['vital_interests', /vital interests?|6\s*\(\s*1\s*\)\s*\(\s*d\s*\)/i],
	['public_task', /public task|in the public interest|official authority|6\s*\(\s*1\s*\)\s*\(\s*e\s*\)/i],
];
const BASIS_CONTEXT = /lawful bas[ie]s|legal bas[ie]s|article 6|conditions? in the data protection|basis for processing/i;
const basesIn = (text: string) => BASES.filter(([, pattern]) => pattern.test(text)).map(([basis]) => basis);

const RIGHTS: [Right, RegExp][] = [
	['access', /right of access|access(?:ing)? (?:to )?(?:your )?(?:personal )?(?:data|information)|cop(?:y|ies) of|subject access/i],
	['rectification', /rectif|corrected|inaccura|incorrect/i],
	['erasure', /erasure|erased?\b|delet/i],
	['restriction', /restrict/i],
	['object', /\bobject(?:ion|ing)?\b/i],
	['portability', /portab/i],
	['withdraw_consent', /withdraw (?:your )?consent|remove your consent/i],
];

/** Reads dates, organisation details and confidently stated facts from the imported notice. */
export function extract(tree: Root, title: string | undefined, tags: readonly TemplateTag[], log: ImportLog): Extracted {
	const all = units(tree);
	const texts = [title ?? '', ...all.map((u) => u.text)];
	const result: Extracted = { organisation: {}, purposes: [], automatedDecisionsNo: false, rights: [] };

	const updated = datedPhrase(texts, UPDATED);
	const fromTags = updated ? undefined : datedPhrase(tags.map((t) => t.code), UPDATED);
	if (updated) {
		result.updated = updated.date;
		log.find('updated', updated.date, updated.from);
	} else if (fromTags) {
		result.updated = fromTags.date;
		log.doubt(`The last-updated date ${fromTags.date} was read from template code, not from the text`, fromTags.from);
	}
	const effective = datedPhrase(texts, EFFECTIVE);
	if (effective) {
		result.effective = effective.date;
		log.find('effective date', effective.date, effective.from);
	}

	result.organisation = readOrganisation(all, texts, log);

	// Lawful bases: from a table with a basis column, purpose by purpose; else those the text names where it talks about lawful bases.
	for (const unit of all.filter((u) => u.cells && /basis/i.test(u.lead))) {
		const header = unit.lead.split(' | ');
		const column = (pattern: RegExp) => header.findIndex((h) => pattern.test(h));
		const basis = basesIn(unit.cells![column(/basis/i)] ?? '')[0];
		if (!basis) continue;
		const purpose = unit.cells![column(/purpose|why|use/i)] ?? unit.cells!.find((_, k) => k !== column(/basis/i));
		const retention = unit.cells![column(/retention|how long|kept|keep/i)];
		result.purposes.push({ basis, ...(purpose ? { purpose } : {}), ...(retention ? { retention } : {}) });
		log.find('facts purpose', `${purpose ?? '?'}: ${basis}`, unit.text);
	}
	if (result.purposes.length === 0) {
		const found = new Map<LawfulBasis, string>();
		for (const unit of all) {
			if (!(BASIS_CONTEXT.test(unit.text) || BASIS_CONTEXT.test(unit.lead) || /legal basis|lawful basis/i.test(unit.heading)) || unit.cells) continue;
			for (const basis of basesIn(unit.text)) if (!found.has(basis)) found.set(basis, unit.text);
		}
		for (const [basis, from] of found) {
			result.purposes.push({ basis });
			log.find('facts lawful basis', basis, from);
		}
	}

	const automated = all.find((u) => /\b(?:do not|does not|don't|will not|won't|never|no)\b[^.]{0,80}\bautomated (?:decision|profiling|processing)/i.test(u.text) && !/\bright\b/i.test(u.text));
	if (automated) {
		result.automatedDecisionsNo = true;
		log.find('facts automatedDecisions', 'no', automated.text);
	}

	const found = new Map<Right, string>();
	for (const unit of all) {
		const aboutRights = /\bright/i.test(unit.lead) || /\bright/i.test(unit.heading);
		for (const sentence of unit.text.split(/(?<=[.!?])\s+/)) {
			if (/complain/i.test(sentence) && /\bICO\b|Information Commissioner/i.test(sentence) && !found.has('complain_ico')) found.set('complain_ico', sentence);
			if (!aboutRights && !/\bright/i.test(sentence)) continue;
			for (const [right, pattern] of RIGHTS) if (pattern.test(sentence) && !found.has(right)) found.set(right, sentence);
		}
	}
	result.rights = rightNames.filter((r) => found.has(r));
	for (const right of result.rights) log.find('facts rights', right, found.get(right)!);
	return result;
}
