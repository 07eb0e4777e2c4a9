// Writes a deterministic synthetic content/ tree, facts included, for load tests and benchmarks. Every name, address and
// sentence is made up from the phrases below; nothing is taken from a real privacy notice.
// Usage: node scripts/generate-corpus.ts --out <dir> --notices N [--versions V] [--seed S] [--components F]
// --components is the fraction of notices whose versions use MDX components: 0.5 unless told.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { GLOSSARY_YAML, planComponents, sectionExtras, tableComponent, type ComponentPlan } from './corpus-components.ts';

/** One generated file: a path under the output folder, such as `content/notices/a/b/2024-01-01.mdx`, and its text. */
export interface CorpusFile { path: string; source: string }
/** A notice type as read from content/notice-types/: its slug, its YAML text, and the fields prose needs. */
export interface NoticeTypeFile { slug: string; source: string; title: string; audience: string }
/**
 * What to generate: N notices (organisation × type pairs) of V versions each, from one seed, and
 * the fraction of notices, 0 to 1, whose versions use MDX components (default 0: none), and the
 * fraction whose every version has a Welsh translation beside it (default 0), for the bench of
 * languages: its words are the version's, which is all a build's cost depends on.
 */
export interface CorpusOptions { notices: number; versions: number; seed: number; types: readonly NoticeTypeFile[]; components?: number; translations?: number }
/** The fraction of notices that use components on the bench unless it is told otherwise (issue 13: "half the versions use components"). */
export const BENCH_COMPONENTS = 0.5;

type Random = () => number;
/** One block of a notice's text, in memory: what the MDX, the facts and the edits are all made from. */
export type Block =
	| { kind: 'p'; sentences: string[]; note?: string }
	| { kind: 'list'; ordered: boolean; items: { text: string; children: string[] }[] }
	| { kind: 'tasks'; items: { done: boolean; text: string }[] }
	| { kind: 'table'; role: 'purposes' | 'retention' | 'processors'; caption?: string; head: string[]; rows: string[][] };
/** A section of a notice: an h2, its blocks, and its h3 subsections. */
export interface Section { title: string; blocks: Block[]; subs: { title: string; blocks: Block[] }[] }
/** An organisation the corpus makes up. */
export interface Org { slug: string; name: string; place: string }

