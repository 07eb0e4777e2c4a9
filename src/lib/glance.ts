// What "At a glance" says: the wording it uses for the facts' closed vocabularies, the kinds of data
// it sorts editors' items into, and the rows themselves. The summarising is in ./glance/.
import { en } from '../i18n/en.ts';
import { type Facts, type rights as allRights } from '../schemas/facts.ts';
import { dataSummary, type DataCategory } from './glance/categories.ts';
import { automatedLine, howLongLines, recipientsLine, rightsLine, transfersLine, whyLines } from './glance/summaries.ts';
import { asManyAsFit, SEE_THE_NOTICE, separatorFor, upperFirst, wordCount } from './glance/text.ts';

/**
 * The most words a row may have, not counting its "More in the section" link: two or three lines at
 * 1280 px, about ten at 320 px. Fewer could not name every lawful basis, or every kind of data, of
 * the larger example notices (tests/unit/glance.test.ts holds them to it).
 */
export const GLANCE_MAX_WORDS = 40;

/** Lawful bases by the names the ICO uses, with the Article (English; other languages: src/i18n/). */
export const basisLabels = en.vocabulary.basis;

/** Rights, to follow "You have the right to": `{it}` reads "your information" the first time and "it" after. */
export const rightPhrases: Record<Exclude<(typeof allRights)[number], 'complain_ico' | 'complain_controller'>, string> = {
	informed: 'be told how {it} is used',
	access: 'get a copy of {it}',
	rectification: 'have {it} corrected',
	erasure: 'have {it} deleted',
	restriction: 'limit how {it} is used',
	notification_of_recipients: 'know who was told of a correction or deletion',
	portability: 'take {it} elsewhere',
	object: 'object to how {it} is used',
	automated_decision_safeguards: 'challenge a decision made by computer',
	withdraw_consent: 'withdraw your consent',
};

/** Rights said together when both apply, to save words: the pair's phrase stands where the first would. */
export const rightPairs: readonly { rights: readonly [keyof typeof rightPhrases, keyof typeof rightPhrases]; phrase: string }[] = [
	{ rights: ['rectification', 'erasure'], phrase: 'have {it} corrected or deleted' },
	{ rights: ['restriction', 'object'], phrase: 'limit or object to how {it} is used' },
];

/** Transfer safeguards as readers know them (English; other languages: src/i18n/). */
export const safeguardLabels = en.vocabulary.safeguard;

/**
 * The kinds of data "What information" names instead of each item, matched by whole words (plurals
 * too; the longest keyword wins). Drawn from the example notices, the test fixtures and the synthetic
 * corpus; an item that matches none is shown as written, so a gap here loses nothing.
 */
