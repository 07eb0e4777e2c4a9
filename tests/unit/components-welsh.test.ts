import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { strings, type LanguageCode } from '../../src/i18n/index.ts';
import type { ComponentContext } from '../../src/lib/components/define.ts';
import { explainRight } from '../../src/lib/components/facts/rights.ts';
import { componentRegistry } from '../../src/lib/components/registry.ts';
import { RightToObject } from '../../src/lib/components/text/right-to-object.ts';
import { glossaryBySlug } from '../../src/lib/glossary.ts';
import { renderNotice } from '../../src/lib/markdown/render.ts';
import { publishedSchema } from '../../src/lib/safety/allow-list.ts';
import { factsSchema, type FactsInput } from '../../src/schemas/facts.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';

// The components rendered in a Welsh translation's body (`language: 'cy'`): their own words are
// Welsh, none of them English, and a body with no language, or English, renders as it always has.

const components = componentRegistry();
const organisation = organisationSchema.parse(parse(readFileSync('tests/fixtures/base/content/organisations/trust.yaml', 'utf8')));
const withDpo = organisationSchema.parse({ ...organisation, phone: '01632 960 000', dpo: { name: 'Sam Okafor', email: 'dpo@trust.example', phone: '01632 960 001' } });
const glossary = glossaryBySlug(parse('- term: Rheolydd\n  slug: controller\n  definition: Sy’n penderfynu pam a sut y defnyddir eich gwybodaeth.\n  aliases: [rheolwr data, reolydd]\n'));

/** The fixture's facts as a translation gives them: the editors' words in Welsh, the codes as they are. */
const FACTS = {
	collection: 'both',
	purposes: [
		{
			purpose: 'Rhedeg y wefan',
			data: ['cyfeiriad IP', 'tudalennau a welwyd'],
			basis: 'legitimate_interests',
			legitimateInterests: 'Cadw’r wefan yn gweithio ac yn ddiogel',
			retention: '90 diwrnod',
			recipients: ['ein darparwr gwe-letya'],
		},
		{ purpose: 'Cefnogi cwsmeriaid', data: ['iechyd'], basis: 'legal_obligation', specialCategory: { condition: 'substantial_public_interest', schedule1: 'Paragraff 18' } },
		{ purpose: 'Anfon biliau', basis: 'contract' },
	],
	sources: [{ source: 'Y gofrestr etholiadol', public: true }, { source: 'Ein helusennau partner' }],
	transfers: [{ destination: 'Iwerddon', safeguard: 'adequacy' }, { destination: 'India', safeguard: 'idta' }],
	automatedDecisions: { description: 'Mae cyfrifiadur yn didoli ceisiadau.' },
	requirement: { kind: 'neither' },
	rights: ['informed', 'access', 'rectification', 'erasure', 'restriction', 'notification_of_recipients', 'portability', 'object', 'automated_decision_safeguards', 'withdraw_consent', 'complain_controller', 'complain_ico'],
	cookies: [
		{ name: 'trust_session', provider: 'Ymddiriedolaeth Enghreifftiol', party: 'first', purpose: 'Yn eich cadw wedi mewngofnodi', duration: 'Nes i chi gau eich porwr', category: 'strictly_necessary', consent: false },
		{ name: 'chat_open', provider: 'Sgwrs Cyf', party: 'third', purpose: 'Yn cofio’r sgwrs', duration: 'Diwrnod', category: 'functional', consent: false },
		{ name: 'chat_history', provider: 'Sgwrs Cyf', party: 'third', purpose: 'Yn cadw’r sgwrs', duration: 'Mis', category: 'functional', consent: true },
		{ name: 'trust_stats', provider: 'Cyfrif Cyf', party: 'third', purpose: 'Yn cyfrif ymwelwyr', duration: 'Blwyddyn', category: 'analytics', consent: true },
	],
} satisfies FactsInput;

/** A body rendered as the build renders a version's, in `language` if one is given. */
function render(body: string, { language, facts = {}, dpo = false }: { language?: LanguageCode; facts?: Partial<FactsInput> | undefined; dpo?: boolean | undefined } = {}) {
	const context: Omit<ComponentContext, 'level'> = { facts: factsSchema.parse({ ...FACTS, ...facts }), organisation: dpo ? withDpo : organisation, glossary, base: '/', ...(language ? { language } : {}) };
	return renderNotice(`---\ntitle: T\nsummary: S\n---\n\n## Adran\n\n${body}\n`, '/', { components, context });
}

