// The bench's yardstick: a plain Astro 7 site that renders the same MDX files with a minimal
// layout, one page per file, and indexes them with Pagefind, as issue 6 defines it. Written into
// `dir` next to a generated content/ folder; `npm run bench -- --baseline` builds and times it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const files: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'baseline', private: true, type: 'module' }),
	'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [mdx()], build: { format: 'directory' } });
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
	notices: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/notices' }), schema: z.looseObject({ title: z.string() }) }),
};
`,
	'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('notices')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
};

/** Writes the plain Astro site into `dir`, which already holds the generated content/. */
export async function writeBaseline(dir: string): Promise<void> {
	for (const [path, text] of Object.entries(files)) {
		await mkdir(join(dir, path, '..'), { recursive: true });
		await writeFile(join(dir, path), text);
	}
}
