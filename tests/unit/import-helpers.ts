import { readFileSync } from 'node:fs';
import { checkContent } from '../../src/lib/check/content.ts';
import type { IsoDate } from '../../src/lib/dates.ts';
import { formatOf } from '../../src/import/formats.ts';
import { importNotice, type ImportInput } from '../../src/import/index.ts';
import { fillInTodos } from '../fill-in.ts';

/** Imports a source given inline or as a file in tests/fixtures/import/, as the website notice of "acme". */
export function importSource(source: string | Buffer, options: Partial<ImportInput> & { name?: string } = {}) {
	const name = options.name ?? 'notice.html';
	return importNotice({
		content: Buffer.isBuffer(source) ? source : Buffer.from(source),
		format: formatOf(name) ?? 'html',
		name,
		typeTitle: 'Website privacy notice',
		today: '2026-11-22' as IsoDate,
		...options,
	});
}

/** Imports a fixture from tests/fixtures/import/. */
export const importFixture = (file: string, options: Partial<ImportInput> = {}) =>
	importSource(readFileSync(`tests/fixtures/import/${file}`), { name: file, ...options });

/** The errors `npm run check` reports for an import, once its TODO marks are filled in as an editor would. */
export function checkFilledIn(result: Awaited<ReturnType<typeof importNotice>>): string[] {
	const files = [
		{ path: 'content/notice-types/website.yaml', source: readFileSync('tests/fixtures/base/content/notice-types/website.yaml', 'utf8') },
		{ path: 'content/organisations/acme.yaml', source: fillInTodos(result.organisation) },
		{ path: `content/notices/acme/website/${result.effective}.mdx`, source: fillInTodos(result.mdx) },
	];
	return checkContent(files).problems.filter((p) => p.severity === 'error').map((p) => `${p.line ?? ''} ${p.message}`);
}

/** The body of an imported notice, without its frontmatter. */
export const body = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
