import type { Loader } from 'astro/loaders';
import { slug as slugify } from 'github-slugger';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { stripBom } from './utf8.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { glossaryEntrySchema } from '../schemas/glossary.ts';
import type { z } from 'astro/zod';

/** The glossary's file, in the content folder beside the organisations and notices. */
export const GLOSSARY_FILE = 'content/glossary.yaml';

/** The glossary by slug, each entry with its slug worked out from its term where not given. */
export function glossaryBySlug(entries: readonly z.output<typeof glossaryEntrySchema>[]): Map<string, GlossaryEntry> {
	return new Map(entries.map((entry) => {
		const withSlug = { ...entry, slug: entry.slug ?? slugify(entry.term) };
		return [withSlug.slug, withSlug];
	}));
}

/** The entry a term written in a notice stands for: by its slug, or by its term or an alias, in any case. */
export function findTerm(glossary: ReadonlyMap<string, GlossaryEntry>, written: string, slug?: string): GlossaryEntry | undefined {
	if (slug !== undefined) return glossary.get(slug);
	const wanted = written.trim().toLowerCase();
	for (const entry of glossary.values()) {
		if (entry.term.toLowerCase() === wanted || entry.aliases.some((alias) => alias.toLowerCase() === wanted)) return entry;
	}
	return glossary.get(slugify(wanted));
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
