import { ratio, type Fidelity, type Share } from './score.ts';

// The round trip's shapes, the targets of issue 12 item 9, and the table that reports them.

/** The shapes each original is turned into and imported from. */
export const SHAPES = {
	copied: 'copied text',
	lines: 'paragraph per line',
	paginated: 'wrapped, paged',
	indented: 'indented',
	pdf: 'PDF',
	docx: 'Word',
} as const;

/** One of the shapes. */
export type Shape = keyof typeof SHAPES;

/** The shapes that are plain text, imported as `txt`. */
export const TEXT_SHAPES: readonly Shape[] = ['copied', 'lines', 'paginated', 'indented'];
const ALL = Object.keys(SHAPES) as Shape[];

/** One row of the table: a shape of an original, and what its import kept, or why it was not imported. */
export interface Row {
	source: string;
	shape: Shape;
	fidelity?: Fidelity;
	/** Why the shape's import failed: a failure misses every target. */
	error?: string;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** One target: the sentence its test is named by, the shapes it holds for, and how a figure misses it. */
export interface Measure {
	name: string;
	shapes: readonly Shape[];
	/** What one notice's shape has short of the target, with the figures; undefined when it is met. */
	miss?(fidelity: Fidelity): string | undefined;
	/** What a shape has short of the target over every notice, for a target set for a shape as a whole. */
	missAcross?(rows: readonly { source: string; fidelity: Fidelity }[]): string | undefined;
}

/**
 * Headings found in a shape, over every notice: the issue sets this target for each shape ("every
 * text shape ≥ 95%"), and headings invented for each notice. Per notice, one miss in a notice of 12
 * headings would be 92%. The notices that miss most are named, to say where to look.
 */
function headingsAcross(target: number) {
	return (rows: readonly { source: string; fidelity: Fidelity }[]) => {
		const found = rows.reduce((n, r) => n + r.fidelity.headings.found, 0);
		const of = rows.reduce((n, r) => n + r.fidelity.headings.of, 0);
		if (of === 0 || found / of >= target) return undefined;
		const worst = [...rows].sort((a, b) => ratio(a.fidelity.headings) - ratio(b.fidelity.headings)).slice(0, 5);
		return `headings found ${percent(found / of)} (${found} of ${of}); fewest in ${worst.map((r) => `${r.source} (${r.fidelity.headings.found} of ${r.fidelity.headings.of}, missing: ${r.fidelity.headings.missing.join(' | ')})`).join('; ')}`;
	};
}

/** The targets of issue 12 item 9. A PDF is held to 90% of headings, a text shape to 95%. */
export const MEASURES: readonly Measure[] = [
	{ name: 'every text shape keeps at least 95% of the headings', shapes: TEXT_SHAPES, missAcross: headingsAcross(0.95) },
	{ name: 'a PDF keeps at least 90% of the headings', shapes: ['pdf'], missAcross: headingsAcross(0.9) },
	{ name: 'no shape of a notice gets more than one heading it did not have', shapes: ALL, miss: ({ headings: h }) => (h.invented > 1 ? `${h.invented} headings invented: ${h.inventedTexts.join(' | ')}` : undefined) },
	{ name: 'every shape keeps every clause number as written', shapes: ALL, miss: ({ clauses: c }) => (c.found < c.of ? `clause numbers kept ${percent(ratio(c))} (${c.found} of ${c.of}); lost: ${c.lost.join(' | ')}` : undefined) },
	{ name: 'every shape keeps at least 99% of the words', shapes: ALL, miss: (f) => (f.recall < 0.99 ? `word recall ${percent(f.recall)}; missing: ${f.missingWords.join(', ')}` : undefined) },
];

/** Each miss of `measure`, as "source, shape: figures", or "shape: figures" for a shape as a whole. A failed import misses every target. */
export function shortfalls(measure: Measure, rows: readonly Row[]): string[] {
	const applies = rows.filter((row) => measure.shapes.includes(row.shape));
	const failed = applies.flatMap((row) => (row.error ? [`${row.source}, ${SHAPES[row.shape]}: ${row.error}`] : []));
	const { miss, missAcross } = measure;
	if (missAcross) {
		return [
			...failed,
			...measure.shapes.flatMap((shape) => {
				const measured = applies.flatMap((row) => (row.shape === shape && row.fidelity ? [{ source: row.source, fidelity: row.fidelity }] : []));
				const found = measured.length > 0 ? missAcross(measured) : undefined;
				return found ? [`${SHAPES[shape]}: ${found}`] : [];
			}),
		];
	}
	return [...failed, ...applies.flatMap((row) => {
		const found = row.fidelity && miss ? miss(row.fidelity) : undefined;
		return found ? [`${row.source}, ${SHAPES[row.shape]}: ${found}`] : [];
	})];
}

const share = (s: Share) => (s.of === 0 ? '–' : percent(ratio(s)));
const COLUMNS = ['source', 'shape', 'headings found', 'invented', 'levels kept', 'list items', 'table cells', 'line-broken', 'clauses kept', 'word recall'];

/** The table of rows as fixed-width text, one line per file and shape, for a CI log. */
export function formatTable(rows: readonly Row[]): string {
	const cells = rows.map((row) => {
		const f = row.fidelity;
		const name = row.source.length > 44 ? `${row.source.slice(0, 43)}…` : row.source;
		if (!f) return [name, SHAPES[row.shape], row.error ?? ''];
		const levels = { found: f.headings.found - f.headings.levelChanged, of: f.headings.found };
		return [name, SHAPES[row.shape], `${share(f.headings)} ${f.headings.found}/${f.headings.of}`, String(f.headings.invented), share(levels), share(f.items), share(f.cells), share(f.lineBlocks), share(f.clauses), percent(f.recall)];
	});
	const widths = COLUMNS.map((c, k) => Math.max(c.length, ...cells.filter((r) => r.length > 3).map((r) => r[k]?.length ?? 0)));
	const line = (r: string[]) => r.map((c, k) => (k < 2 || r.length <= 3 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  ').trimEnd();
	return [line(COLUMNS), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
