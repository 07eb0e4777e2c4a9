import { describe, expect, test } from 'vitest';
import { basisLabels, glanceRows } from '../../src/lib/glance.ts';
import { periodRange, periodsIn, readRetention } from '../../src/lib/glance/retention.ts';
import { automatedLine, howLongLines, recipientsLine, shortRecipient, transfersLine, whyLines } from '../../src/lib/glance/summaries.ts';
import { factsSchema, type Facts, type FactsInput } from '../../src/schemas/facts.ts';

const purposes = (input: FactsInput['purposes']): Facts['purposes'] => factsSchema.parse({ collection: 'direct', purposes: input }).purposes;
const label = (basis: keyof typeof basisLabels) => basisLabels[basis];
const rightsRow = (rights: FactsInput['rights'], limit?: number) => {
	const facts = factsSchema.parse({ collection: 'direct', purposes: [{ purpose: 'Billing', basis: 'contract' }], rights });
	return glanceRows(facts, { name: 'Org', email: 'a@org.example' }, limit).find((r) => r.topic === 'rights')!.lines[0]![0];
};

describe('Why, and on what lawful basis', () => {
	const website = purposes([
		{ purpose: 'Running the website', basis: 'legitimate_interests', legitimateInterests: 'Security' },
		{ purpose: 'Sending our newsletter', basis: 'consent' },
		{ purpose: 'Answering messages sent through our contact form', basis: 'legitimate_interests', legitimateInterests: 'Replying' },
	]);

	test('groups purposes under their lawful basis, bases in the order first met', () => {
		expect(whyLines(website, label, 40)).toEqual(['Legitimate interests (Article 6(1)(f)): running the website; answering messages sent through our contact form', 'Consent (Article 6(1)(a)): sending our newsletter']);
	});

	test('counts the purposes of the basis that costs most words to write out, and keeps every basis', () => {
		expect(whyLines(website, label, 12)).toEqual(['Legitimate interests (Article 6(1)(f)): 2 purposes', 'Consent (Article 6(1)(a)): sending our newsletter']);
	});

	test('keeps every basis, counted, even when the counts alone pass the limit', () => {
		expect(whyLines(website, label, 1)).toEqual(['Legitimate interests (Article 6(1)(f)): 2 purposes', 'Consent (Article 6(1)(a)): 1 purpose']);
	});
});

describe('How long it is kept', () => {
	const kept = purposes([
		{ purpose: 'Running the website', basis: 'contract', retention: 'Website server logs are kept for 90 days' },
		{ purpose: 'Answering live chat', basis: 'contract', retention: '24 months from the end of the chat, unless added to your customer record' },
		{ purpose: 'Sending our newsletter', basis: 'consent', retention: 'Until you unsubscribe; then only your email address is kept on a do-not-contact list' },
	]);

	test('gives every purpose’s period when they all fit', () => {
		expect(howLongLines(kept.slice(0, 2), 40)).toEqual(['Running the website: website server logs are kept for 90 days', 'Answering live chat: 24 months from the end of the chat, unless added to your customer record']);
	});

	test('gives the shortest to the longest period, and a period that waits for an event in words, when they do not fit', () => {
		expect(howLongLines(kept, 20)).toEqual(['From 90 days to 24 months from the end of the chat', 'Sending our newsletter: until you unsubscribe']);
	});

	test('counts the purposes of a period that waits for an event when naming them does not fit', () => {
		expect(howLongLines(kept, 17)).toEqual(['From 90 days to 24 months from the end of the chat', 'Until you unsubscribe (1 purpose)']);
	});

	test('points to the full notice for the periods that do not fit', () => {
		const more = purposes([...kept, { purpose: 'Running your account', basis: 'contract', retention: 'Until you close your account' }]);
		expect(howLongLines(more, 22)).toEqual(['From 90 days to 24 months from the end of the chat', 'Other periods are in the full notice.']);
	});

	test('reads lengths in figures and in words, with what they run from', () => {
		expect(periodsIn('Deleted within one month after the event')).toEqual([{ text: 'one month after the event', days: 365.25 / 12 }]);
		expect(periodsIn('6 years after you leave (personnel file)').map((p) => p.text)).toEqual(['6 years after you leave']);
		expect(periodsIn('After death, 10 years').map((p) => p.text)).toEqual(['10 years after death']);
		expect(periodsIn('14 days on the website system').map((p) => p.text)).toEqual(['14 days']);
	});

	test('keeps a clause that waits for an event out of the range, and says it in words', () => {
		const read = readRetention('Safeguarding notes until you are 25; CCTV 30 days');
		expect(read.periods.map((p) => p.text)).toEqual(['30 days']);
		expect(read.words).toBe('Safeguarding notes until you are 25');
		expect(readRetention('The current year plus 2 years')).toEqual({ periods: [], words: 'The current year plus 2 years' });
	});

	test('says in words a retention with no length of time, and nothing more of one a range says', () => {
		expect(readRetention('Kept without your name for reporting').words).toBe('Kept without your name for reporting');
		expect(readRetention('12 months from our last reply; then deleted').words).toBeUndefined();
	});

	test('names one period once when the shortest is also the longest', () => {
		expect(periodRange([...periodsIn('6 months'), ...periodsIn('6 months')])).toBe('6 months');
	});
});

