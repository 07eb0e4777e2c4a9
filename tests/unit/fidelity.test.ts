import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/import/markdown.ts';
import { blocksOf } from '../roundtrip/blocks.ts';
import { commonSubsequence, compare, outline, ratio } from '../roundtrip/score.ts';
import { indented, PAGE_LINES, paginated, paragraphPerLine, WIDTH } from '../roundtrip/shapes.ts';
import { clauseOf, structureOf } from '../roundtrip/structure.ts';
import { MEASURES, shortfalls, type Row } from '../roundtrip/targets.ts';

// The round trip's comparison and shapes, on small notices written here.

const notice = `## 1. Who we are

Acme Ltd is the controller.

## 2. What we collect

### 2.1 Contact details

- your name
- (a) your email address

| Purpose | Basis |
| --- | --- |
| Paying you | Contract |

Acme Ltd\\
1 High Street\\
Frome BA11 1PQ
`;
const reference = structureOf(parseMarkdown(notice), 'Staff privacy notice');
const imported = (markdown: string, title: string | undefined = 'Staff privacy notice') => compare(reference, structureOf(parseMarkdown(markdown), title, { listNumbers: true }));

describe('reading structure', () => {
	test('reads headings with the title first, list items, cells, line-broken blocks and clause numbers', () => {
		expect(reference.headings).toEqual([
			{ text: 'staff privacy notice', depth: 1 },
			{ text: '1 who we are', depth: 2 },
			{ text: '2 what we collect', depth: 2 },
			{ text: '2 1 contact details', depth: 3 },
		]);
		expect(reference.items).toEqual(['your name', 'a your email address']);
		expect(reference.cells).toEqual(['purpose', 'basis', 'paying you', 'contract']);
		expect(reference.lineBlocks).toEqual(['acme ltd / 1 high street / frome ba11 1pq']);
		expect(reference.clauses).toEqual(['1 who we are', '2 what we collect', '2.1 contact details', '(a) your email address']);
	});

	test('takes clause numbers as written, not years or quantities', () => {
		expect(clauseOf('2.3.1 Sharing')).toEqual({ number: '2.3.1', rest: ' Sharing' });
		expect(clauseOf('(iv) the right to object')?.number).toBe('(iv)');
		expect(clauseOf('3) Retention')?.number).toBe('3');
		expect(clauseOf('2024 was a year')).toBeUndefined();
		expect(clauseOf('6 months after you leave')).toBeUndefined();
	});
});

describe('comparing an import with the original', () => {
	test('keeps everything when the import is the original', () => {
		const same = imported(notice);
		expect([ratio(same.headings), same.headings.invented, ratio(same.items), ratio(same.cells), ratio(same.lineBlocks), ratio(same.clauses), same.recall]).toEqual([1, 0, 1, 1, 1, 1, 1]);
	});

	test('finds a missing heading', () => {
		const result = imported(notice.replace('### 2.1 Contact details', '2.1 Contact details'));
		expect(result.headings).toMatchObject({ found: 3, of: 4, invented: 0, missing: ['2 1 contact details'] });
		expect(ratio(result.clauses)).toBe(1);
	});

	test('counts an invented heading, such as a page header', () => {
		const result = imported(`## Staff privacy notice Page 2 of 3\n\n${notice}`);
		expect(result.headings).toMatchObject({ found: 4, invented: 1, inventedTexts: ['staff privacy notice page 2 of 3'] });
	});

	test('notices a renumbered clause, written or made a numbered list', () => {
		expect(imported(notice.replace('### 2.1 Contact', '### 2.2 Contact')).clauses.lost).toEqual(['2.1 contact details']);
		const listed = imported(notice.replace('## 1. Who we are', '1. Who we are').replace('## 2. What we collect', '3. What we collect'));
		expect(listed.clauses.lost).toEqual(['2 what we collect']);
	});

	test('notices a changed level, but not a level moved up to close a gap', () => {
		expect(imported(notice.replace('### 2.1', '## 2.1')).headings).toMatchObject({ found: 4, levelChanged: 1, changed: ['2 1 contact details (3 → 2)'] });
		expect(outline([{ text: 't', depth: 1 }, { text: 'a', depth: 3 }, { text: 'b', depth: 5 }])).toEqual([1, 2, 3]);
	});

	test('matches headings in order, a moved one once', () => {
		expect(commonSubsequence(['a', 'b', 'c'], ['b', 'a', 'c'])).toHaveLength(2);
	});

	test('reports each target missed with its figures, headings found over each shape as a whole, and a failed import as missing them all', () => {
		const rows: Row[] = [
			{ source: 'acme', shape: 'lines', fidelity: imported(notice.replace(/^#+ /gm, '')) },
			{ source: 'acme', shape: 'docx', error: 'not imported: the file is empty' },
		];
		const [text, , invented, clauses] = MEASURES.map((m) => shortfalls(m, rows));
		expect(text).toEqual(['paragraph per line: headings found 25.0% (1 of 4); fewest in acme (1 of 4, missing: 1 who we are | 2 what we collect | 2 1 contact details)']);
		expect(invented).toEqual(['acme, Word: not imported: the file is empty']);
		expect(clauses).toEqual(['acme, Word: not imported: the file is empty']);
	});
});

describe('the plain-text shapes', () => {
	const long = `## Who we are\n\n${'We keep records about the people we help. '.repeat(100)}\n\n- one\n  - nested\n`;
	const blocks = blocksOf(parseMarkdown(long));

	test('one line per paragraph and item, with no blank lines', () => {
		const text = paragraphPerLine('Notice', blocksOf(parseMarkdown(notice)));
		expect(text.split('\n')).toContain('• (a) your email address');
		expect(text.split('\n')).toContain('Paying you\tContract');
		expect(text).not.toContain('\n\n');
	});

	test('wraps at 72 columns, with a page header every 50 lines', () => {
		const lines = paginated('Notice', blocks).split('\n');
		expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(WIDTH);
		expect(lines[0]).toMatch(/^Notice +Page 1 of 2$/);
		expect(lines[PAGE_LINES]).toMatch(/^Notice +Page 2 of 2$/);
	});

	test('indents the body but not the headings', () => {
		const text = indented('Notice', blocks);
		expect(text).toMatch(/\nWho we are\n\n {3}We keep/);
		expect(text).toContain('\n       - nested');
	});
});
