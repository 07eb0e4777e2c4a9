import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { IsoDate } from '../../src/lib/dates.ts';
import type { Format } from '../../src/import/formats.ts';
import { importNotice } from '../../src/import/index.ts';
import { blocksOf } from './blocks.ts';
import { wordFile } from './docx.ts';
import { compare, type Fidelity } from './score.ts';
import { indented, paginated, paragraphPerLine } from './shapes.ts';
import { readNotice } from './sources.ts';
import { structureOf, type Structure } from './structure.ts';
import type { Shape } from './targets.ts';

// From one original (its title and mdast, and what the browser made of its page) to every shape's
// bytes, and from a shape's import back to what it kept.

/** An original, read: its title, its body's mdast, and its structure, the reference every shape is measured against. */
export interface Original {
	title?: string;
	tree: Root;
	structure: Structure;
}

/** An original from its title and body. */
export const original = (title: string | undefined, tree: Root): Original => ({ ...(title ? { title } : {}), tree, structure: structureOf(tree, title) });

/**
 * A page's title taken from its first heading when that is an `<h1>` (the importer does the same),
 * so that the reference has the title once, at level 1.
 */
export function titled(tree: Root): Original {
	const first = tree.children.findIndex((node: RootContent) => node.type === 'heading');
	const heading = tree.children[first];
	if (heading?.type !== 'heading' || heading.depth !== 1) return original(undefined, tree);
	const title = toString(heading).replace(/\s+/g, ' ').trim();
	return original(title || undefined, { ...tree, children: tree.children.filter((_, k) => k !== first) });
}

/** The shapes made from the original's tree alone; the copied text and the PDF come from the browser. */
export async function treeShapes(source: Original): Promise<Record<Exclude<Shape, 'copied' | 'pdf'>, { content: Buffer; format: Format }>> {
	const blocks = blocksOf(source.tree);
	const title = source.title ?? '';
	const text = (value: string) => ({ content: Buffer.from(value), format: 'txt' as const });
	return {
		lines: text(paragraphPerLine(title, blocks)),
		paginated: text(paginated(title, blocks)),
		indented: text(indented(title, blocks)),
		docx: { content: await wordFile(title, blocks), format: 'docx' },
	};
}

/** Imports one shape as the importer's command would, and compares what came back with the original. */
export async function measure(source: Original, content: Buffer, format: Format, name: string): Promise<Fidelity> {
	const result = await importNotice({ content, format, name, typeTitle: 'Privacy notice', today: '2026-11-22' as IsoDate });
	const imported = readNotice(result.mdx);
	return compare(source.structure, structureOf(imported.tree, imported.title, { listNumbers: true }));
}
