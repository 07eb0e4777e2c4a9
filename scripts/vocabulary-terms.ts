// Writes the term lists that tests/unit/jsonld.test.ts checks the notices' JSON-LD against: every
// IRI that a vocabulary's release defines, sorted, with where it came from. Read from the
// vocabularies' own release files, never typed in, so a term we misspell or one that a release
// drops is caught. Fetch the sources first (bare git directories are enough), then:
//   node scripts/vocabulary-terms.ts --dpv <w3c/dpv git dir> --schemaorg <schemaorg/schemaorg git dir> \
//     --dcterms <dcterms.nq from `npm pack @vocabulary/dcterms`>
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const OUT = 'tests/fixtures/vocabularies';
const DPV_RELEASE = '2.3';
// The DPV modules the JSON-LD uses: the core, the GDPR extension (legal bases, rights, transfer
// tools, by article) and the UK's legal extension (the UK GDPR, the DPA 2018, the ICO).
const DPV_FILES = [`${DPV_RELEASE}/dpv/dpv.jsonld`, `${DPV_RELEASE}/legal/eu/gdpr/eu-gdpr.jsonld`, `${DPV_RELEASE}/legal/gb/legal-gb.jsonld`];
const DPV_NAMESPACES = ['https://w3id.org/dpv#', 'https://w3id.org/dpv/legal/eu/gdpr#', 'https://w3id.org/dpv/legal/gb#'];
const SCHEMA_RELEASE = '30.0';
// "current" leaves out terms still pending or retired to the attic, which consumers may not know.
const SCHEMA_FILE = `data/releases/${SCHEMA_RELEASE}/schemaorg-current-https.nt`;

const { values } = parseArgs({ options: { dpv: { type: 'string' }, schemaorg: { type: 'string' }, dcterms: { type: 'string' } } });

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const commitOf = (dir: string) => git(dir, 'rev-parse', 'HEAD').trim();
const sorted = (iris: Iterable<string>) => [...new Set(iris)].sort();
// The subjects of N-Triples or N-Quads lines: every term a vocabulary describes is a subject.
const subjectsIn = (text: string, namespace: string) =>
	[...text.matchAll(/^<([^>]+)>/gm)].map((m) => m[1]!).filter((iri) => iri.startsWith(namespace) && iri.length > namespace.length);

function write(name: string, header: Record<string, unknown>, terms: string[]): void {
	writeFileSync(`${OUT}/${name}.json`, `${JSON.stringify({ ...header, terms }, null, '\t')}\n`);
	console.log(`${OUT}/${name}.json: ${terms.length} terms`);
}

if (values.dpv) {
	const terms = DPV_FILES.flatMap((file) => {
		// Each release file is expanded JSON-LD: a list of nodes, one for each concept.
		const nodes = JSON.parse(git(values.dpv!, 'show', `HEAD:${file}`)) as { '@id'?: string }[];
		return nodes.map((node) => node['@id'] ?? '').filter((iri) => DPV_NAMESPACES.some((ns) => iri.startsWith(ns) && iri.length > ns.length));
	});
	const header = { vocabulary: 'W3C Data Privacy Vocabulary (DPV)', release: DPV_RELEASE, source: 'https://github.com/w3c/dpv', commit: commitOf(values.dpv), files: DPV_FILES, namespaces: DPV_NAMESPACES };
	write(`dpv-${DPV_RELEASE}`, header, sorted(terms));
}

if (values.schemaorg) {
	const terms = subjectsIn(git(values.schemaorg, 'show', `HEAD:${SCHEMA_FILE}`), 'https://schema.org/');
	const header = { vocabulary: 'Schema.org', release: SCHEMA_RELEASE, source: 'https://github.com/schemaorg/schemaorg', commit: commitOf(values.schemaorg), files: [SCHEMA_FILE], namespaces: ['https://schema.org/'] };
	write(`schemaorg-${SCHEMA_RELEASE}`, header, sorted(terms));
}

if (values.dcterms) {
	// The npm package carries DCMI's namespace document; the terms used here are far older than it.
	const text = readFileSync(values.dcterms, 'utf8');
	const terms = subjectsIn(text, 'http://purl.org/dc/terms/');
	const modified = /^<http:\/\/purl\.org\/dc\/terms\/> <http:\/\/purl\.org\/dc\/terms\/modified> "([\d-]+)"/m.exec(text)?.[1];
	const header = { vocabulary: 'DCMI Metadata Terms', release: `namespace document modified ${modified}`, source: 'npm @vocabulary/dcterms@1.0.6', files: ['dcterms.nq'], namespaces: ['http://purl.org/dc/terms/'] };
	write('dcterms', header, sorted(terms));
}
