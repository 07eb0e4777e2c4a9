import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { componentRegistry } from '../../src/lib/components/registry.ts';
import { glossaryBySlug } from '../../src/lib/glossary.ts';
import { renderNotice } from '../../src/lib/markdown/render.ts';
import { publishedSchema } from '../../src/lib/safety/allow-list.ts';
import { factsSchema, type FactsInput } from '../../src/schemas/facts.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { parse } from 'yaml';
import { later, notice, organisation as organisationYaml, site } from './check-site.ts';

// The text components (src/lib/components/text/), rendered as the build renders a notice's body,
// and checked as `npm run check` checks it, on small inline notices.

const components = componentRegistry();
const organisation = organisationSchema.parse(parse(organisationYaml));
const glossaryYaml = `- term: Controller
  definition: Decides why and how your information is used.
  aliases: [data controller]
- term: Processor
  definition: Uses information for a controller.
  aliases: [processors]
- term: Information Commissioner's Office
  slug: ico
  definition: The regulator.
`;
const glossary = glossaryBySlug(parse(glossaryYaml));
const facts = (more: Partial<FactsInput> = {}) =>
	factsSchema.parse({
		collection: 'direct',
		purposes: [
			{ purpose: 'Sending you our newsletter', basis: 'legitimate_interests', legitimateInterests: 'Keeping supporters informed' },
			{ purpose: 'Paying you', basis: 'contract' },
			{ purpose: 'Running the library', basis: 'public_task' },
		],
		rights: ['access', 'object'],
		...more,
	});

/** A body rendered as the build renders it, for a site served from `base`. */
function render(body: string, options: { facts?: ReturnType<typeof facts>; base?: string } = {}) {
	const base = options.base ?? '/';
	return renderNotice(notice('', body), base, { components, context: { facts: options.facts, organisation, glossary, base } });
}

/** The errors `npm run check` reports for a later version whose frontmatter adds `frontmatter` and whose body is `body`. */
function checkErrors(body: string, frontmatter = '', withGlossary = true) {
	const files = site({ path: 'content/notices/trust/website/2025-01-01.mdx', source: notice(later + frontmatter, body) }, ...(withGlossary ? [{ path: 'content/glossary.yaml', source: glossaryYaml }] : []));
	return checkContent(files)
		.problems.filter((p) => p.severity === 'error')
		.map(formatProblem);
}
// The body starts on line 8 of a later version with no more frontmatter: three lines of title and
// summary, two of change note and class, the closing "---" and a blank line.
const FILE = 'content/notices/trust/website/2025-01-01.mdx';

/** Whether published HTML is exactly what the published allow-list keeps. */
const passesAllowList = (html: string) => {
	const tree = fromHtml(html, { fragment: true });
	return JSON.stringify(sanitize(tree, publishedSchema)) === JSON.stringify(tree);
};

describe('<Callout>', () => {
	test('is an aside named by its title, with its text as Markdown after the heading', () => {
		const { html, problems } = render('## Your rights\n\n<Callout title="Before you start">\n\nCall **999**.\n\n</Callout>');
		expect(problems).toEqual([]);
		expect(html).toContain('<aside class="nb-callout" aria-label="Before you start"><h3 class="nb-callout__title">Before you start</h3>');
		expect(html).toContain('<p>Call <strong>999</strong>.</p>\n</aside>');
	});

	test('gives its heading no id or "#" link, and keeps it out of the table of contents', () => {
		const { html, headings } = render('## Your rights\n\n<Callout title="Before you start">\n\nText.\n\n</Callout>\n\n## How to complain\n\nText.');
		expect(html).not.toMatch(/id="before-you-start"|href="#before-you-start"/);
		expect(headings.map((h) => h.slug)).toEqual(['your-rights', 'how-to-complain']);
	});

	test('takes no section id, so a section after it with the same words keeps its own', () => {
		const { headings } = render('<Callout title="Your rights">\n\nText.\n\n</Callout>\n\n## Your rights\n\nText.');
		expect(headings.map((h) => h.slug)).toEqual(['your-rights']);
	});

	test('needs a title, said at its line', () => {
		expect(checkErrors('<Callout title=" ">\n\nText.\n\n</Callout>')).toEqual([
			`${FILE}:8:1  <Callout> prop "title": Give the callout a title, such as title="Before you start".  (See the README's section on <Callout> for its props.)`,
		]);
	});
});