/** The HTML's text as readers read it: tags removed, spaces collapsed, none before a full stop, comma or colon. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ([.,:])/g, '$1');

/** The names and titles that screen readers say, or that show on hover. */
const heard = (html: string) => [...html.matchAll(/(?:aria-label|title)="([^"]*)"/g)].map((m) => m[1]).join(' | ');

/**
 * Every English word the components write: each string in the English dictionary's components
 * section and its vocabulary, and the text around the gaps in each of its sentences.
 */
function englishWords(): string[] {
	const found: string[] = [];
	// What fills each gap: a name or a link, and a maker of links, whose text is the dictionary's.
	const gap = Object.assign((linkText: string) => linkText, { toString: () => '\u0000' });
	const visit = (value: unknown) => {
		if (typeof value === 'string') found.push(value);
		else if (typeof value === 'function') {
			const made: unknown = value(gap, gap, gap);
			for (const part of [made].flat()) if (typeof part === 'string') found.push(...part.split('\u0000'));
		} else if (value && typeof value === 'object') Object.values(value).forEach(visit);
	};
	const { components: words, vocabulary } = strings('en');
	visit(words);
	visit(vocabulary);
	return [...new Set(found.map((w) => w.replace(/^[\s,.:]+|[\s,.:]+$/g, '')).filter((w) => w.length > 0))];
}

/** Words the English sentences have that Welsh ones use too: "anfonwch e-bost at". */
const ALSO_WELSH = new Set(['at']);

