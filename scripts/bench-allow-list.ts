// `node scripts/bench-allow-list.ts [--notices N]`: how much each way of enforcing the allow-list
// adds to rendering the bench corpus's notices (docs/decisions/0011-output-allow-list.md).
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { htmlToHast, markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import type { Root } from 'hast';
import { accessibleGfm } from '../src/lib/markdown/accessible-gfm.ts';
import { alignCells } from '../src/lib/markdown/align-cells.ts';
import { baseLinks } from '../src/lib/markdown/base-links.ts';
import { allowListGate } from '../src/lib/markdown/gate.ts';
import { headingAnchors } from '../src/lib/markdown/heading-anchors.ts';
import { noticeFeatures } from '../src/lib/markdown/plugins.ts';
import { contentSchema } from '../src/lib/safety/allow-list.ts';
import { treeViolations, type Violation } from '../src/lib/safety/gate.ts';
import { generateCorpus, readNoticeTypes } from './generate-corpus.ts';

const { values } = parseArgs({ options: { notices: { type: 'string', default: '1000' } } });
const sources = generateCorpus({ notices: Number(values.notices), versions: 1, seed: 1, types: readNoticeTypes('content/notice-types') })
	.filter((file) => file.path.endsWith('.mdx'))
	.map((file) => file.source);

const site = () => [accessibleGfm, headingAnchors(), baseLinks('/')];
const render = (source: string, gate: boolean, rawHtml: boolean) =>
	(markdownToHtml(source, {
		hastPlugins: gate ? [alignCells, allowListGate([] as Violation[]), ...site()] : [alignCells, ...site()],
		features: { gfm: true, smartPunctuation: true, rawHtml },
	}) as MarkdownToHtmlResult).html;

const ways: [string, (source: string) => unknown][] = [
	['no allow-list (as before)', (s) => render(s, false, false)],
	['A: gate in the Sätteri chain, raw HTML parsed', (s) => render(s, true, true)],
	['A, HTML parsed only where there is a "<" (chosen)', (s) => render(s, true, noticeFeatures(s).rawHtml === true)],
	['B: parse5 tree, hast-util-sanitize, compare', (s) => {
		const tree = fromHtml(render(s, false, false), { fragment: true });
		return isDeepStrictEqual(sanitize(tree, contentSchema), tree);
	}],
	['C: Sätteri htmlToHast tree, own walk', (s) => treeViolations(htmlToHast(render(s, false, false), { fragment: true }) as Root)],
];
console.log(`${sources.length} notices of the bench corpus, median of 5 runs:`);
let before = 0;
for (const [name, way] of ways) {
	const times: number[] = [];
	for (let run = 0; run < 5; run++) {
		const started = performance.now();
		for (const source of sources) way(source);
		times.push(performance.now() - started);
	}
	const median = times.sort((a, b) => a - b)[2]!;
	before ||= median;
	console.log(`  ${name.padEnd(52)} ${(median / 1000).toFixed(2)} s  ${(median / sources.length).toFixed(2)} ms each  +${(((median - before) / before) * 100).toFixed(0)}%`);
}