describe('<RightToObject>', () => {
	test('is a section of its own, named by its heading, which has an id, a "#" link and a place in the table of contents', () => {
		const { html, headings, problems } = render('## Your rights\n\nText.\n\n<RightToObject />', { facts: facts() });
		expect(problems).toEqual([]);
		expect(html).toContain(
			'<section class="nb-object" aria-label="Your right to object"><div class="nb-heading"><h3 id="your-right-to-object">Your right to object</h3><a class="nb-heading__anchor" href="#your-right-to-object"',
		);
		expect(headings).toContainEqual({ depth: 3, slug: 'your-right-to-object', text: 'Your right to object' });
	});

	test('says that readers may object at any time, when we must stop, and that direct marketing always stops', () => {
		const { html } = render('<RightToObject />', { facts: facts() });
		expect(html).toContain('You can object at any time to how we use your information when we use it because it is in our legitimate interests, or because we need it for a task in the public interest');
		expect(html).toContain('unless we can show strong and legitimate reasons to carry on that outweigh your interests, rights and freedoms, or we need the information to make, pursue or defend a legal claim.');
		expect(html).toContain('You can always tell us to stop using your information for direct marketing');
	});

	test('lists the purposes that rely on legitimate interests or a public task, and only those', () => {
		const { html } = render('<RightToObject />', { facts: facts() });
		expect(html).toContain('<ul><li>Sending you our newsletter</li><li>Running the library</li></ul>');
		expect(html).not.toContain('Paying you');
	});

	test('tells readers to email the controller the facts name, or else the organisation', () => {
		const named = render('<RightToObject />', { facts: facts({ controller: { name: 'The Joint Board', email: 'board@joint.example' } }) }).html;
		expect(named).toContain('To object, email The Joint Board at <a href="mailto:board@joint.example" class="nb-autolink">board@joint.example</a>.');
		expect(render('<RightToObject />').html).toContain('To object, email Example Trust at <a href="mailto:privacy@trust.example"');
	});

	test('puts the text written inside it after its own, inside the section', () => {
		const { html } = render('<RightToObject>\n\nOr tell *any* member of staff.\n\n</RightToObject>', { facts: facts() });
		expect(html).toMatch(/privacy@trust\.example<\/a>\.<\/p>\n<p>Or tell <em>any<\/em> member of staff\.<\/p>\n<\/section>/);
	});

	test('is refused where the version\'s facts do not list the right to object, at its line', () => {
		const frontmatter = 'facts:\n  collection: direct\n  purposes:\n    - purpose: Paying you\n      basis: contract\n  rights: [access]\n';
		expect(checkErrors('## Your rights\n\n<RightToObject />', frontmatter)).toEqual([
			`${FILE}:16:1  <RightToObject> cannot be shown: it tells readers they have the right to object, but this version's facts.rights does not list "object".  (Add object to facts.rights, or remove <RightToObject> if the right does not apply to what this notice describes.)`,
		]);
	});

	test('opens a section the content check knows, so links to it pass and section ids after it stay in step', () => {
		expect(checkErrors('## Your rights\n\nSee [how to object](#your-right-to-object).\n\n<RightToObject />\n\n### Your right to object\n\nSee [the second one](#your-right-to-object-1).')).toEqual([]);
		expect(checkErrors('See [how to object](#your-right-to-objec).\n\n<RightToObject />')).toEqual([
			`${FILE}:8:5  The link "#your-right-to-objec" leads to no section "#your-right-to-objec" on this page.  (Use one of the section anchors there: #your-right-to-object.)`,
		]);
	});

	test('takes no props', () => {
		expect(checkErrors('<RightToObject title="Objecting" />')).toEqual([`${FILE}:8:1  <RightToObject> has no prop "title".  (It takes no props: write <RightToObject />.)`]);
	});
});

describe('<Details>', () => {
	test('is a closed details element whose summary is its prop and whose body is the Markdown inside', () => {
		const { html, problems } = render('<Details summary="How we check who you are">\n\nWe ask for **one** document.\n\n</Details>');
		expect(problems).toEqual([]);
		expect(html).toContain('<details class="nb-disclosure"><summary class="nb-disclosure__summary">How we check who you are</summary><div class="nb-disclosure__body">\n<p>We ask for <strong>one</strong> document.</p>\n</div></details>');
	});

	test('is open when written with a bare open', () => {
		expect(render('<Details summary="More" open>\n\nText.\n\n</Details>').html).toContain('<details class="nb-disclosure" open>');
	});

	test('keeps the sections inside it in the table of contents, with their ids, so links can open it', () => {
		const { html, headings } = render('## Who we share it with\n\n<Details summary="Research">\n\n### Research\n\nText.\n\n</Details>');
		expect(html).toMatch(/<div class="nb-disclosure__body">\n<div class="nb-heading"><h3 id="research">/);
		expect(headings.map((h) => h.slug)).toEqual(['who-we-share-it-with', 'research']);
	});

	test('refuses open with a value, and a missing summary, each at its line', () => {
		expect(checkErrors('Text.\n\n<Details summary="More" open="yes">\n\nText.\n\n</Details>\n\n<Details>\n\nText.\n\n</Details>')).toEqual([
			`${FILE}:10:1  <Details> prop "open": Write open on its own, with no value, to show it open.  (See the README's section on <Details> for its props.)`,
			`${FILE}:16:1  <Details> prop "summary": Invalid input: expected string, received undefined  (See the README's section on <Details> for its props.)`,
		]);
	});
});