const words = (list: string) => list.split('|');
const PLACES = words('Ashby|Bramley|Calder|Dunmore|Eskdale|Fenwick|Glenholm|Harrowgate|Ilsley|Kelvedon|Langford|Marlow Vale|Northwick|Otterburn|Penhallow|Quarry Hill|Rosedale|Saltmarsh|Thornbury|Upperby|Wendover|Yarrow');
const KINDS: [string, string][] = [['Energy', 'company'], ['Housing Trust', 'charity'], ['District Council', 'public-body'], ['Medical Practice', 'health-or-care'], ['College', 'education'], ['Rowing Club', 'membership-body'], ['Community Larder', 'other'], ['Logistics', 'company']];
const SUBJECTS = words('We|Our advisers|Staff who need it for their work|Our service providers|Colleagues in our privacy team|Our managers');
const VERBS = words('keep|review|use|record|check|protect|update|store|delete|share');
const OBJECTS = words('your contact details|the messages you send us|notes of our conversations|information about your visits|the forms you complete|records of your requests|details of any complaint you make|the preferences you choose|information you give us by phone|copies of letters we send you');
const QUALIFIERS = words('only for as long as we need it|under a written contract|in line with UK GDPR and the Data Protection Act 2018|so that we can answer your questions|to keep our services running safely|when the law requires us to|after checking who you are|on secure systems in the United Kingdom|to make sure our records are accurate|so that we can improve how we work');
const OPENERS = words('Where the law allows|In most cases|If you ask us to|When you contact us|Before we share anything|Once a year|If something goes wrong');
const FACTS = words('You can ask us for a copy of this assessment at any time.|We never sell your information to anyone.|Access is limited to people who need it for their role.|We train every member of staff in data protection when they join.|Paper records are kept in locked cabinets and shredded when no longer needed.|We test our backups every three months.|You do not have to give us this information, but we may not be able to help you without it.|We will tell you if we plan to use your information for a new purpose.');
const ACTIVITIES = words('When you contact us|When you apply for a place|When you sign up to our newsletter|When you visit one of our sites|When you make a payment|When you take part in a survey|When you book an appointment');
const DATA = words('your name and postal address|your email address and phone number|your date of birth|the reason you got in touch|your IP address and browser type|payment references, but not your full card number|any access needs you tell us about|your preferred language|photos you choose to upload|the name of someone we can contact in an emergency|your National Insurance number|notes made by the person who helped you');
const PURPOSES = words('Answer your questions and requests|Provide the service you asked for|Keep our buildings and systems secure|Send you updates you signed up for|Meet our legal and tax duties|Handle complaints and claims|Check and improve the quality of our work|Carry out our statutory functions|Protect someone in an emergency|Understand how people use our website');
const BASES = words('Consent|Contract|Legal obligation|Vital interests|Public task|Legitimate interests');
const ARTICLES = words('Article 6(1)(a)|Article 6(1)(b)|Article 6(1)(c)|Article 6(1)(d)|Article 6(1)(e)|Article 6(1)(f)');
const RECORDS = words('Website server logs|Enquiries and messages|Recordings of phone calls|Complaint files|Newsletter sign-ups|Application forms that do not go ahead|Accounts and payment records|CCTV footage|Visitor sign-in sheets|Survey responses');
const PERIODS = words('30 days|90 days|6 months|12 months from our last reply|18 months|2 years|3 years after the matter is closed|6 years after the end of the financial year|Until you unsubscribe|7 years after our relationship ends');
const PROVIDERS = words('Hosting|Mail|Payroll Services|Print and Post|Cloud Backup|Survey Tools|Telephony|IT Support');
const COUNTRIES = words('United Kingdom|United Kingdom|Ireland (European Economic Area)|Germany (European Economic Area)|United States, under the UK Extension to the EU-US Data Privacy Framework');
const NOTES = words('This period starts again if you contact us about the same matter.|We keep only your email address, so that we do not contact you again by mistake.|Some records are kept longer where a court or regulator asks us to.|The assessment is reviewed every two years, or sooner if our service changes.|This includes records held by our service providers on our behalf.');
const SHARING = words('with the police or a court, if the law requires us to;|with our regulator, when it asks us to;|with a buyer, if all or part of our organisation is ever sold;|with someone you have asked us to deal with for you;|with the emergency services, if someone is at risk of serious harm;');
const SUBHEADS = words('Information from other people|Children and young people|Special category information|Recordings and transcripts|Our use of service providers|Security checks|Your choices|Information we must keep|Surveys and feedback|Emergencies');
const TASKS = words('Have your reference number ready|Tell us which records you are asking about|Include a copy of your identity document|Say how you would like us to reply|Tell us if someone is acting for you');
const SECTIONS = words('Who we are|What information we collect|Why we use it and our lawful basis|Who we share it with|Sending information abroad|How long we keep it|How we keep it secure|Automated decisions|Your rights|How to complain|Changes to this notice');

/** A small seeded PRNG (mulberry32): the same seed always gives the same sequence of numbers in [0, 1). */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const sample = <T>(random: Random, list: readonly T[], n: number): T[] => [...list].map((x) => [random(), x] as const).sort((a, b) => a[0] - b[0]).slice(0, n).map(([, x]) => x);
const slugify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const digits = (random: Random, n: number) => Array.from({ length: n }, () => int(random, 0, 9)).join('');
const letters = (random: Random, n: number) => Array.from({ length: n }, () => pick(random, [...'ABDEFHJLNPRSTUWXY'])).join('');

