import { h } from 'hastscript';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { defineComponent } from '../../src/lib/components/define.ts';
import { componentRegistry, builtInComponents } from '../../src/lib/components/registry.ts';
import { publishedBody } from '../../src/lib/markdown/publish.ts';
import { renderNotice, type ComponentOptions } from '../../src/lib/markdown/render.ts';
import { factsSchema, type FactsInput } from '../../src/schemas/facts.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { later, notice, organisation as organisationYaml, site } from './check-site.ts';
import { parse } from 'yaml';

const FILE = 'content/notices/trust/website/2025-01-01.mdx';
const organisation = organisationSchema.parse(parse(organisationYaml));
const factsInput: FactsInput = {
	collection: 'direct',
	purposes: [{ purpose: 'Answering your messages', data: ['name', 'email address'], basis: 'legitimate_interests', legitimateInterests: 'Replying to people', retention: '12 months' }],
	rights: ['access'],
};
const facts = factsSchema.parse(factsInput);
const options = (registry = builtInComponents, withFacts = facts): ComponentOptions => ({ components: registry, context: { facts: withFacts, organisation, glossary: new Map(), base: '/' } });
const render = (body: string, registry = builtInComponents) => renderNotice(notice('', body), '/', options(registry));
const factsYaml = `facts:\n  collection: direct\n  purposes:\n    - purpose: Answering your messages\n      data: [name, email address]\n      basis: legitimate_interests\n      legitimateInterests: Replying to people\n      retention: 12 months\n  rights: [access]\n`;
/** The check's problems for the site's newest version with this body (and these facts), as editors read them. */
const problemsOf = (body: string, frontmatter = factsYaml, components = builtInComponents) =>
	checkContent(site({ path: FILE, source: notice(later + frontmatter, body) }), { components })
		.problems.filter((p) => p.file === FILE && p.severity === 'error')
		.map(formatProblem);

