import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NoticeType } from '../../schemas/notice-type.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { Catalogue } from '../catalogue.ts';
import type { ComponentRegistry } from '../components/registry.ts';
import type { IsoDate } from '../dates.ts';
import { componentOptionsFor } from '../markdown/render.ts';
import { paths } from '../urls.ts';
import { stripBom } from '../utf8.ts';
import { markdownFile, noticeMarkdown } from './markdown.ts';
import { versionData, versionSummary, type DataVersion } from './record.ts';

/** What each version's files are made from: the checked content, and where the site is published. */
export interface VersionFilesInput {
	catalogue: Catalogue<Organisation, NoticeType, DataVersion & { file: string }>;
	components: ComponentRegistry;
	glossary: ReadonlyMap<string, GlossaryEntry>;
	/** The project's folder, which version files' paths are relative to. */
	root: string;
	base: string;
	asOf: IsoDate;
	/** The full public address of a site path. */
	url: (path: string) => string;
}

/**
 * Writes every version's `notice.json` and `notice.md` into the built site at `out`, once the
 * pages are written. They are made here rather than as Astro routes: an endpoint costs Astro a
 * couple of milliseconds to render, and two per version added a tenth to the bench's build
 * (decision 0014-open-data). Returns how many versions it wrote.
 */
export function writeVersionFiles(out: string, input: VersionFilesInput): number {
	const { catalogue, components, glossary, root, base, asOf, url } = input;
	const organisations = new Map(catalogue.organisations.map((o) => [o.slug, o]));
	const types = new Map(catalogue.types.map((t) => [t.slug, t]));
	let written = 0;
	// Synchronous reads and writes: a promise each cost more here than the work it waited for.
	for (const notice of catalogue.notices) {
		const organisation = organisations.get(notice.org)!;
		const noticeType = types.get(notice.type)!;
		for (const version of notice.timeline.versions) {
			const { file, data } = version.entry.value;
			const source = stripBom(readFileSync(join(root, file), 'utf8'));
			const options = componentOptionsFor(file, components, { facts: data.facts, organisation: organisation.data, glossary, base });
			const text = noticeMarkdown(source, options);
			const record = { notice, version, organisation, noticeType, asOf, url };
			const summary = versionSummary(record);
			const json = join(out, paths.versionJson(notice.org, notice.type, version.effective));
			// The version's page is there already, so its folder is too, unless the pages were not built.
			mkdirSync(dirname(json), { recursive: true });
			writeFileSync(json, `${JSON.stringify(versionData(record, text, summary), null, 2)}\n`);
			writeFileSync(join(out, paths.versionMarkdown(notice.org, notice.type, version.effective)), markdownFile(summary, text));
			written++;
		}
	}
	return written;
}