function sentence(random: Random, org: Org): string {
	const object = `${pick(random, OBJECTS)} ${pick(random, QUALIFIERS)}`;
	const roll = random();
	const subject = pick(random, SUBJECTS);
	if (roll < 0.3) return `${subject} ${pick(random, VERBS)} ${object}.`;
	if (roll < 0.55) return `${pick(random, OPENERS)}, ${subject.charAt(0).toLowerCase()}${subject.slice(1)} ${pick(random, VERBS)} ${object}.`;
	if (roll < 0.8) return `${org.name} ${pick(random, VERBS)}s ${object}.`;
	return pick(random, FACTS);
}
function paragraph(random: Random, org: Org): Block {
	const sentences = Array.from({ length: int(random, 4, 7) }, () => sentence(random, org));
	if (random() < 0.08) sentences.push(`Our phone line is open ~~9am to 5pm~~ 8am to 6pm on weekdays.`);
	return random() < 0.15 ? { kind: 'p', sentences, note: pick(random, NOTES) } : { kind: 'p', sentences };
}
function row(random: Random, role: 'purposes' | 'retention' | 'processors'): string[] {
	if (role === 'retention') return [pick(random, RECORDS), pick(random, PERIODS)];
	if (role === 'processors') return [`${pick(random, PLACES)} ${pick(random, PROVIDERS)} Ltd`, pick(random, PURPOSES), pick(random, COUNTRIES)];
	const basis = int(random, 0, BASES.length - 1);
	return [pick(random, PURPOSES), BASES[basis]!, ARTICLES[basis]!];
}
function freshRow(random: Random, role: 'purposes' | 'retention' | 'processors', rows: readonly string[][]): string[] | undefined {
	for (let tries = 0; tries < 20; tries++) {
		const candidate = row(random, role);
		if (!rows.some((r) => r[0] === candidate[0])) return candidate;
	}
	return undefined;
}
function table(random: Random, role: 'purposes' | 'retention' | 'processors'): Block {
	const head = { purposes: ['What we do', 'Lawful basis', 'UK GDPR article'], retention: ['Information', 'How long we keep it'], processors: ['Provider', 'What they do for us', 'Where the data is held'] }[role];
	const caption = random() < 0.4 ? `${head[0]} and ${head[1]!.toLowerCase()}` : undefined;
	return { kind: 'table', role, head, rows: Array.from({ length: int(random, 4, 8) }).reduce<string[][]>((rows) => [...rows, ...[freshRow(random, role, rows)].filter((r) => r !== undefined)], []), ...(caption ? { caption } : {}) };
}
function dataList(random: Random): Block {
	const items = sample(random, ACTIVITIES, int(random, 3, 5)).map((activity) => ({ text: `**${activity}:**`, children: sample(random, DATA, int(random, 2, 4)) }));
	return { kind: 'list', ordered: false, items };
}

/** Builds the first version of one notice as sections of blocks, padded with paragraphs to about `target` words. */
export function buildNotice(random: Random, org: Org, target = 3000): Section[] {
	const sections: Section[] = SECTIONS.map((title) => ({ title, blocks: [paragraph(random, org)], subs: [] }));
	const at = (title: string) => sections.find((s) => s.title === title)!;
	at('Who we are').blocks.push({ kind: 'p', sentences: [`Our website is https://www.${org.slug}.example and you can email privacy@${org.slug}.example or write to us at the address below.`, `Our full notices are also listed at www.${org.slug}.example/privacy.`] });
	at('What information we collect').blocks.push(dataList(random));
	at('Why we use it and our lawful basis').blocks.push(table(random, 'purposes'));
	at('Who we share it with').blocks.push(table(random, 'processors'), { kind: 'p', sentences: ['We may also share information:'] }, { kind: 'list', ordered: true, items: sample(random, SHARING, int(random, 2, 4)).map((text) => ({ text, children: [] })) });
	at('How long we keep it').blocks.push(table(random, 'retention'));
	at('How to complain').blocks.push({ kind: 'p', sentences: ['You can also complain to the Information Commissioner\'s Office at https://ico.org.uk/make-a-complaint/ or by phone on 0303 123 1113.'] });
	if (random() < 0.3) at('Your rights').blocks.push({ kind: 'tasks', items: TASKS.slice(0, int(random, 3, 5)).map((text) => ({ done: random() < 0.5, text })) });
	const subheads = [...SUBHEADS].sort(() => random() - 0.5);
	for (const section of sections.slice(1, -1)) if (random() < 0.6) section.subs.push({ title: subheads.pop()!, blocks: [paragraph(random, org)] });
	while (wordCount(renderBody(sections)) < target) {
		const section = pick(random, sections);
		const into = section.subs.length > 0 && random() < 0.5 ? section.subs[0]!.blocks : section.blocks;
		into.splice(int(random, 0, into.length), 0, paragraph(random, org));
	}
	return sections;
}

/**
 * Renders sections as MDX body text: h2 and h3 headings, GFM tables, lists and footnotes numbered
 * in reading order. With a plan, the notice uses components (corpus-components.ts), each flow
 * component on lines of its own with a blank line before and after, as are its children.
 */
