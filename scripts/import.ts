// `npm run import -- <file or https://address> --org <slug> --type <type> [--effective YYYY-MM-DD] [--force]
//   [--format html|docx|md|txt|script] [--base-url https://old.example] [--report report.json] [--timeout seconds]`:
// imports an existing notice (HTML or an HTML template, Word .docx, Markdown, plain text, or HTML
// in a JavaScript or TypeScript file; or a web page, fetched) as content/notices/<org>/<type>/<effective>.mdx, creates the
// organisation's file if there is none, and prints a report of what was kept, removed and guessed.
// Give "-" as the file, with --format, to read standard input. Nothing is written on any error.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parse } from 'yaml';
import { buildDate, isIsoDate, type IsoDate } from '../src/lib/dates.ts';
import { placeholders } from '../src/lib/check/placeholders.ts';
import { FetchError, fetchSource, isAddress, type FetchedSource } from '../src/import/fetch.ts';
import { formatOf, formats, type Format } from '../src/import/formats.ts';
import { ImportError, importNotice } from '../src/import/index.ts';
import { formatImportReport } from '../src/import/report.ts';
import { versionPath } from '../src/lib/scaffold.ts';

const USAGE = `Usage:
  npm run import -- <file> --org <organisation> --type <notice type> [--effective YYYY-MM-DD] [--force]
      [--format ${formats.join('|')}] [--base-url https://old-site.example] [--report report.json] [--timeout seconds]
  Reads .html, .htm (and .erb, .j2, .njk templates), .docx, .pdf (with a text layer), .md, .txt, or .ts/.js with the notice's HTML in a string;
  "-" reads standard input, with --format; an https:// or http:// address fetches the page.`;

function fail(message: string): never {
	console.error(`${message}\n\n${USAGE}`);
	process.exit(1);
}

const args = process.argv.slice(2);
const option = (name: string) => {
	const index = args.indexOf(`--${name}`);
	if (index === -1) return undefined;
	const value = args[index + 1];
	if (value === undefined || value.startsWith('--')) fail(`--${name} needs a value.`);
	return value;
};
const valued = ['org', 'type', 'effective', 'format', 'base-url', 'report', 'timeout'];
const positional = args.filter((arg, i) => !arg.startsWith('--') && !valued.includes(args[i - 1]?.slice(2) ?? ''));
const unknown = args.filter((arg) => arg.startsWith('--') && ![...valued, 'force'].includes(arg.slice(2)));
if (unknown.length > 0) fail(`Unknown option ${unknown[0]}.`);

const file = positional[0];
const org = option('org');
const type = option('type');
const effective = option('effective');
const baseUrl = option('base-url');
const reportPath = option('report');
const formatOption = option('format');
if (!file) fail('Say which file to import, or "-" for standard input.');
if (positional.length > 1) fail(`Import one file at a time (got ${positional.join(', ')}).`);
if (!org || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(org)) fail('Give the organisation a slug with --org: lowercase letters, digits and hyphens, such as north-ashcombe-council.');
if (!type) fail('Say which notice type with --type, such as website.');
if (!existsSync(`content/notice-types/${type}.yaml`)) {
	const types = existsSync('content/notice-types') ? (await readdir('content/notice-types')).map((f) => f.replace(/\.ya?ml$/, '')) : [];
	fail(`There is no notice type "${type}" (content/notice-types/${type}.yaml). Use one of: ${types.join(', ')}.`);
}
if (effective !== undefined && !isIsoDate(effective)) fail(`--effective needs a real date written YYYY-MM-DD, not "${effective}".`);
if (formatOption !== undefined && !(formats as readonly string[]).includes(formatOption)) fail(`--format must be one of ${formats.join(', ')}, not "${formatOption}".`);
if (baseUrl !== undefined && !URL.canParse(baseUrl)) fail(`--base-url needs a full address such as https://www.example.org, not "${baseUrl}".`);
if (file === '-' && !formatOption) fail('Say what standard input holds with --format.');

// A web address is fetched here; from then on its bytes, format and final address are imported as a file's would be.
let fetched: FetchedSource | undefined;
if (isAddress(file) && !existsSync(file)) {
	const timeout = option('timeout');
	if (timeout !== undefined && !(Number(timeout) > 0)) fail(`--timeout needs a number of seconds, such as 30, not "${timeout}".`);
	try {
		fetched = await fetchSource(file, { ...(timeout ? { timeoutMs: Number(timeout) * 1000 } : {}), ...(formatOption ? { format: formatOption as Format } : {}) });
	} catch (error) {
		if (!(error instanceof FetchError)) throw error;
		console.error(`${file} ${error.message}. Nothing was written.`);
		process.exit(1);
	}
}
const format = fetched?.format ?? (formatOption as Format | undefined) ?? formatOf(file);
if (!format) fail(`${file} is not a format the importer reads. Save it as HTML, Word (.docx), PDF, Markdown or plain text, or give --format.`);

let content: Buffer;
try {
	content = fetched ? fetched.content : file === '-' ? await readStdin() : await readFile(file);
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	fail(`${file} could not be read${code === 'ENOENT' ? ': there is no such file' : code === 'EISDIR' ? ': it is a folder' : code === 'EACCES' ? ': permission denied' : ''}. Nothing was written.`);
}

async function readStdin(): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

const organisationFile = `content/organisations/${org}.yaml`;
const folder = `content/notices/${org}/${type}`;
const existing = existsSync(folder) ? (await readdir(folder)).map((f) => f.replace(/\.mdx?$/, '')).filter(isIsoDate) : [];
const organisationName = existsSync(organisationFile) ? (parse(await readFile(organisationFile, 'utf8')) as { name?: string } | null)?.name : undefined;
const typeTitle = (parse(await readFile(`content/notice-types/${type}.yaml`, 'utf8')) as { title: string }).title;

let result: Awaited<ReturnType<typeof importNotice>>;
try {
	result = await importNotice({
		content,
		format,
		name: file === '-' ? 'standard input' : file,
		typeTitle,
		today: buildDate(),
		...(effective ? { effective: effective as IsoDate } : {}),
		...(baseUrl || fetched ? { baseUrl: baseUrl ?? fetched!.url } : {}),
		...(organisationName ? { organisationName } : {}),
		existingVersions: existing,
	});
} catch (error) {
	if (error instanceof ImportError) fail(`${file} was not imported: ${(error as Error).message}. Nothing was written.`);
	throw error;
}
const target = versionPath(org, type, result.effective);
if (existsSync(target) && !args.includes('--force')) fail(`${target} already exists: nothing was written. Give --force to replace it, or --effective for another date.`);
const written: string[] = [];
const write = async (path: string, text: string) => {
	await mkdir(dirname(path), { recursive: true });
	await writeFile(path, text);
	written.push(path);
};
await write(target, result.mdx);
if (!existsSync(organisationFile)) {
	await write(organisationFile, result.organisation);
	result.report.todos.push(...placeholders({ path: organisationFile, source: result.organisation }).map((p) => `${organisationFile} line ${p.line}: ${p.message}`));
}
result.report.doubts.unshift(...(fetched?.notes ?? []).map((message) => ({ message })));
result.report.todos = result.report.todos.map((todo) => todo.replace(/^notice line/, `${target} line`));
if (reportPath) await writeFile(reportPath, `${JSON.stringify({ written, ...result.report }, null, 2)}\n`);
console.error(formatImportReport(result.report));
console.log(`Wrote ${written.join(' and ')}. Fill in each TODO, then run npm run check.`);