describe('<Term>', () => {
	test('links the words as written to their glossary entry, found by term in any case or by alias', () => {
		const { html, problems } = render('We are the <Term>controller</Term>, a <Term>Data Controller</Term>.');
		expect(problems).toEqual([]);
		expect(html).toContain('We are the <a class="nb-term" href="/glossary/#controller">controller</a>, a <a class="nb-term" href="/glossary/#controller">Data Controller</a>.');
	});

	test('links other words to the entry a slug names, keeping their emphasis', () => {
		expect(render('Our <Term slug="processor">*suppliers*</Term> help.').html).toContain('<a class="nb-term" href="/glossary/#processor"><em>suppliers</em></a>');
	});

	test('finds a term with an apostrophe, which smart punctuation has curled', () => {
		expect(render("Complain to the <Term>Information Commissioner's Office</Term>.").html).toContain('<a class="nb-term" href="/glossary/#ico">Information Commissioner’s Office</a>');
	});

	test('puts the site\'s base path in front of the glossary\'s, once', () => {
		expect(render('The <Term>controller</Term>.', { base: '/policies/' }).html).toContain('href="/policies/glossary/#controller"');
	});

	test('stays in its sentence when it starts a line or fills a list item', () => {
		const { html } = render('- <Term>processors</Term>\n\n<Term>Controller</Term> means the organisation.');
		expect(html).toContain('<li><a class="nb-term" href="/glossary/#processor">processors</a></li>');
		expect(html).toContain('<p><a class="nb-term" href="/glossary/#controller">Controller</a> means the organisation.</p>');
	});

	test('refuses a term the glossary does not have, naming the glossary file and the terms meant', () => {
		expect(checkErrors('We use <Term>procesors</Term> and <Term slug="controler">controllers</Term>.')).toEqual([
			`${FILE}:8:8  <Term> cannot be shown: "procesors" is not a term in content/glossary.yaml.  (Did you mean "Processor"? Give the term's slug, as in <Term slug="controller">controllers</Term>, or add the term to content/glossary.yaml, as a term or one of a term's aliases.)`,
			`${FILE}:8:35  <Term> cannot be shown: there is no term with slug "controler" in content/glossary.yaml.  (Did you mean slug="controller" (Controller)? Give the term's slug, as in <Term slug="controller">controllers</Term>, or add the term to content/glossary.yaml, as a term or one of a term's aliases.)`,
		]);
	});

	test('refuses a term on a site with no glossary, saying to add one', () => {
		expect(checkErrors('The <Term>controller</Term>.', '', false)).toEqual([
			`${FILE}:8:5  <Term> cannot be shown: the site has no glossary, so "controller" has no definition to link to.  (Add content/glossary.yaml with the term and its definition, or write the words without <Term>.)`,
		]);
	});

	test('refuses words that are a link already, since a link cannot hold another', () => {
		expect(checkErrors('The <Term>[controller](https://ico.org.uk/)</Term>.')[0]).toContain('<Term> cannot be shown: the words inside it are a link');
	});

	test('needs words inside it', () => {
		expect(checkErrors('The <Term slug="controller" /> decides.')).toEqual([`${FILE}:8:5  <Term> needs text inside it.  (Write the text between <Term> and </Term>.)`]);
	});
});

describe('the text components together', () => {
	test('make only what the published allow-list keeps, in a notice that uses them all', () => {
		const body = [
			'## Who we are',
			'We are the <Term>controller</Term>.',
			'<Callout title="In an emergency">\n\nCall 999.\n\n</Callout>',
			'<Details summary="More about us" open>\n\n### History\n\nSince 1900.\n\n</Details>',
			'## Your rights',
			'<RightToObject>\n\nOr write to us.\n\n</RightToObject>',
		].join('\n\n');
		const { html, problems, violations } = render(body, { facts: facts() });
		expect([...problems, ...violations]).toEqual([]);
		expect(passesAllowList(html)).toBe(true);
	});

	test('pass the content check in a notice that uses them all', () => {
		const frontmatter = 'facts:\n  collection: direct\n  purposes:\n    - purpose: Running the library\n      basis: public_task\n  rights: [access, object]\n';
		const body = '## Who we are\n\nThe <Term>controller</Term>.\n\n<Callout title="Note">\n\nText.\n\n</Callout>\n\n<Details summary="More">\n\nText.\n\n</Details>\n\n## Your rights\n\n<RightToObject />';
		expect(checkErrors(body, frontmatter)).toEqual([]);
	});
});

describe('the glossary check', () => {
	test('refuses a slug the glossary page uses for itself', () => {
		const files = site({ path: 'content/glossary.yaml', source: '- term: Main\n  definition: The main thing.\n- term: Other\n  slug: nb-site-search\n  definition: Something else.\n' });
		expect(checkContent(files).problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
			'content/glossary.yaml:1:3  0.term  The anchor "#main" is one the glossary page uses for itself.  (Give the term another slug: slug: another-name.)',
			'content/glossary.yaml:4:3  1.slug  The anchor "#nb-site-search" is one the glossary page uses for itself.  (Give the term another slug: slug: another-name.)',
		]);
	});
});