export function renderBody(sections: readonly Section[], plan?: ComponentPlan): string {
	const notes: string[] = [];
	const markdown = (b: Block): string => {
		if (b.kind === 'p') return b.sentences.join(' ') + (b.note ? `[^${notes.push(b.note)}]` : '');
		if (b.kind === 'tasks') return b.items.map((i) => `- [${i.done ? 'x' : ' '}] ${i.text}`).join('\n');
		if (b.kind === 'list') return b.items.map((i, n) => `${b.ordered ? `${n + 1}.` : '-'} ${i.text}${i.children.map((c) => `\n${b.ordered ? '   ' : '  '}- ${c}`).join('')}`).join('\n');
		const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
		return [b.caption ? `Table: ${b.caption}\n` : '', line(b.head), line(b.head.map(() => '---')), ...b.rows.map(line)].join('\n').trimStart();
	};
	const block = (b: Block): string[] => {
		if (!plan) return [markdown(b)];
		if (b.kind === 'table') return tableComponent(b.role);
		if (b === plan.callout.block) return [`<Callout title="${plan.callout.title}">`, markdown(b), '</Callout>'];
		if (b === plan.details.block) return [`<Details summary="${plan.details.summary}">`, markdown(b), '</Details>'];
		return [markdown(b)];
	};
	const parts = sections.flatMap((s) => {
		const extras = plan ? sectionExtras(s.title, plan) : { afterFirst: [], atEnd: [] };
		const own = s.blocks.flatMap((b, i) => [...block(b), ...(i === 0 ? extras.afterFirst : [])]);
		const subs = s.subs.flatMap((sub) => {
			const body = sub.blocks.flatMap(block);
			return [`### ${sub.title}`, ...(plan && plan.details.sub === sub ? [`<Details summary="${plan.details.summary}">`, ...body, '</Details>'] : body)];
		});
		return [`## ${s.title}`, ...own, ...extras.atEnd, ...subs];
	});
	return [...parts, ...notes.map((note, i) => `[^${i + 1}]: ${note}`)].join('\n\n') + '\n';
}
/** Counts whitespace-separated words, roughly as a reader would. */
export function wordCount(text: string): number {
	return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** One edit to a notice: its change note, whether the change is major, what the facts must show after it, and how to take it back. */
interface Edit { note: string; major: boolean; shown: (facts: Facts) => boolean; undo: () => void }
type Table = Extract<Block, { kind: 'table' }>;

/**
 * Applies one to three edits of the kinds real revisions make, in place, and returns the change note and class.
 * Each note stays true of the version's tables and of its facts (`factsOf`): an edit after which
 * the facts would not show every change noted so far is undone and another is drawn, because a
 * version that uses components shows the facts where others show the tables.
 */
export function reviseNotice(random: Random, sections: Section[], org: Org): { changeClass: 'major' | 'minor'; changeNote: string } {
	const tables = (role: string) => sections.flatMap((s) => [s, ...s.subs].flatMap((p) => p.blocks.filter((b): b is Table => b.kind === 'table' && b.role === role).map((b) => ({ b, title: s.title }))));
	const always = () => true;
	const edits: (() => Edit | undefined)[] = [
		() => {
			const t = pick(random, tables('processors'));
			const r = freshRow(random, 'processors', t.b.rows);
			if (!r) return undefined;
			// Second in the table, where the facts' recipients read it from.
			t.b.rows.splice(1, 0, r);
			const note = `We now use ${r[0]} to ${r[1]!.toLowerCase()}, and added it to the table under “${t.title}”.`;
			return { note, major: true, shown: (f) => f.purposes.some((p) => p.recipients.includes(r[0]!)), undo: () => t.b.rows.splice(t.b.rows.indexOf(r), 1) };
		},
		() => {
			const r = pick(random, pick(random, tables('retention')).b.rows);
			const old = r[1]!;
			const period = pick(random, PERIODS.filter((p) => p !== old));
			r[1] = period;
			const note = `We changed how long we keep ${r[0]!.toLowerCase()} from ${old.toLowerCase()} to ${period.toLowerCase()}.`;
			return { note, major: true, shown: (f) => f.purposes.some((p) => p.retention === `${period} (${r[0]!.toLowerCase()})`), undo: () => (r[1] = old) };
		},
		() => {
			const t = pick(random, tables('purposes'));
			const r = freshRow(random, 'purposes', t.b.rows);
			if (!r) return undefined;
			t.b.rows.splice(int(random, 0, t.b.rows.length), 0, r);
			return { note: `We added a new purpose, “${r[0]}”, with its lawful basis.`, major: true, shown: (f) => f.purposes.some((p) => p.purpose === r[0]), undo: () => t.b.rows.splice(t.b.rows.indexOf(r), 1) };
		},
		() => {
			const s = pick(random, sections);
			const ps = s.blocks.filter((b): b is Extract<Block, { kind: 'p' }> => b.kind === 'p' && b.sentences.length >= 4);
			if (ps.length === 0) return undefined;
			const p = pick(random, ps);
			const at = int(random, 0, p.sentences.length - 1);
			const old = p.sentences[at]!;
			p.sentences[at] = sentence(random, org);
			return { note: `We reworded part of “${s.title}” to make it clearer; the meaning has not changed.`, major: false, shown: always, undo: () => (p.sentences[at] = old) };
		},
		() => {
			const l = sections.flatMap((s) => s.blocks).find((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list' && !b.ordered);
			if (!l) return undefined;
			const i = pick(random, l.items);
			const d = pick(random, DATA.filter((x) => !i.children.includes(x)));
			i.children.splice(int(random, 0, i.children.length), 0, d);
			const note = `We now also collect ${d} ${i.text.replace(/\*|:/g, '').toLowerCase()}.`;
			return { note, major: true, shown: (f) => f.purposes.some((p) => p.data.includes(d)), undo: () => i.children.splice(i.children.indexOf(d), 1) };
		},
		() => {
			const from = int(random, 1, sections.length - 3);
			const [moved] = sections.splice(from, 1);
			const to = ((from - 1 + int(random, 1, sections.length - 2)) % (sections.length - 1)) + 1;
			sections.splice(to, 0, moved!);
			const undo = () => sections.splice(from, 0, ...sections.splice(to, 1));
			return { note: `We moved “${moved!.title}” so that it now comes after “${sections[to - 1]!.title}”.`, major: false, shown: always, undo };
		},
	];
	const done: Edit[] = [];
	for (let n = int(random, 1, 3); done.length < n; ) {
		const edit = pick(random, edits)();
		if (!edit) continue;
		const facts = factsOf(sections);
		if (done.some((d) => d.note === edit.note) || ![...done, edit].every((e) => e.shown(facts))) edit.undo();
		else done.push(edit);
	}
	return { changeClass: done.some((e) => e.major) ? 'major' : 'minor', changeNote: done.map((e) => e.note).join(' ') };
}

const BASIS_KEYS: Record<string, string> = { Consent: 'consent', Contract: 'contract', 'Legal obligation': 'legal_obligation', 'Vital interests': 'vital_interests', 'Public task': 'public_task', 'Legitimate interests': 'legitimate_interests' };
const RIGHTS = ['informed', 'access', 'rectification', 'erasure', 'restriction', 'portability', 'object', 'withdraw_consent', 'complain_ico', 'complain_controller'];

/** The facts a notice's tables support: one purpose for each row of its purposes table, and the countries its providers hold data in. */
export interface Facts {
	purposes: { purpose: string; data: string[]; basis: string; retention: string; recipients: string[] }[];
	abroad: string[];
}

/**
 * The facts a notice's own text supports, as an editor would write them: a purpose for each row
 * of its purposes table, with a retention period from its retention table and recipients and
 * transfers from its providers table. Worked out for each version, so facts change with the
 * tables, and from the tables in memory, so a version that shows them with components (which
 * read the facts) says what the same version written as tables says.
 */
export function factsOf(sections: readonly Section[]): Facts {
	const rows = (role: string) => sections.flatMap((s) => [s, ...s.subs]).flatMap((p) => p.blocks).flatMap((b) => (b.kind === 'table' && b.role === role ? b.rows : []));
	const data = [...new Set(sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'list' && !b.ordered ? b.items.flatMap((i) => i.children) : [])))];
	const providers = rows('processors');
	const retention = rows('retention');
	const purposes = rows('purposes').map(([purpose, basis], i) => {
		const [record, period] = retention[i % retention.length]!;
		return { purpose: purpose!, data: data.slice(i % 3, (i % 3) + 3), basis: basis!, retention: `${period} (${record!.toLowerCase()})`, recipients: providers.slice(i % 2, (i % 2) + 2).map((r) => r[0]!) };
	});
	return { purposes, abroad: [...new Set(providers.map((r) => r[2]!).filter((country) => country !== 'United Kingdom'))] };
}

/** The `facts:` block of a version's frontmatter, from `factsOf`. */
export function factsYaml(sections: readonly Section[]): string {
	const { purposes, abroad } = factsOf(sections);
	const text = JSON.stringify;
	const transfers = abroad.length === 0 ? ' none' : `\n${abroad.map((destination) => `    - destination: ${text(destination)}\n      safeguard: adequacy`).join('\n')}`;
	return [
		'facts:',
		'  collection: direct',
		'  purposes:',
		...purposes.map((p) => [
			`    - purpose: ${text(p.purpose)}`,
			`      data: ${text(p.data)}`,
			`      basis: ${BASIS_KEYS[p.basis]}`,
			...(p.basis === 'Legitimate interests' ? ['      legitimateInterests: Running our services well and keeping them safe'] : []),
			`      retention: ${text(p.retention)}`,
			`      recipients: ${text(p.recipients)}`,
		].join('\n')),
		`  transfers:${transfers}`,
		'  automatedDecisions: no',
		'  requirement:',
		'    kind: neither',
		'    consequence: You do not have to give us this information, but we may not be able to help you without it.',
		`  rights: [${RIGHTS.join(', ')}]`,
	].join('\n');
}

function organisationYaml(random: Random, org: Org, kind: string): { source: string; dpo: boolean } {
	const postcode = `${letters(random, 2)}${int(random, 1, 20)} ${int(random, 0, 9)}${letters(random, 2)}`;
	const lines = [`${int(random, 1, 120)} ${pick(random, PLACES)} Road`, org.place];
	const ids = kind === 'company' ? `companyNumber: "${digits(random, 8)}"\n` : kind === 'charity' ? `charityNumber: "${int(random, 1, 9)}${digits(random, 6)}"\n` : '';
	const source = `name: ${JSON.stringify(org.name)}\nkind: ${kind}\n${ids}icoRegistration: Z${letters(random, 1)}${digits(random, 6)}\naddress:\n  lines: ${JSON.stringify(lines)}\n  postcode: ${postcode}\nemail: privacy@${org.slug}.example\nphone: "01632 ${digits(random, 6)}"\nwebsite: https://www.${org.slug}.example\n`;
	const dpo = random() < 0.5;
	return { source: dpo ? `${source}dpo:\n  email: dpo@${org.slug}.example\n` : source, dpo };
}
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Which notices use components: `fraction` of them, rounded, chosen from the seed. A notice uses
 * them in every version or in none, so each comparison is between versions written alike.
 */
export function componentNotices(notices: number, fraction: number, seed: number): Set<number> {
	const random = createRandom(seed * 31_337 + 13);
	const keys = Array.from({ length: notices }, (_, n) => [random(), n] as const);
	return new Set(keys.sort((a, b) => a[0] - b[0]).slice(0, Math.round(fraction * notices)).map(([, n]) => n));
}

/**
 * Generates the whole corpus in memory: organisations, the given notice types, every version of
 * every notice, and the glossary when any version uses components. A notice's text, facts and
 * change notes are the same whether or not it uses components: only how its body is written differs.
 */
export function generateCorpus({ notices, versions, seed, types, components = 0, translations = 0 }: CorpusOptions): CorpusFile[] {
	const files: CorpusFile[] = types.map((t) => ({ path: `content/notice-types/${t.slug}.yaml`, source: t.source }));
	const orgs: (Org & { dpo: boolean })[] = [];
	for (let i = 0; i * types.length < notices; i++) {
		// 22 places and 8 kinds give 88 distinct names before a number is needed.
		const [suffix, kind] = KINDS[i % KINDS.length]!;
		const name = `${PLACES[i % PLACES.length]} ${suffix}${i >= 88 ? ` ${Math.floor(i / 88) + 1}` : ''}`;
		const org = { name, slug: slugify(name), place: PLACES[i % PLACES.length]! };
		const { source, dpo } = organisationYaml(createRandom(seed * 7919 + i), org, kind);
		orgs.push({ ...org, dpo });
		files.push({ path: `content/organisations/${org.slug}.yaml`, source });
	}
	const withComponents = componentNotices(notices, components, seed);
	// Translated notices are picked as those with components are, from another seed.
	const translated = componentNotices(notices, translations, seed * 31 + 7);
	if (withComponents.size > 0) files.push({ path: 'content/glossary.yaml', source: GLOSSARY_YAML });
	if (withComponents.size > 0 && translated.size > 0) files.push({ path: 'content/glossary.cy.yaml', source: GLOSSARY_YAML });
	for (let n = 0; n < notices; n++) {
		const random = createRandom(seed * 104_729 + n + 1);
		const org = orgs[Math.floor(n / types.length)]!;
		const type = types[n % types.length]!;
		const sections = buildNotice(random, org);
		// A random source of its own, so that the notice's text is the same with components as without.
		const plan = withComponents.has(n) ? planComponents(createRandom(seed * 15_485_863 + n + 1), sections, org, org.dpo) : undefined;
		let date = addDays('2021-01-04', int(random, 0, 365));
		for (let v = 0; v < versions; v++) {
			const change = v === 0 ? undefined : reviseNotice(random, sections, org);
			const summary = `How ${org.name} uses information about ${type.audience.charAt(0).toLowerCase()}${type.audience.slice(1)}.`;
			const front = [`title: ${JSON.stringify(type.title)}`, `summary: ${JSON.stringify(summary)}`, ...(change ? [`changeClass: ${change.changeClass}`, `changeNote: ${JSON.stringify(change.changeNote)}`] : [])];
			const body = renderBody(sections, plan);
			files.push({ path: `content/notices/${org.slug}/${type.slug}/${date}.mdx`, source: `---\n${front.join('\n')}\n${factsYaml(sections)}\n---\n\n${body}` });
			if (translated.has(n)) {
				const welsh = [`title: ${JSON.stringify(`${type.title} (Cymraeg)`)}`, `summary: ${JSON.stringify(summary)}`, ...(change ? [`changeNote: ${JSON.stringify(change.changeNote)}`] : [])];
				files.push({ path: `content/notices/${org.slug}/${type.slug}/${date}.cy.mdx`, source: `---\n${welsh.join('\n')}\n${factsYaml(sections)}\n---\n\n${body}` });
			}
			date = addDays(date, int(random, 45, 240));
		}
	}
	return files;
}

/** Reads the notice types from a content/notice-types folder. */
export function readNoticeTypes(folder: string): NoticeTypeFile[] {
	return readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort().map((file) => {
		const source = readFileSync(join(folder, file), 'utf8');
		const data = parse(source) as { title: string; audience: string };
		return { slug: file.replace(/\.ya?ml$/, ''), source, title: data.title, audience: data.audience };
	});
}

if (import.meta.main) {
	const usage = 'Usage: node scripts/generate-corpus.ts --out <dir> --notices N [--versions V] [--seed S] [--components F] [--translations F]';
	const { values } = parseArgs({ options: { out: { type: 'string' }, notices: { type: 'string' }, versions: { type: 'string', default: '1' }, seed: { type: 'string', default: '1' }, components: { type: 'string', default: String(BENCH_COMPONENTS) }, translations: { type: 'string', default: '0' } } });
	const [notices, versions, seed, components, translations] = [Number(values.notices), Number(values.versions), Number(values.seed), Number(values.components), Number(values.translations)];
	if (!values.out || !(notices > 0) || !(versions > 0) || !Number.isInteger(seed)) {
		console.error(usage);
		process.exit(2);
	}
	if (!(components >= 0 && components <= 1)) {
		console.error(`--components is the fraction of notices that use components, from 0 to 1 (such as 0.5), not "${values.components}".\n${usage}`);
		process.exit(2);
	}
	if (!(translations >= 0 && translations <= 1)) {
		console.error(`--translations is the fraction of notices translated into Welsh, from 0 to 1 (such as 0.5), not "${values.translations}".\n${usage}`);
		process.exit(2);
	}
	if (existsSync(join(values.out, 'content'))) {
		console.error(`${join(values.out, 'content')} already exists: remove it first, or choose another --out.`);
		process.exit(1);
	}
	const types = readNoticeTypes(new URL('../content/notice-types/', import.meta.url).pathname);
	const files = generateCorpus({ notices, versions, seed, types, components, translations });
	for (const file of files) {
		mkdirSync(dirname(join(values.out, file.path)), { recursive: true });
		writeFileSync(join(values.out, file.path), file.source);
	}
	const using = componentNotices(notices, components, seed).size;
	console.log(`Wrote ${files.length} files (${notices} notices × ${versions} versions, ${using * versions} of the versions using components) to ${join(values.out, 'content')}.`);
}
