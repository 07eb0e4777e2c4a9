import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { basisLabels, GLANCE_MAX_WORDS, glanceRows, rowWords, sectionFor, whatLine, type GlanceRow } from '../../src/lib/glance.ts';
import { factsSchema, type Facts, type FactsInput } from '../../src/schemas/facts.ts';

const organisation = { name: 'Larkspur Energy', email: 'privacy@larkspur.example' };
const text = (row: GlanceRow) => row.lines.map((line) => line.map((piece) => (typeof piece === 'string' ? piece : piece.text)).join(''));
const rowOf = (facts: Facts, topic: GlanceRow['topic']) => glanceRows(facts, organisation).find((r) => r.topic === topic)!;
const facts = (purposes: FactsInput['purposes'], more: Partial<FactsInput> = {}): Facts => factsSchema.parse({ collection: 'direct', purposes, ...more });
const withData = (...data: string[][]) => facts(data.map((d, i) => ({ purpose: `Purpose ${i + 1}`, basis: 'contract', data: d })));

// The versions: translations' glances are in their own language (tests/unit/glance-welsh.test.ts).
const examples = readdirSync('content/notices', { recursive: true, encoding: 'utf8' })
	.filter((file) => /\d{4}-\d{2}-\d{2}\.mdx?$/.test(file))
	.sort()
	.map((file) => {
		const frontmatter = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join('content/notices', file), 'utf8'))![1]!) as { facts?: unknown };
		return { file, facts: frontmatter.facts === undefined ? undefined : factsSchema.parse(frontmatter.facts) };
	})
	.filter((e): e is { file: string; facts: Facts } => e.facts !== undefined);

describe('At a glance on the example notices', () => {
	test('reads facts from most of the example notices', () => {
		expect(examples.length).toBeGreaterThanOrEqual(25);
	});

	test.each(examples)('keeps every row of $file within the word limit', ({ facts }) => {
		const over = glanceRows(facts, organisation).filter((row) => rowWords(row) > GLANCE_MAX_WORDS);
		expect(over.map((row) => `${row.label} (${rowWords(row)} words): ${text(row).join(' ')}`)).toEqual([]);
	});

	test.each(examples)('names every kind of data in $file without cutting the list short', ({ facts }) => {
		expect(whatLine(facts)).not.toMatch(/and \d+ more$|^See the full notice/);
	});

	test.each(examples)('names every lawful basis of $file', ({ facts }) => {
		const why = text(rowOf(facts, 'why')).join('\n');
		for (const purpose of facts.purposes) expect(why).toContain(basisLabels[purpose.basis]);
	});

	test('sums up what Larkspur’s website notice of 3 November 2025 collects in one line', () => {
		const larkspur = examples.find((e) => e.file === join('larkspur-energy', 'website', '2025-11-03.mdx'))!;
		expect(text(rowOf(larkspur.facts, 'what'))).toEqual([
			'Online identifiers and device information, how you use our services, contact details, details of your home, your energy supply, images and recordings, what you tell us, your account, interests and preferences',
		]);
	});
});

describe('What information', () => {
	test('names a kind of data once, however many items mention it and in whatever case', () => {
		expect(whatLine(withData(['name', 'email address'], ['Name and Email Address', 'NAME']))).toBe('Contact details');
	});

	test('shows an item that fits no kind as written, once whatever its case', () => {
		expect(whatLine(withData(['your basic details', 'email address'], ['Your Basic Details']))).toBe('Your basic details, contact details');
	});

	test('names special category data as such, with each kind it mentions', () => {
		expect(whatLine(withData(['name'], ['health conditions', 'ethnicity and religion']))).toBe('Contact details, special category data (health, ethnicity and religion or belief)');
	});

	test('names no kind of data the items do not mention', () => {
		const line = whatLine(withData(['email address'], ['pages visited']));
		expect(line).toBe('Contact details, how you use our services');
		expect(line).not.toMatch(/special category|financial|identity/);
	});

	test('takes the longest keyword where keywords overlap, so an IP address is not a contact detail', () => {
		expect(whatLine(withData(['IP address']))).toBe('Online identifiers and device information');
	});

	test('does not take a kind of data from a word the item rules out', () => {
		expect(whatLine(withData(['page visits counted by a tool that uses no cookies'], ['numbers about our service, never your name']))).toBe('How you use our services, statistics');
	});

	test('matches whole words only', () => {
		expect(whatLine(withData(['pagemarks', 'homework']))).toBe('Pagemarks, homework');
	});

	test('lists kinds in the order they are first met, with semicolons when an item has commas of its own', () => {
		expect(whatLine(withData(['photos'], ['name'], ['the date and reason, if any, for the visit']))).toBe('Images and recordings; contact details; the date and reason, if any, for the visit');
	});

	test('says how many more there are when the kinds do not all fit the limit', () => {
		expect(whatLine(withData(['name', 'photos', 'bank details', 'date of birth']), 8)).toBe('Contact details, images and recordings, and 2 more');
	});

	test('says to see the full notice when the facts list no data', () => {
		expect(whatLine(withData([]))).toBe('See the full notice.');
	});
});

describe('At a glance rows', () => {
	const base = facts([{ purpose: 'Sending bills', basis: 'contract', data: ['name'], retention: '6 years', recipients: ['our bank'] }], { rights: ['access', 'complain_ico'] });

	test('names the controller and the data protection officer, with links to write to them', () => {
		const who = rowOf(facts(base.purposes, { dpo: { name: 'DPO', email: 'dpo@larkspur.example' } }), 'who');
		expect(who.lines).toEqual([['Larkspur Energy, ', { text: 'privacy@larkspur.example', href: 'mailto:privacy@larkspur.example' }, '. Data protection officer: ', { text: 'dpo@larkspur.example', href: 'mailto:dpo@larkspur.example' }]]);
	});

	test('points to the Information Commissioner’s Office only when the facts list that right', () => {
		expect(text(rowOf(base, 'complain'))).toEqual(['Contact privacy@larkspur.example first. You can also complain to the Information Commissioner’s Office.']);
		expect(text(rowOf({ ...base, rights: ['access'] }, 'complain'))).toEqual(['Contact privacy@larkspur.example first.']);
	});

	test('says to see the full notice where the facts say nothing, rather than that there is nothing', () => {
		const bare = facts([{ purpose: 'Sending bills', basis: 'contract' }]);
		for (const topic of ['what', 'howLong', 'recipients', 'transfers', 'automated', 'rights'] as const) expect(text(rowOf(bare, topic))).toEqual(['See the full notice.']);
	});

	test('says the information stays in the UK only when the facts say there are no transfers', () => {
		expect(text(rowOf({ ...base, transfers: 'none' }, 'transfers'))).toEqual(['No. Your information stays in the UK.']);
	});
});

describe('sectionFor', () => {
	const headings = [
		{ slug: 'who-we-are', text: 'Who we are' },
		{ slug: 'why-we-ask', text: 'Why we ask for so much' },
		{ slug: 'lawful-basis', text: 'How we use it and our lawful basis' },
		{ slug: 'who-we-share-it-with', text: 'Who we share it with' },
	];

	test('links "Who receives it" to the section on sharing, not to "Who we are"', () => {
		expect(sectionFor('recipients', headings)).toBe('who-we-share-it-with');
	});

	test('prefers the section on lawful basis to an earlier heading that only starts with "Why"', () => {
		expect(sectionFor('why', headings)).toBe('lawful-basis');
	});

	test('links no section when no heading fits', () => {
		expect(sectionFor('complain', headings)).toBeUndefined();
	});
});
