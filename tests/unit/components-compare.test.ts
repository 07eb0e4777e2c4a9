import { toHtml } from 'hast-util-to-html';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { builtInComponents } from '../../src/lib/components/registry.ts';
import { compareDocuments } from '../../src/lib/diff/index.ts';
import { contentTree } from '../../src/lib/markdown/tree.ts';
import { renderNotice } from '../../src/lib/markdown/render.ts';
import { factsSchema, type FactsInput } from '../../src/schemas/facts.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { notice, organisation as organisationYaml } from './check-site.ts';

const organisation = organisationSchema.parse(parse(organisationYaml));
const facts = (purpose: string): FactsInput => ({
	collection: 'direct',
	purposes: [
		{ purpose: 'Running the website', data: ['IP address'], basis: 'legitimate_interests', legitimateInterests: 'Keeping it secure' },
		{ purpose, data: ['name', 'email address'], basis: 'consent' },
	],
});
const body = '## Why we use it\n\n<PurposesTable />\n';
const rendered = (input: FactsInput) =>
	contentTree(renderNotice(notice('', body), '/', { components: builtInComponents, context: { facts: factsSchema.parse(input), organisation, glossary: new Map(), base: '/' } }).html);

describe('comparing versions that use components', () => {
	test('shows a change of facts as a change in the rendered table, with the same text in both', () => {
		const { sections, summary } = compareDocuments(rendered(facts('Sending our newsletter')), rendered(facts('Sending our monthly newsletter')));
		expect(summary.sectionsChanged).toBe(1);
		expect(summary.wordsAdded).toBe(1);
		const html = toHtml({ type: "root", children: sections[0]!.body });
		expect(html).toMatch(/<td>Sending our <ins>.*monthly .*<\/ins>newsletter<\/td>/);
	});
});
