// The bench's yardstick: a plain Astro 7 site that renders the same MDX files with a minimal
// layout, one page per file, and indexes them with Pagefind, as issue 6 defines it. Written into
// `dir` next to a generated content/ folder; `npm run bench -- --baseline` builds and times it.
//
// Notices that use components (issue 13) get them as plain Astro components through
// `<Content components={…} />`, the way @astrojs/mdx is meant to be used: this is the floor of
// what rendering them through @astrojs/mdx costs. The facts components read the version's facts
// and its organisation from `Astro.locals`, which the page sets before it renders the body.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A component that shows one list from the facts, with what to say when there is nothing in it. */
const list = (items: string, empty: string) => `---
const { facts } = Astro.locals;
const items = ${items};
---
{items.length > 0 ? <ul>{items.map((item) => <li>{item}</li>)}</ul> : <p>${empty}</p>}
`;

const components: Record<string, string> = {
	PurposesTable: `---
const { facts } = Astro.locals;
const bases = { consent: 'Consent', contract: 'Contract', legal_obligation: 'Legal obligation', vital_interests: 'Vital interests', public_task: 'Public task', recognised_legitimate_interest: 'Recognised legitimate interest', legitimate_interests: 'Legitimate interests' };
---
<table>
	<caption>Why we use your information</caption>
	<thead><tr><th scope="col">Purpose</th><th scope="col">Information</th><th scope="col">Lawful basis</th></tr></thead>
	<tbody>{facts.purposes.map((p) => <tr><th scope="row">{p.purpose}</th><td>{p.data.join(', ')}</td><td>{bases[p.basis]}{p.legitimateInterests && ': ' + p.legitimateInterests}</td></tr>)}</tbody>
</table>
`,
	RetentionTable: `---
const { facts } = Astro.locals;
---
<table>
	<caption>How long we keep your information</caption>
	<thead><tr><th scope="col">Purpose</th><th scope="col">How long we keep it</th></tr></thead>
	<tbody>{facts.purposes.map((p) => <tr><th scope="row">{p.purpose}</th><td>{p.retention ?? 'As long as we need it for this purpose'}</td></tr>)}</tbody>
</table>
`,
	Recipients: list('[...new Set(facts.purposes.flatMap((p) => p.recipients ?? []))]', 'We do not share your information with anyone else.'),
	Transfers: list(
		"Array.isArray(facts.transfers) ? facts.transfers.map((t) => t.destination + ', protected by ' + ({ adequacy: 'UK adequacy regulations', idta: 'the International Data Transfer Agreement', addendum: 'the UK Addendum', binding_corporate_rules: 'binding corporate rules', derogation: 'an exception under Article 49' })[t.safeguard]) : []",
		'We do not send your information outside the UK.',
	),
	Sources: list("(facts.sources ?? []).map((s) => s.source + (s.public ? ' (public)' : ''))", 'We collect your information from you.'),
	AutomatedDecisions: `---
const { facts } = Astro.locals;
---
<p>{facts.automatedDecisions?.description ?? 'We do not make decisions about you by automated means alone.'}</p>
`,
	Rights: list(
		"facts.rights.map((r) => 'The right ' + ({ informed: 'to be told how your information is used', access: 'to get a copy of your information', rectification: 'to have it corrected', erasure: 'to have it deleted', restriction: 'to limit how it is used', notification_of_recipients: 'to know who was told of a correction', portability: 'to take it elsewhere', object: 'to object to how it is used', automated_decision_safeguards: 'to challenge a decision made by computer', withdraw_consent: 'to withdraw your consent', complain_ico: 'to complain to the Information Commissioner', complain_controller: 'to complain to us' })[r])",
		'Contact us to ask about your rights.',
	),
	Contact: `---
const { organisation: o } = Astro.locals;
---
<address>{o.name}<br />{[...o.address.lines, o.address.postcode].join(', ')}<br /><a href={'mailto:' + o.email}>{o.email}</a>{o.phone && <><br />{o.phone}</>}</address>
`,
	DPO: `---
const { facts, organisation } = Astro.locals;
const dpo = facts.dpo ?? organisation.dpo;
---
{dpo && dpo !== 'none' && <p>{dpo.name ?? 'Data Protection Officer'}: <a href={'mailto:' + dpo.email}>{dpo.email}</a></p>}
`,
	Callout: `---
const { title } = Astro.props;
---
<aside class="callout"><p><strong>{title}</strong></p><slot /></aside>
`,
	Details: `---
const { summary } = Astro.props;
---
<details><summary>{summary}</summary><slot /></details>
`,
	RightToObject: `<div class="right-to-object"><p><strong>Your right to object</strong></p><p>You can object at any time to how we use your information.</p><slot /></div>
`,
	Term: `---
import { getCollection, getEntry } from 'astro:content';
import { slug as slugify } from 'github-slugger';
const text = await Astro.slots.render('default');
const id = Astro.props.slug ?? slugify(text);
const entry = (await getEntry('glossary', id)) ?? (await getCollection('glossary')).find((e) => e.data.aliases?.includes(text));
if (!entry) throw new Error('No glossary entry for <Term>' + text + '</Term> (' + id + ')');
---
<a href={'/glossary/#' + entry.id}><Fragment set:html={text} /></a>
`,
};

const files: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'baseline', private: true, type: 'module' }),
	'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [mdx()], build: { format: 'directory' } });
`,
	'src/content.config.ts': `import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { slug } from 'github-slugger';
import { parse } from 'yaml';
const glossary = 'content/glossary.yaml';
export const collections = {
	notices: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/notices' }), schema: z.looseObject({ title: z.string() }) }),
	organisations: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/organisations' }) }),
	// Only a corpus that uses components has a glossary; an entry's slug defaults to its term's.
	...(existsSync(glossary) ? { glossary: defineCollection({ loader: file(glossary, { parser: (text) => parse(text).map((e) => ({ ...e, slug: e.slug ?? slug(e.term) })) }) }) } : {}),
};
`,
	'src/components/index.ts': Object.keys(components).map((name) => `export { default as ${name} } from './${name}.astro';\n`).join(''),
	...Object.fromEntries(Object.entries(components).map(([name, source]) => [`src/components/${name}.astro`, source])),
	'src/pages/[...id].astro': `---
import { getCollection, getEntry, render } from 'astro:content';
import * as components from '../components/index.ts';
export async function getStaticPaths() {
	return (await getCollection('notices')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
// What the facts components show: set before <Content /> renders them.
Astro.locals.facts = entry.data.facts;
Astro.locals.organisation = (await getEntry('organisations', entry.id.split('/')[0]))?.data;
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content components={components} /></main></body></html>
`,
};

/** The glossary page that `<Term>` links to, for a corpus that has a glossary. */
const glossaryPage = `---
import { getCollection } from 'astro:content';
const entries = await getCollection('glossary');
---
<html lang="en"><head><meta charset="utf-8" /><title>Glossary</title></head><body><main><h1>Glossary</h1><dl>{entries.map((e) => <><dt id={e.id}>{e.data.term}</dt><dd>{e.data.definition}</dd></>)}</dl></main></body></html>
`;

/** Writes the plain Astro site into `dir`, which already holds the generated content/. */
export async function writeBaseline(dir: string): Promise<void> {
	const glossary = existsSync(join(dir, 'content', 'glossary.yaml')) ? { 'src/pages/glossary.astro': glossaryPage } : {};
	for (const [path, text] of Object.entries({ ...files, ...glossary })) {
		await mkdir(join(dir, path, '..'), { recursive: true });
		await writeFile(join(dir, path), text);
	}
}