export const DATA_CATEGORIES: readonly DataCategory[] = [
	{ label: 'contact details', keywords: ['name', 'first name', 'contact details', 'address', 'postal address', 'email', 'email address', 'phone', 'phone number', 'telephone', 'postcode', 'town'] },
	{ label: 'emergency contacts', keywords: ['emergency contact', 'in an emergency', 'next of kin'] },
	{ label: 'identity details', keywords: ['date of birth', 'age', 'sex', 'nationality', 'National Insurance number', 'NHS number', 'passport', 'driving licence', 'proof of identity', 'identity', 'ID', 'who you are', 'information that identifies you'] },
	{ label: 'online identifiers and device information', keywords: ['IP address', 'browser', 'browser type', 'device', 'device type', 'type of device', 'cookie', 'cookie information', 'visitor identifier', 'visitor number', 'referring website', 'technical information'] },
	{ label: 'how you use our services', keywords: ['page', 'pages you visit', 'pages visited', 'page visits', 'clicks', 'scrolling', 'usage', 'your use', 'logs', 'building access', 'stopped watching'] },
	{ label: 'your account', keywords: ['account', 'account details', 'customer number', 'password', 'sign-in'] },
	{ label: 'what you tell us', keywords: ['message', 'chat', 'webchat', 'typed', 'comment', 'complaint', 'feedback', 'form', 'request', 'enquiry', 'enquiries', 'question', 'survey', 'report', 'what you tell us', 'reason you give', 'reason you got in touch', 'whatever you write', 'other people’s application', "other people's application"] },
	{ label: 'financial details', keywords: ['payment', 'payment reference', 'paid', 'pay', 'card', 'bank', 'bank details', 'direct debit', 'income', 'savings', 'money', 'arrears', 'credit history', 'donation', 'gift', 'gift aid', 'expenses', 'salary', 'allowances', 'overtime', 'payroll', 'deductions', 'tax code', 'pension', 'pension membership', 'pension scheme membership'] },
	{ label: 'employment details', keywords: ['job title', 'working pattern', 'contract', 'hours', 'employment', 'employment details', 'start date', 'leaving date', 'holiday', 'leave', 'absence', 'appraisal', 'grievance', 'capability', 'disciplinary', 'right to work', 'health and safety'] },
	{ label: 'qualifications and experience', keywords: ['work history', 'qualifications', 'training', 'experience', 'CV', 'professional registration'] },
	{ label: 'your application', keywords: ['application', 'covering letter', 'interview', 'reference', 'referee', 'panel scores', 'assessors', 'practical tests'] },
	{ label: 'education records', keywords: ['course', 'timetable', 'attendance', 'marks', 'predicted grades', 'exam', 'exam results', 'lesson', 'bursary', 'learning', 'Education, Health and Care plan'] },
	{ label: 'images and recordings', keywords: ['photo', 'image', 'CCTV', 'recording', 'video', 'footage'] },
	{ label: 'details of your home', keywords: ['home', 'property', 'tenancy', 'council tax band', 'heating system', 'people you live with', 'bins'] },
	{ label: 'your energy supply', keywords: ['meter', 'meter reading', 'smart meter', 'meter point number', 'meter serial number', 'supply details', 'energy'] },
	{ label: 'what you buy', keywords: ['order', 'ordered', 'purchase', 'installation', 'warranty'] },
	{ label: 'location', keywords: ['location', 'your phone is on', 'area you can travel to'] },
	{ label: 'interests and preferences', keywords: ['interests', 'interested', 'hobbies', 'topics', 'preferences', 'preferred', 'settings', 'would like', 'home visits'] },
	{ label: 'support needs', keywords: ['need', 'adjustments', 'extra support', 'extra help', 'why you might like'] },
	{ label: 'your membership', keywords: ['membership', 'member', 'committee'] },
	{ label: 'when you joined or left', keywords: ['you joined', 'you left'] },
	{ label: 'your contact with us', keywords: ['contact history', 'call', 'phone call', 'appointment', 'booking', 'check-in', 'check in'] },
	{ label: 'notes about you', keywords: ['note', 'tells us about', 'record of what we shared'] },
	{ label: 'safeguarding concerns', keywords: ['safeguarding', 'harm', 'abuse', 'neglect', 'your safety'] },
	{ label: 'criminal records', keywords: ['criminal', 'conviction', 'DBS', 'barred'] },
	{ label: 'background checks', keywords: ['check', 'fraud prevention', 'whether it was clear'] },
	{ label: 'publicly available information', keywords: ['publicly available'] },
	{ label: 'statistics', keywords: ['statistics', 'numbers about our service'] },
	{ label: 'health', special: true, keywords: ['health', 'medical', 'medicine', 'allergies', 'disability', 'sickness', 'long-term conditions', 'health conditions'] },
	{ label: 'ethnicity', special: true, keywords: ['ethnicity', 'ethnic origin', 'race', 'racial'] },
	{ label: 'religion or belief', special: true, keywords: ['religion', 'religious', 'belief'] },
	{ label: 'sexual orientation', special: true, keywords: ['sexual orientation', 'sex life'] },
	{ label: 'trade union membership', special: true, keywords: ['trade union', 'trade union membership'] },
	{ label: 'political opinions', special: true, keywords: ['political opinion'] },
	{ label: 'genetic data', special: true, keywords: ['genetic', 'DNA'] },
	{ label: 'biometric data', special: true, keywords: ['biometric', 'fingerprint', 'facial recognition'] },
];

/** The rows of "At a glance", each with words that find its section in the full text, the likeliest first. */
export const GLANCE_TOPICS = {
	who: ['who we are', 'about us', 'contact'],
	what: ['what information', 'information we', 'what we collect', 'what we hold', 'what we know', 'data we'],
	why: ['lawful', 'why we use', 'how we use', 'purposes', 'why'],
	howLong: ['how long', 'keep', 'retention'],
	recipients: ['share', 'recipients', 'who sees'],
	transfers: ['abroad', 'outside the uk', 'international', 'transfer'],
	automated: ['automated', 'computer', 'decisions'],
	rights: ['your rights', 'rights'],
	complain: ['complain', 'complaint', 'not happy'],
} as const;

/** One of the rows of "At a glance". */
export type GlanceTopic = keyof typeof GLANCE_TOPICS;

/** A section to link a topic to: the first heading that contains its first word found in any heading. */
export function sectionFor(topic: GlanceTopic, headings: readonly { slug: string; text: string }[]): string | undefined {
	for (const word of GLANCE_TOPICS[topic]) {
		const heading = headings.find((h) => h.text.toLowerCase().includes(word));
		if (heading) return heading.slug;
	}
	return undefined;
}

