import type { Heading, Root } from 'mdast';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Element, Root as HastRoot, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toMdast } from 'hast-util-to-mdast';
import { formatOf } from '../../src/import/formats.ts';
import { parseMarkdown } from '../../src/import/markdown.ts';
import { mayUseComponents } from '../../src/lib/components/prepare.ts';
import { contentTree } from '../../src/lib/markdown/tree.ts';

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

/** An MDX notice's title, as readNotice reads it. */
function titleOf(mdx: string): { title?: string } {
	const { title } = readNotice(mdx);
	return title ? { title } : {};
}

/**
 * A notice's body as its page shows it, read from the built page: for a notice that uses
 * components, whose tables and headings are made from its facts, not written in its source.
 */
function renderedBody(page: string): Root {
	const find = (node: HastRoot | RootContent): Element | undefined => {
		if (node.type === 'element' && Array.isArray(node.properties['className']) && node.properties['className'].includes('nb-prose')) return node;
		return 'children' in node ? node.children.map(find).find(Boolean) : undefined;
	};
	const prose = find(fromHtml(readFileSync(page, 'utf8')));
	if (!prose) throw new Error(`${page} has no .nb-prose body.`);
	const body = contentTree(toHtml({ type: 'root', children: prose.children }));
	return toMdast(body) as Root;
}

/** An MDX notice's title and body: the frontmatter's title, and the body's mdast as the site renders it (Markdown with GitHub's extensions). */
export function readNotice(mdx: string): { title?: string; tree: Root } {
	const end = mdx.startsWith('---\n') ? mdx.indexOf('\n---\n', 4) : -1;
	const front = end < 0 ? '' : mdx.slice(4, end);
	const titleLine = /^title:.*$/m.exec(front)?.[0] ?? '';
	// An importer's fallback title is marked TODO: it was not found in the source, so it is no heading of the source's.
	const data = (parse(front) ?? {}) as { title?: unknown };
	const title = typeof data.title === 'string' && !titleLine.includes('# TODO') ? data.title : undefined;
	return { ...(title ? { title } : {}), tree: parseMarkdown(end < 0 ? mdx : mdx.slice(end + 5)) };
}

/**
 * The example notice's MDX, read, with the "Footnotes" heading the site puts above its footnotes
 * (a visible `<h2>`), so the original has every heading its page and printed copy show.
 */
export function readExample(source: Source, dist = 'dist'): { title?: string; tree: Root } {
	const mdx = readFileSync(source.file, 'utf8');
	if (source.kind === 'example' && mayUseComponents(mdx)) return { ...titleOf(mdx), tree: renderedBody(join(dist, source.page, 'index.html')) };
	const notice = readNotice(mdx);
	if (!notice.tree.children.some((node) => node.type === 'footnoteDefinition')) return notice;
	const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Footnotes' }] };
	return { ...notice, tree: { ...notice.tree, children: [...notice.tree.children, heading] } };
}