describe('components in a notice', () => {
	test('are used without an import line, and render from the version’s own facts', () => {
		const { html, problems, violations } = render('## Why we use it\n\n<PurposesTable />\n');
		expect([...problems, ...violations]).toEqual([]);
		expect(html).toContain('<td>Answering your messages</td>');
		// Then the Markdown pipeline treats it as every table: a region named after its section, that scrolls on its own.
		expect(html).toMatch(/<div class="nb-table-scroll" role="region" tabindex="0" aria-label="Table: Why we use it"><table>/);
		expect(render('<PurposesTable caption="Our purposes" />\n').html).toContain('<caption>Our purposes</caption>');
	});

	test('render each version from its own facts, so an archived version shows what it said then', () => {
		const older = factsSchema.parse({ ...factsInput, purposes: [{ ...factsInput.purposes[0]!, purpose: 'Answering your letters' }] });
		const then = renderNotice(notice('', '<PurposesTable />\n'), '/', options(builtInComponents, older)).html;
		expect(then).toContain('Answering your letters');
		expect(then).not.toContain('Answering your messages');
	});

	test('render the Markdown written inside them through the same pipeline and allow-list', () => {
		const { html, problems } = render('## Rights\n\n<Callout title="Before you write">\n\nHave your **reference** ready, and see [how to complain](https://ico.org.uk/make-a-complaint/).\n\n- one\n- two\n\n</Callout>\n');
		expect(problems).toEqual([]);
		expect(html).toContain('<aside class="nb-callout" aria-label="Before you write">');
		expect(html).toContain('<strong>reference</strong>');
		expect(html).toContain('<li>one</li>');
		// Its heading sits one level below the section it is in.
		expect(html).toMatch(/<h3 class="nb-callout__title"[^>]*>Before you write<\/h3>/);
	});

	test('may hold other components', () => {
		const { html, problems } = render('<Callout title="In short">\n\n<PurposesTable />\n\n</Callout>\n');
		expect(problems).toEqual([]);
		expect(html).toMatch(/<aside[^>]*>[\s\S]*<table>[\s\S]*<\/aside>/);
	});

	test('are refused at their line when the name is not a component, naming the ones there are', () => {
		expect(problemsOf('## Who we are\n\n<Purposetable />\n')).toEqual([
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx:\d+:1 {2}<Purposetable> is not a component notices can use\. {2}\(Did you mean <PurposesTable>\? The components are: <PurposesTable>, .*<Callout>/),
		]);
	});

	test('have their props checked at their line: unknown, missing, and written as code', () => {
		const line = (text: string, problems: string[]) => problems.find((p) => p.includes(text));
		const problems = problemsOf('## Who we are\n\n<PurposesTable colour="red" />\n\n<Callout>\n\nText.\n\n</Callout>\n\n<Callout title={name}>\n\nText.\n\n</Callout>\n');
		expect(line('has no prop "colour"', problems)).toMatch(/2025-01-01\.mdx:19:1 .*Its props are: caption\./);
		expect(line('<Callout> prop "title"', problems)).toMatch(/2025-01-01\.mdx:21:1 /);
		expect(line('<Callout> has a prop written as code (title)', problems)).toMatch(/2025-01-01\.mdx:27:1 /);
	});

	test('are refused where they cannot stand, or given text they do not take', () => {
		const problems = problemsOf('## Who we are\n\nAs the table <PurposesTable /> shows.\n\n<PurposesTable>\n\nText.\n\n</PurposesTable>\n');
		expect(problems).toEqual([
			expect.stringContaining('19:14  <PurposesTable> must stand on its own lines'),
			expect.stringContaining('21:1  <PurposesTable> takes no text inside it.'),
		]);
	});

	test('that show facts are refused when the version has none, rather than showing nothing', () => {
		expect(problemsOf('## Why\n\n<PurposesTable />\n', '')).toEqual([
			expect.stringMatching(/10:1 {2}<PurposesTable> cannot be shown: This version has no facts, which this component shows\. {2}\(Add facts\.purposes/),
		]);
	});

	test('are not components in a .md file, where the allow-list refuses the tag', () => {
		const md = 'content/notices/trust/website/2025-01-01.md';
		const files = site({ path: md, source: notice(later, '<PurposesTable />\n') }).filter((f) => f.path !== FILE);
		expect(checkContent(files).problems.filter((p) => p.file === md && p.severity === 'error').map((p) => p.message)).toEqual(['<purposestable> is not allowed in a notice.']);
	});
});

describe('a site’s own components', () => {
	const Helpline = defineComponent({
		name: 'Helpline',
		summary: 'The helpline’s number.',
		example: '<Helpline />',
		placement: 'block',
		children: 'none',
		props: z.strictObject({ hours: z.string().default('9am to 5pm') }),
		render: ({ hours }) => [h('p', `Call 0800 000 0000, ${hours}.`)],
	});

	test('are added to the allowed set through configuration, and used like Noticeboard’s', () => {
		const registry = componentRegistry([Helpline]);
		expect(render('<Helpline hours="8am to 8pm" />\n', registry).html).toContain('<p>Call 0800 000 0000, 8am to 8pm.</p>');
		expect(problemsOf('<Helpline />\n', factsYaml, registry)).toEqual([]);
		expect(problemsOf('<Helpline />\n')).toEqual([expect.stringContaining('<Helpline> is not a component notices can use.')]);
	});

	test('may not take the name of another component', () => {
		expect(() => componentRegistry([{ ...Helpline, name: 'PurposesTable' }])).toThrow('there are two components named "PurposesTable"');
		expect(() => componentRegistry([{ ...Helpline, name: 'helpline' }])).toThrow('must start with a capital letter');
	});

	test('cannot put on a page what the published allow-list refuses, and the build says which component', () => {
		const Tracker = defineComponent({
			...Helpline,
			name: 'Tracker',
			render: () => [h('script', 'alert(1)'), h('p', { style: 'position:fixed' }, 'Hi'), h('img', { src: 'https://tracker.example/pixel.gif', alt: '' })],
		});
		const registry = componentRegistry([Tracker]);
		const problems = problemsOf('## Who we are\n\n<Tracker />\n', factsYaml, registry);
		expect(problems).toEqual([
			expect.stringContaining('19:1  <Tracker> made HTML that no notice may contain: <script> is not allowed in a notice.'),
			expect.stringContaining('19:1  <Tracker> made HTML that no notice may contain: <p> has a style attribute'),
			expect.stringContaining('19:1  <Tracker> made HTML that no notice may contain: The image "https://tracker.example/pixel.gif" is not a file on this site.'),
		]);
		expect(() => publishedBody(FILE, notice('', '<Tracker />\n'), '/', options(registry))).toThrow(`${FILE} was not published: a component in it cannot be shown.`);
	});
});