/** A piece of a row's text: words, or a link. */
export type GlanceText = string | { text: string; href: string };

/** One row of "At a glance": its topic, its label, and its text as lines (one is a paragraph, more are a list). */
export interface GlanceRow {
	topic: GlanceTopic;
	label: string;
	lines: GlanceText[][];
}

/** Who the controller is, when the facts do not say otherwise. */
export interface GlanceOrganisation {
	name: string;
	email: string;
	dpo?: { name: string; email: string } | undefined;
}

/** How many words a row has, links included. */
export function rowWords(row: GlanceRow): number {
	return row.lines.flat().reduce((sum, piece) => sum + wordCount(typeof piece === 'string' ? piece : piece.text), 0);
}

/** "What information": one line of kinds of data, with what fits no kind as written, within the limit. */
export function whatLine(facts: Facts, limit = GLANCE_MAX_WORDS): string {
	const parts = dataSummary(facts.purposes.flatMap((p) => p.data), DATA_CATEGORIES);
	if (parts.length === 0) return SEE_THE_NOTICE;
	const separator = separatorFor(parts);
	const some = (k: number) => (k === 0 ? SEE_THE_NOTICE : upperFirst(`${parts.slice(0, k).join(separator)}${k < parts.length ? `${separator}and ${parts.length - k} more` : ''}`));
	return asManyAsFit(parts.length, some, limit);
}

/** The phrases of the rights the facts list, apart from complaining, in the order of the schema; pairs said together. */
function rightsIn(facts: Facts): string[] {
	const has = (r: string) => facts.rights.some((right) => right === r);
	const phrases = Object.entries(rightPhrases).flatMap(([right, phrase]) => {
		if (!has(right) || rightPairs.some((pair) => pair.rights[1] === right && has(pair.rights[0]))) return [];
		return [rightPairs.find((pair) => pair.rights[0] === right && has(pair.rights[1]))?.phrase ?? phrase];
	});
	return phrases.map((p, i) => p.replace('{it}', phrases.slice(0, i).some((q) => q.includes('{it}')) ? 'it' : 'your information'));
}

/** The rows of "At a glance" for a version's facts, each within GLANCE_MAX_WORDS; links and lists are the component's. */
export function glanceRows(facts: Facts, organisation: GlanceOrganisation, limit = GLANCE_MAX_WORDS): GlanceRow[] {
	const controller = facts.controller ?? organisation;
	const dpo = facts.dpo === 'none' ? undefined : (facts.dpo ?? organisation.dpo);
	const mail = (email: string) => ({ text: email, href: `mailto:${email}` });
	const para = (text: string) => [[text]];
	const { transfers, automatedDecisions } = facts;
	return [
		{ topic: 'who', label: 'Who is responsible', lines: [[`${controller.name}, `, mail(controller.email), ...(dpo ? ['. Data protection officer: ', mail(dpo.email)] : [])]] },
		{ topic: 'what', label: 'What information', lines: para(whatLine(facts, limit)) },
		{ topic: 'why', label: 'Why, and on what lawful basis', lines: whyLines(facts.purposes, (b) => basisLabels[b], limit).map((l) => [l]) },
		{ topic: 'howLong', label: 'How long it is kept', lines: howLongLines(facts.purposes, limit).map((l) => [l]) },
		// No recipients listed is a gap the completeness report names, not a statement that there are none.
		{ topic: 'recipients', label: 'Who receives it', lines: para(recipientsLine(facts.purposes.flatMap((p) => p.recipients), limit)) },
		{ topic: 'transfers', label: 'Sent outside the UK', lines: para(transfers === undefined ? SEE_THE_NOTICE : transfers === 'none' ? 'No. Your information stays in the UK.' : transfersLine(transfers, (s) => safeguardLabels[s], limit)) },
		{ topic: 'automated', label: 'Decisions made by computer', lines: para(automatedDecisions === undefined ? SEE_THE_NOTICE : automatedDecisions === 'no' ? 'No decisions about you are made by computer alone.' : automatedLine(automatedDecisions.description, limit)) },
		{ topic: 'rights', label: 'Your rights', lines: para(rightsLine(rightsIn(facts), limit)) },
		{
			topic: 'complain',
			label: 'How to complain',
			lines: [['Contact ', mail(controller.email), ' first.', ...(facts.rights.includes('complain_ico') ? [' You can also complain to the ', { text: 'Information Commissioner’s Office', href: 'https://ico.org.uk/make-a-complaint/' }, '.'] : [])]],
		},
	];
}
