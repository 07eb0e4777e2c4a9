import type { Heading, Root } from 'mdast';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { parse } from 'yaml';
import { mayUseComponents } from '../../src/lib/components/prepare.ts';
import { formatOf } from '../../src/import/formats.ts';
import { parseMarkdown } from '../../src/import/markdown.ts';

// Where the round trip's originals come from: the HTML files of the shared corpus of real notices
// (never committed, nor anything made from them), and the example site's own notices with the
// pages the build made of them.

/** The shared corpus of real notices, as the corpus test finds it. */
export const corpus = resolve(process.env['NOTICEBOARD_IMPORT_CORPUS'] ?? '../shared/import-corpus');

/** One original: a corpus page, or an example notice with its built page. */
export type Source = { kind: 'corpus'; name: string; file: string } | { kind: 'example'; name: string; file: string; page: string };

/** The corpus's HTML files (templates included), or none when there is no corpus. */
export function corpusSources(): Source[] {
	if (!existsSync(corpus)) return [];
	return readdirSync(corpus)
		.filter((f) => formatOf(f) === 'html' && statSync(join(corpus, f)).isFile())
		.sort()
		.map((f) => ({ kind: 'corpus', name: f, file: join(corpus, f) }));
}

/** Every notice version in content/notices whose permanent page is in dist/, or none before a build. */
export function exampleSources(root = 'content/notices', dist = 'dist'): Source[] {
	const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.mdx'))
		.sort();
	return files.flatMap((f): Source[] => {
		const path = relative(root, join(root, f)).replace(/\\/g, '/').replace(/\.mdx$/, '');
		const page = `/${path}/`;
		return existsSync(join(dist, path, 'index.html')) ? [{ kind: 'example', name: path, file: join(root, f), page }] : [];
	});
}

/** An MDX notice's title and body: the frontmatter's title, and the body, as written and as mdast as the site renders it (Markdown with GitHub's extensions). */
export function readNotice(mdx: string): { title?: string; tree: Root; body: string } {
	const end = mdx.startsWith('---\n') ? mdx.indexOf('\n---\n', 4) : -1;
	const front = end < 0 ? '' : mdx.slice(4, end);
	const titleLine = /^title:.*$/m.exec(front)?.[0] ?? '';
	// An importer's fallback title is marked TODO: it was not found in the source, so it is no heading of the source's.
	const data = (parse(front) ?? {}) as { title?: unknown };
	const title = typeof data.title === 'string' && !titleLine.includes('# TODO') ? data.title : undefined;
	const body = end < 0 ? mdx : mdx.slice(end + 5);
	return { ...(title ? { title } : {}), tree: parseMarkdown(body), body };
}

/**
 * The example notice's MDX, read, with the "Footnotes" heading the site puts above its footnotes
 * (a visible `<h2>`), so the original has every heading its page and printed copy show. A body
 * that uses components is read from `shown`, the HTML of the body its page shows (without the
 * "#" links), as the corpus's pages are: what the components make is not in the MDX.
 */
export function readExample(source: Source, shown?: string): { title?: string; tree: Root } {
	const notice = readNotice(readFileSync(source.file, 'utf8'));
	if (shown !== undefined && mayUseComponents(notice.body)) return { ...notice, tree: toMdast(fromHtml(shown, { fragment: true })) as Root };
	if (!notice.tree.children.some((node) => node.type === 'footnoteDefinition')) return notice;
	const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Footnotes' }] };
	return { ...notice, tree: { ...notice.tree, children: [...notice.tree.children, heading] } };
}
