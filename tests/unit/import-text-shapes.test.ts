import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Heading, Nodes, Root } from 'mdast';
import { toMdast } from 'hast-util-to-mdast';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatOf } from '../../src/import/formats.ts';
import { parseMarkdown } from '../../src/import/markdown.ts';
import { visibleText, wordRecall } from '../../src/import/recall.ts';
import { mayUseComponents } from '../../src/lib/components/prepare.ts';
import { publishedBody } from '../../src/lib/markdown/publish.ts';
import { contentTree } from '../../src/lib/markdown/tree.ts';
import { exampleVersions } from './example-site.ts';
import { body, checkFilledIn, importSource } from './import-helpers.ts';
import { browserCopy, indentedText, markdownLike, pdfText, wordText, type Rendered, type Truth } from './text-shapes.ts';

// Plain text as people have it, made at test time from real notices (the shared corpus, never
// committed) and from the example site's fictional notices: each is rendered in each shape, imported
// as plain text, and compared with the notice it came from. Headings: at least 95% of a set's found,
// at most one invented in any notice; clause numbers: every one kept; words: at least 99% kept.

const corpus = resolve(process.env['NOTICEBOARD_IMPORT_CORPUS'] ?? '../shared/import-corpus');
const corpusFiles = existsSync(corpus) ? readdirSync(corpus).filter((f) => f !== 'SOURCES.md' && !f.startsWith('.') && statSync(join(corpus, f)).isFile()) : [];
// The versions, in English, as the importer's text shapes are written: translations are left out.
const examples = (readdirSync('content/notices', { recursive: true }) as string[]).filter((f) => /\d{4}-\d{2}-\d{2}\.mdx$/.test(f)).map((f) => join('content/notices', f));

const split = (mdx: string) => ({ title: String((parse(mdx.slice(4, mdx.indexOf('\n---\n', 4))) as { title: string }).title), tree: parseMarkdown(body(mdx)) });
const headings = (tree: Root) => tree.children.filter((n): n is Heading => n.type === 'heading').map((n) => visibleText(n));
const norm = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}.' ]+/gu, ' ').replace(/\s+/g, ' ').trim();

async function corpusTruth(file: string): Promise<Truth> {
	const imported = await importSource(readFileSync(join(corpus, file)), { name: file, format: formatOf(file) ?? 'html' });
	return { name: file, ...split(imported.mdx) };
}
const versions = new Map((await exampleVersions()).map((version) => [version.file, version]));

/**
 * An example notice, as its page shows it: one that uses components has tables and headings made
 * from its facts, which its source does not contain, so its body is rendered as the build renders it.
 */
function exampleTruth(path: string): Truth {
	const mdx = readFileSync(path, 'utf8');
	const notice = { name: relative('content/notices', path), ...split(mdx) };
	if (!mayUseComponents(mdx)) return notice;
	const { components } = versions.get(path)!;
	return { ...notice, tree: toMdast(contentTree(publishedBody(path, mdx, '/', components).html)) as Root };
}

/** How well one notice survived being rendered in a shape and imported as plain text. */
interface Figures {
	name: string;
	headings: number;
	found: number;
	/** Headings found at the level they had in the notice. */
	levelled: number;
	invented: string[];
	numbers: number;
	lost: string[];
	recall: number;
	/** What `npm run check` says of the import once its TODO marks are filled in. */
	problems: string[];
}