/** The English words in a text, as whole words in either case of their first letter. */
const englishIn = (words: string) =>
	englishWords().filter((english) => !ALSO_WELSH.has(english)).filter((english) => [english, english.charAt(0).toUpperCase() + english.slice(1)].some((form) => new RegExp(`(^|[^\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(words)));

/** For each component, a use and the Welsh words it says. */
const CASES: { use: string; says: string[]; facts?: Partial<FactsInput>; dpo?: boolean }[] = [
	{
		use: '<PurposesTable />',
		says: ['Diben', 'Y wybodaeth a ddefnyddir', 'Sail gyfreithlon', 'Amod ar gyfer gwybodaeth categori arbennig', 'Buddiannau dilys (Erthygl 6(1)(f)). Ein buddiannau dilys: Cadw’r wefan', 'Deddf Diogelu Data 2018, Atodlen 1: Paragraff 18', 'Anfon biliau Heb ei rhestru Contract (Erthygl 6(1)(b)) Dim'],
	},
	{ use: '<RetentionTable />', says: ['Am ba hyd rydym yn ei chadw', '90 diwrnod', 'Heb ei nodi yn yr hysbysiad hwn'] },
	{ use: '<Recipients />', says: ['Ein darparwr gwe-letya: rhedeg y wefan.'] },
	{ use: '<Transfers />', says: ['I ble mae’n mynd', 'Beth sy’n ei diogelu', 'Sut i gael copi', 'Rheoliadau digonolrwydd y DU Dim angen', 'Cytundeb Trosglwyddo Data Rhyngwladol y DU Heb ei nodi'] },
	{ use: '<Transfers />', facts: { transfers: 'none' }, says: ['Nid ydym yn anfon eich gwybodaeth y tu allan i’r DU'] },
	{ use: '<Sources />', says: ['O ble mae’n dod', 'Ar gael i’r cyhoedd', 'Y gofrestr etholiadol Ydy', 'Ein helusennau partner Nac ydy'] },
	{ use: '<AutomatedDecisions />', says: ['Mae cyfrifiadur yn didoli ceisiadau.', 'gallwch ofyn i unigolyn edrych arno eto', 'I ddefnyddio’r hawl hon, anfonwch e-bost at privacy@trust.example'] },
	{ use: '<AutomatedDecisions />', facts: { automatedDecisions: 'no' }, says: ['Nid ydym yn gwneud penderfyniadau amdanoch chi drwy gyfrifiadur yn unig'] },
	{
		use: '<Rights />',
		says: ['Mae defnyddio eich hawliau am ddim.', 'Cael copi o’ch gwybodaeth.', 'Tynnu eich cydsyniad yn ôl.', 'Cwyno i Swyddfa’r Comisiynydd Gwybodaeth.', 'Gallwch wneud cwyn ar wefan yr ICO neu ffonio ei llinell gymorth ar 0303 123 1113.'],
	},
	{ use: '<Contact />', dpo: true, says: ['Example Trust, 1 High Street, Exampleton EX1 2MP.', 'Anfonwch e-bost at privacy@trust.example neu ffoniwch 01632 960 000.', 'Gwefan: https://trust.example.', 'Rhif cofrestru gyda’r ICO: ZA123456.'] },
	{ use: '<DPO />', dpo: true, says: ['Ein Swyddog Diogelu Data: Sam Okafor.', 'ffoniwch 01632 960 001', 'Ysgrifennwch at 1 High Street'] },
	{ use: '<DPO />', facts: { dpo: 'none' }, says: ['Nid oes gennym Swyddog Diogelu Data.', 'anfonwch e-bost at privacy@trust.example'] },
	{
		use: '<CookieTable />',
		says: ['Cwcis cwbl angenrheidiol, nad oes angen eich cydsyniad arnynt.', 'Cwcis swyddogaethol.', 'Cwcis dadansoddi, a osodir dim ond os ydych yn cytuno iddynt.', 'Enw', 'Beth mae’n ei wneud', 'Wedi’i osod gan', 'Am ba hyd mae’n para', 'Angen eich cydsyniad', 'Sgwrs Cyf. Cwci trydydd parti.', 'Oes', 'Nac oes'],
	},
	{ use: '<RightToObject />', says: ['Eich hawl i wrthwynebu', 'Gallwch wrthwynebu ar unrhyw adeg', 'Mae’n berthnasol i’r ffyrdd hyn', 'Rhedeg y wefan', 'I wrthwynebu, anfonwch e-bost at Example Trust ar privacy@trust.example.'] },
	{ use: 'Y <Term>rheolydd</Term>.', says: ['rheolydd'] },
];

describe.each(CASES)('$use in Welsh', ({ use, says, facts, dpo }) => {
	const welsh = () => render(use, { language: 'cy', facts, dpo });

	test('says its own words in Welsh', () => {
		const { html, problems, violations } = welsh();
		expect([...problems, ...violations]).toEqual([]);
		for (const words of says) expect(text(html)).toContain(words);
	});

	test('says none of its own words in English', () => {
		const { html } = welsh();
		// The Markdown pipeline's own labels for a section's "#" link and its tables are not the components'.
		const own = `${text(html)} | ${heard(html)}`.replace(/Link to the section “[^”]*”|Table: Adran/g, '');
		expect(englishIn(own)).toEqual([]);
	});

	test('makes only what the published allow-list allows', () => {
		const tree = fromHtml(welsh().html, { fragment: true });
		expect(JSON.stringify(sanitize(tree, publishedSchema))).toEqual(JSON.stringify(tree));
	});

	test('renders as before with no language, and the same in English', () => {
		const options = { facts, dpo };
		expect(render(use, { ...options, language: 'en' }).html).toEqual(render(use, options).html);
	});
});

describe('the components in English', () => {
	test('keep their English headers and labels', () => {
		const html = text(render('<PurposesTable />\n\n<RetentionTable />\n\n<Rights />\n\n<RightToObject />').html);
		for (const words of ['Purpose', 'Information used', 'Lawful basis', 'How long we keep it', 'Getting a copy of your information.', 'Your right to object']) expect(html).toContain(words);
	});
});

describe('<Contact /> in Welsh', () => {
	test('gives the ICO’s abbreviation its Welsh name in full', () => {
		expect(render('<Contact />', { language: 'cy' }).html).toContain('<abbr title="Swyddfa’r Comisiynydd Gwybodaeth">ICO</abbr>');
	});
});

describe('<RightToObject> in Welsh', () => {
	test('opens its section under its Welsh heading, with the id the check is told of', () => {
		const { headings } = render('<RightToObject />', { language: 'cy' });
		expect(headings).toContainEqual({ depth: 3, slug: 'eich-hawl-i-wrthwynebu', text: 'Eich hawl i wrthwynebu' });
		expect(RightToObject.section?.({}, 'cy')).toBe('Eich hawl i wrthwynebu');
		expect(RightToObject.section?.({})).toBe('Your right to object');
	});
});

describe('<Term> in Welsh', () => {
	test('links to the Welsh glossary page, found by a term’s alias as written', () => {
		expect(render('Y <Term>reolydd</Term>.', { language: 'cy' }).html).toContain('<a class="nb-term" href="/cy/glossary/#controller">reolydd</a>');
	});

	test('names the Welsh glossary file when a term is not in it', () => {
		const [problem] = render('Y <Term>prosesydd</Term>.', { language: 'cy' }).problems;
		expect(problem?.message).toBe('<Term> cannot be shown: "prosesydd" is not a term in content/glossary.cy.yaml.');
	});
});

describe('explainRight', () => {
	test('explains a right in the words it is given, English by default', () => {
		expect(explainRight('erasure', 'a@b.example', strings('cy'))[0]).toMatch(/^Gallwch ofyn i ni ddileu eich gwybodaeth/);
		expect(explainRight('erasure', 'a@b.example')[0]).toMatch(/^You can ask us to delete your information/);
	});
});
