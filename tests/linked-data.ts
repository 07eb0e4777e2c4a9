import jsonld from 'jsonld';
import { readFileSync } from 'node:fs';

// Reading the notices' JSON-LD as a linked-data consumer does, for the unit and the build tests:
// expanded by jsonld.js in safe mode (a key that maps to no IRI is an error, not dropped), with a
// document loader that refuses every fetch, so the inline @context must be all it needs. Every IRI
// it then uses as a property, a type or a value from a vocabulary is looked up in the term lists of
// the vocabularies' releases (tests/fixtures/vocabularies/, written by scripts/vocabulary-terms.ts).

/** The term lists the JSON-LD may use: DPV 2.3 (core, eu-gdpr, legal-gb), schema.org 30.0, DCMI terms. */
const VOCABULARIES = ['dpv-2.3', 'schemaorg-30.0', 'dcterms'].map(
	(name) => JSON.parse(readFileSync(`tests/fixtures/vocabularies/${name}.json`, 'utf8')) as { namespaces: string[]; terms: string[] },
);
const KNOWN = new Set(VOCABULARIES.flatMap((v) => v.terms));
const NAMESPACES = VOCABULARIES.flatMap((v) => v.namespaces);

const refuseFetch = async (url: string): Promise<never> => {
	throw new Error(`The JSON-LD asked to fetch ${url}: its @context must be inline.`);
};

/** The JSON-LD expanded with no network access and in safe mode; rejects on any term it cannot map. */
export async function expandOffline(document: object): Promise<object[]> {
	// `safe` is jsonld.js 6+'s option; @types/jsonld (1.5) predates it, hence the widened type.
	const options = { documentLoader: refuseFetch, safe: true } as jsonld.Options.Expand;
	return (await jsonld.expand(document as jsonld.JsonLdDocument, options)) as object[];
}

/**
 * The IRIs in expanded JSON-LD that no vocabulary in the lists defines: every property and type,
 * and every `@id` value in a vocabulary's namespace (a legal basis, a right). Any other `@id` is a
 * page's address, and must be under `site`; anything else is reported too, such as a compact IRI
 * with a prefix the context lacks, which expands to itself.
 */
export function unknownTerms(expanded: unknown, site: string): string[] {
	const unknown = new Set<string>();
	const term = (iri: string) => !KNOWN.has(iri) && unknown.add(iri);
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (typeof value !== 'object' || value === null) return;
		for (const [key, inner] of Object.entries(value)) {
			if (key === '@type') [inner].flat().forEach((t) => term(String(t)));
			else if (key === '@id') {
				const iri = String(inner);
				if (NAMESPACES.some((ns) => iri.startsWith(ns)) || !iri.startsWith(site)) term(iri);
			} else if (key === '@value') continue;
			else {
				if (!key.startsWith('@')) term(key);
				visit(inner);
			}
		}
	};
	visit(expanded);
	return [...unknown].sort();
}

/** The text of each `<script type="application/ld+json">` in a page's HTML. */
export function jsonLdBlocks(html: string): string[] {
	return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}
