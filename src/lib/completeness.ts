import { en, type Strings } from '../i18n/en.ts';
import type { Facts } from '../schemas/facts.ts';

/** Whether a notice covers one item of the UK GDPR checklist. */
export type ItemStatus = 'present' | 'missing' | 'not-applicable';

/** One checklist item's result for one notice. */
export interface ItemResult {
	/** The item's number in ../shared/design/UK-GDPR-CHECKLIST.md, 1 to 15. */
	item: number;
	/** What the item asks for. */
	title: string;
	/** Where the law asks for it. */
	article: string;
	status: ItemStatus;
	/** Why it is missing or not applicable, when it is. */
	note?: string;
}

/** What the report needs from the organisation that publishes the notice. */
export interface Publisher {
	hasDpo: boolean;
}

/** The rights every notice must name (Articles 15–18, 20 and 21). */
const CORE_RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'object', 'portability'] as const;

type Check = (facts: Facts, publisher: Publisher) => Omit<ItemResult, 'item' | 'title' | 'article'>;

/** An item of the checklist, by the key of its title in the dictionaries (`checklist.items`). */
type ItemKey = keyof Strings['checklist']['items'];

const present = { status: 'present' } as const;
const missing = (note: string) => ({ status: 'missing' as const, note });
const notApplicable = (note: string) => ({ status: 'not-applicable' as const, note });
const direct = (facts: Facts) => facts.collection !== 'indirect';
const indirect = (facts: Facts) => facts.collection !== 'direct';

const ITEMS: { key: ItemKey; article: string; check: Check }[] = [
	{ key: 'controller', article: 'Art 13(1)(a), 14(1)(a)', check: () => present },
	{
		key: 'dpo',
		article: 'Art 13(1)(b), 14(1)(b)',
		check: (facts, publisher) =>
			facts.dpo === 'none'
				? notApplicable('The notice says there is no DPO.')
				: facts.dpo || publisher.hasDpo
					? present
					: notApplicable('The organisation has no DPO on record. If it must have one, add dpo to its file.'),
	},
	{ key: 'purposes', article: 'Art 13(1)(c), 14(1)(c)', check: () => present },
	{ key: 'basis', article: 'Art 13(1)(c), 14(1)(c)', check: () => present },
	{
		key: 'legitimateInterests',
		article: 'Art 13(1)(d), 14(2)(b)',
		check: (facts) =>
			facts.purposes.some((p) => p.basis === 'legitimate_interests')
				? facts.purposes.every((p) => p.basis !== 'legitimate_interests' || p.legitimateInterests)
					? present
					: missing('Say the legitimate interests for each purpose based on them.')
				: notApplicable('No purpose relies on legitimate interests.'),
	},
	{
		key: 'dataCategories',
		article: 'Art 14(1)(d)',
		check: (facts) => {
			const unlisted = facts.purposes.filter((p) => p.data.length === 0);
			if (unlisted.length === 0) return present;
			return indirect(facts)
				? missing(`List the data used for: ${unlisted.map((p) => p.purpose).join('; ')}.`)
				: notApplicable('Required only when data comes from elsewhere (Article 14).');
		},
	},
	{
		key: 'recipients',
		article: 'Art 13(1)(e), 14(1)(e)',
		check: (facts) => (facts.purposes.some((p) => p.recipients.length > 0) ? present : missing('List who receives the data, under purposes[].recipients.')),
	},
	{
		key: 'transfers',
		article: 'Art 13(1)(f), 14(1)(f)',
		check: (facts) =>
			facts.transfers === undefined
				? missing('Say "transfers: none", or list each transfer with its safeguard.')
				: facts.transfers !== 'none' && facts.transfers.some((t) => t.safeguard !== 'adequacy' && !t.copy)
					? missing('Say how to get a copy of each safeguard that is not an adequacy decision.')
					: present,
	},
	{
		key: 'retention',
		article: 'Art 13(2)(a), 14(2)(a)',
		check: (facts) => {
			const unset = facts.purposes.filter((p) => !p.retention);
			return unset.length === 0 ? present : missing(`Say how long data is kept for: ${unset.map((p) => p.purpose).join('; ')}.`);
		},
	},
	{
		key: 'rights',
		article: 'Art 13(2)(b), 14(2)(c)',
		check: (facts) => {
			const absent = CORE_RIGHTS.filter((right) => !facts.rights.includes(right));
			return absent.length === 0 ? present : missing(`Add to rights: ${absent.join(', ')}.`);
		},
	},
	{
		key: 'withdrawConsent',
		article: 'Art 13(2)(c), 14(2)(d)',
		check: (facts) =>
			facts.purposes.some((p) => p.basis === 'consent' || p.specialCategory?.condition === 'explicit_consent')
				? facts.rights.includes('withdraw_consent')
					? present
					: missing('A purpose relies on consent: add withdraw_consent to rights.')
				: notApplicable('No purpose relies on consent.'),
	},
	{
		key: 'complain',
		article: 'Art 13(2)(d), 14(2)(e)',
		check: (facts) => (facts.rights.includes('complain_ico') ? present : missing('Add complain_ico to rights, and say how to complain.')),
	},
	{
		key: 'requirement',
		article: 'Art 13(2)(e)',
		check: (facts) =>
			!direct(facts)
				? notApplicable('Applies only when data is collected from the person (Article 13).')
				: facts.requirement && (facts.requirement.kind === 'neither' || facts.requirement.consequence)
					? present
					: missing('Add requirement: its kind, and the consequence of not giving the data.'),
	},
	{
		key: 'automatedDecisions',
		article: 'Art 13(2)(f), 14(2)(g)',
		check: (facts) => (facts.automatedDecisions ? present : missing('Say "automatedDecisions: no", or describe the decisions.')),
	},
	{
		key: 'source',
		article: 'Art 14(2)(f)',
		check: (facts) =>
			!indirect(facts)
				? notApplicable('Applies only when data comes from elsewhere (Article 14).')
				: facts.sources && facts.sources.length > 0
					? present
					: missing('List where the data comes from, under sources.'),
	},
];

/**
 * Checks one notice's facts against items 1–15 of the UK GDPR checklist (Articles 13 and 14).
 * Without facts, every item but the controller's identity is missing. Items are named in the
 * language of `t`; the notes, for editors, are in English.
 */
export function completeness(facts: Facts | undefined, publisher: Publisher, t: Strings = en): ItemResult[] {
	return ITEMS.map(({ key, article, check }, index) => {
		const item = index + 1;
		const title = t.checklist.items[key];
		if (!facts) return item === 1 ? { item, title, article, status: 'present' } : { item, title, article, ...missing('The notice has no facts.') };
		return { item, title, article, ...check(facts, publisher) };
	});
}
