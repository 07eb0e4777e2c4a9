import type { Loader } from 'astro/loaders';
import { slug as slugify } from 'github-slugger';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { closest } from './check/problem.ts';
import { stripBom } from './utf8.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { glossaryEntrySchema } from '../schemas/glossary.ts';
import type { z } from 'astro/zod';

/** The glossary's file, in the content folder beside the organisations and notices. */
export const GLOSSARY_FILE = 'content/glossary.yaml';

/** A translation language's glossary file, beside the English one: `content/glossary.cy.yaml`. */
export function glossaryFile(language: string): string {
	return `content/glossary.${language}.yaml`;
}

/** The glossary by slug, each entry with its slug worked out from its term where not given. */
export function glossaryBySlug(entries: readonly z.output<typeof glossaryEntrySchema>[]): Map<string, GlossaryEntry> {
	return new Map(entries.map((entry) => {
		const withSlug = { ...entry, slug: entry.slug ?? slugify(entry.term) };
		return [withSlug.slug, withSlug];
	}));
}

/**
 * Words as compared with a term: in lower case, with single spaces, and with curly quotes as
 * straight ones, since smart punctuation makes the "Commissioner's" an editor types "Commissioner’s".
 */
const comparable = (words: string) => words.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** The entry a term written in a notice stands for: by its slug, or by its term or an alias, in any case. */
export function findTerm(glossary: ReadonlyMap<string, GlossaryEntry>, written: string, slug?: string): GlossaryEntry | undefined {
	if (slug !== undefined) return glossary.get(slug);
	const wanted = comparable(written);
	for (const entry of glossary.values()) {
		if (comparable(entry.term) === wanted || entry.aliases.some((alias) => comparable(alias) === wanted)) return entry;
	}
	return glossary.get(slugify(wanted));
}

/**
 * Up to `most` terms an editor may have meant by `written`: those it is a typo of, or that it is
 * part of or contains ("data controller" for "controller"), by term, alias or slug.
 */
export function nearTerms(glossary: ReadonlyMap<string, GlossaryEntry>, written: string, most = 3): GlossaryEntry[] {
	const wanted = comparable(written);
	const entries = [...glossary.values()];
	const formsOf = (entry: GlossaryEntry) => [entry.term, entry.slug, ...entry.aliases].map(comparable);
	const near = wanted.length < 3 ? [] : entries.filter((entry) => formsOf(entry).some((form) => form.includes(wanted) || wanted.includes(form)));
	const rest = entries.filter((entry) => !near.includes(entry));
	// The closest typo first, then the next closest, among the entries not already found.
	for (let next = rest; near.length < most; ) {
		const form = closest(wanted, next.flatMap(formsOf));
		const entry = form === undefined ? undefined : next.find((e) => formsOf(e).includes(form));
		if (!entry) break;
		near.push(entry);
		next = next.filter((e) => e !== entry);
	}
	return near.slice(0, most);
}

/**
 * Loads content/glossary.yaml into a collection, one entry per term, keyed by slug. A site with
 * no glossary has an empty collection: the content check has already refused `<Term>` there.
 */
export function glossaryLoader(): Loader {
	return {
		name: 'noticeboard-glossary',
		load: async ({ config, store, parseData, watcher }) => {
			const path = fileURLToPath(new URL(GLOSSARY_FILE, config.root));
			const load = async () => {
				store.clear();
				const text = await readFile(path, 'utf8').catch(() => undefined);
				const entries = text === undefined ? [] : ((parse(stripBom(text)) ?? []) as unknown[]);
				for (const [i, raw] of entries.entries()) {
					const written = raw as { slug?: unknown; term?: unknown };
					const id = typeof written.slug === 'string' ? written.slug : slugify(String(written.term ?? i));
					store.set({ id, data: await parseData({ id, data: raw as Record<string, unknown> }) });
				}
			};
			await load();
			watcher?.add(path);
			watcher?.on('all', (_, changed) => {
				if (changed === path) void load();
			});
		},
	};
}