describe('Who receives it', () => {
	test('drops a recipient’s description, and then repeats, before dropping a recipient', () => {
		const recipients = ['Stonewick Digital, which hosts our website in the UK (processor)', 'Stonewick Digital, which hosts My Ashcombe (processor)', 'HMRC'];
		expect(recipientsLine(recipients, 4)).toBe('Stonewick Digital, HMRC');
	});

	test('keeps a description that limits what is shared', () => {
		expect(shortRecipient('the public planning register (without phone numbers or email addresses)')).toBe('the public planning register (without phone numbers or email addresses)');
		expect(shortRecipient('funders, who get numbers only')).toBe('funders, who get numbers only');
		expect(shortRecipient('the police, our regulator or a court')).toBe('the police, our regulator or a court');
		expect(shortRecipient('Bellnote, our email alerts provider (processor)')).toBe('Bellnote');
	});

	test('says how many more recipients there are when they do not all fit', () => {
		expect(recipientsLine(['HMRC', 'Ofgem', 'our bank', 'our auditors'], 5)).toBe('HMRC, Ofgem, and 2 more');
	});

	test('lists each recipient once, whatever its case', () => {
		expect(recipientsLine(['Our bank', 'our bank'], 40)).toBe('Our bank');
	});
});

describe('Your rights', () => {
	test('says the rights in one sentence, with pairs said together', () => {
		expect(rightsRow(['access', 'rectification', 'erasure', 'restriction', 'object', 'withdraw_consent', 'complain_ico'])).toBe(
			'You have the right to get a copy of your information, have it corrected or deleted, limit or object to how it is used and withdraw your consent.',
		);
	});

	test('says "your information" the first time whichever right comes first', () => {
		expect(rightsRow(['erasure', 'portability'])).toBe('You have the right to have your information deleted and take it elsewhere.');
	});

	test('says how many rights there are, and the first of them, when they do not all fit', () => {
		expect(rightsRow(['access', 'erasure', 'portability'], 16)).toBe('You have 3 rights, including to get a copy of your information and have it deleted.');
	});
});

describe('Sent outside the UK and decisions made by computer', () => {
	test('names places that share a safeguard together', () => {
		const transfers = [
			{ destination: 'Ireland', safeguard: 'adequacy' as const },
			{ destination: 'United States', safeguard: 'idta' as const },
			{ destination: 'Germany', safeguard: 'adequacy' as const },
		];
		expect(transfersLine(transfers, (s) => s, 40)).toBe('Ireland and Germany, under adequacy; United States, under idta');
	});

	test('keeps the first sentence of a description of automated decisions that does not fit', () => {
		expect(automatedLine('Our system decides whether to ask for a deposit. You can ask a person to review it.', 10)).toBe('Our system decides whether to ask for a deposit.');
	});
});