async function measure(truth: Truth, render: (truth: Truth) => Rendered): Promise<Figures> {
	const shaped = render(truth);
	const result = await importSource(shaped.text, { name: `${truth.name}.txt`, format: 'txt' });
	const out = split(result.mdx);
	const want = [truth.title, ...headings(truth.tree)].map(norm);
	const got = [out.title, ...headings(out.tree)].map(norm);
	const depths = (tree: Root) => tree.children.filter((n): n is Heading => n.type === 'heading').map((n) => ({ text: norm(visibleText(n)), depth: n.depth }));
	const gotDepths = depths(out.tree);
	const text = norm(`${out.title}\n${visibleText(out.tree as Nodes)}`);
	return {
		name: truth.name,
		headings: want.length,
		found: want.filter((w) => got.some((g) => g.includes(w))).length,
		levelled: depths(truth.tree).filter((w) => gotDepths.some((g) => g.text.includes(w.text) && g.depth === w.depth)).length,
		invented: got.filter((g) => !want.some((w) => g.includes(w))),
		numbers: shaped.numbers.length,
		lost: shaped.numbers.filter((n) => !text.includes(norm(n))),
		recall: wordRecall(`${truth.title}\n${visibleText(truth.tree)}`, `${out.title}\n${visibleText(out.tree)}`).recall,
		problems: checkFilledIn(result),
	};
}

const SHAPES = { 'browser copy': browserCopy, 'Word save-as-text': wordText, 'PDF text': pdfText, 'indented numbering': indentedText, 'a Markdown-like export': markdownLike };

for (const [set, names, truth] of [
	['the shared corpus', corpusFiles, corpusTruth],
	['the example notices', examples, exampleTruth],
] as const) {
	describe.skipIf(names.length === 0)(`plain text made from ${set}`, () => {
		if (names.length === 0) console.log(`No import corpus at ${corpus}: set NOTICEBOARD_IMPORT_CORPUS to a folder of notices to run these tests.`);
		for (const [shape, render] of Object.entries(SHAPES)) {
			let figures: Promise<Figures[]> | undefined;
			const all = () => (figures ??= Promise.all(names.map(async (name) => measure(await truth(name), render))).then((f) => {
				const sum = (pick: (x: Figures) => number) => f.reduce((n, x) => n + pick(x), 0);
				console.log(`${set}, ${shape}: headings ${sum((x) => x.found)}/${sum((x) => x.headings)} found (${sum((x) => x.levelled)} of ${sum((x) => x.headings - 1)} below the title at their level), ${sum((x) => x.invented.length)} invented; numbers ${sum((x) => x.numbers - x.lost.length)}/${sum((x) => x.numbers)} kept; recall min ${(Math.min(...f.map((x) => x.recall)) * 100).toFixed(1)}%`);
				return f;
			}));
			// The first test of each shape imports every notice; the rest reuse its figures.
			test(`finds at least 95% of the headings in ${shape}`, { timeout: 60_000 }, async () => {
				const f = await all();
				const found = f.reduce((n, x) => n + x.found, 0) / f.reduce((n, x) => n + x.headings, 0);
				expect(found, f.filter((x) => x.found < x.headings).map((x) => `${x.name}: ${x.found}/${x.headings}`).join('; ')).toBeGreaterThanOrEqual(0.95);
			});
			// Only numbering carries levels in plain text: the other shapes lose them, as the original's readers saw no levels either.
			test.runIf(shape === 'indented numbering')(`gives at least 95% of the headings the level their numbering shows in ${shape}`, async () => {
				const f = await all();
				expect(f.reduce((n, x) => n + x.levelled, 0) / f.reduce((n, x) => n + x.headings - 1, 0)).toBeGreaterThanOrEqual(0.95);
			});
			test(`invents at most one heading a notice in ${shape}`, async () => {
				expect((await all()).filter((f) => f.invented.length > 1).map((f) => `${f.name}: ${JSON.stringify(f.invented)}`)).toEqual([]);
			});
			test(`keeps every clause number as written in ${shape}`, async () => {
				expect((await all()).flatMap((f) => f.lost.map((n) => `${f.name}: ${n}`))).toEqual([]);
			});
			test(`passes the check once its TODO marks are filled in, in ${shape}`, async () => {
				expect((await all()).flatMap((f) => f.problems.map((p) => `${f.name}: ${p}`))).toEqual([]);
			});
			test(`keeps at least 99% of the words in ${shape}`, async () => {
				expect((await all()).filter((f) => f.recall < 0.99).map((f) => `${f.name}: ${(f.recall * 100).toFixed(1)}%`)).toEqual([]);
			});
		}
	});
}
