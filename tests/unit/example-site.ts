import { readFileSync } from 'node:fs';
import { checkContent } from '../../src/lib/check/content.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { builtInComponents } from '../../src/lib/components/registry.ts';
import { componentOptionsFor, type ComponentOptions } from '../../src/lib/markdown/render.ts';

// The example site's notices as the build reads them, for tests that go through every one: an
// .mdx body's components render from that version's own facts and its organisation.

/** One version of an example notice: its file, its source, and what its components render from. */
export interface ExampleVersion {
	file: string;
	source: string;
	components: ComponentOptions | undefined;
}

/** Every version of the example site's notices that the content check accepts. */
export async function exampleVersions(): Promise<ExampleVersion[]> {
	const { versions, organisations, glossary } = checkContent(await readContentFiles('.'));
	return versions.map(({ org, value: { file, data } }) => {
		const organisation = organisations.find((o) => o.slug === org)!.data;
		return { file, source: readFileSync(file, 'utf8'), components: componentOptionsFor(file, builtInComponents, { facts: data.facts, organisation, glossary, base: '/' }) };
	});
}
