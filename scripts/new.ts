// `npm run new -- organisation <slug>`, `npm run new -- notice <org> <type>`,
// `npm run new -- version <org> <type> [--effective YYYY-MM-DD]`: writes a scaffold to fill in,
// and prints its path. `npm run check` then lists each "TODO" still to fill in.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parse } from 'yaml';
import { noticeScaffold, organisationScaffold, versionPath, versionScaffold } from '../src/lib/scaffold.ts';
import { buildDate, isIsoDate } from '../src/lib/dates.ts';

const USAGE = `Usage:
  npm run new -- organisation <slug>
  npm run new -- notice <organisation> <notice type>
  npm run new -- version <organisation> <notice type> [--effective YYYY-MM-DD]`;

function fail(message: string): never {
	console.error(`${message}\n\n${USAGE}`);
	process.exit(1);
}

async function write(path: string, text: string) {
	if (existsSync(path)) fail(`${path} already exists: nothing was written.`);
	await mkdir(dirname(path), { recursive: true });
	await writeFile(path, text);
	console.log(`Wrote ${path}. Fill in each TODO, then run npm run check.`);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const args = process.argv.slice(2);
const [kind, org, type] = args;
const needs = (path: string, what: string) => {
	if (!existsSync(path)) fail(`There is no ${what} (${path}).`);
};

if (kind === 'organisation') {
	if (!org || !SLUG.test(org)) fail('Give the organisation a slug: lowercase letters, digits and hyphens, such as north-ashcombe-council.');
	await write(`content/organisations/${org}.yaml`, organisationScaffold());
} else if (kind === 'notice') {
	if (!org || !type) fail('Say which organisation and notice type.');
	needs(`content/organisations/${org}.yaml`, `organisation "${org}"`);
	needs(`content/notice-types/${type}.yaml`, `notice type "${type}"`);
	const { name } = parse(await readFile(`content/organisations/${org}.yaml`, 'utf8')) as { name: string };
	const { title } = parse(await readFile(`content/notice-types/${type}.yaml`, 'utf8')) as { title: string };
	await write(versionPath(org, type, buildDate()), noticeScaffold(name, title));
} else if (kind === 'version') {
	if (!org || !type) fail('Say which organisation and notice type.');
	const folder = `content/notices/${org}/${type}`;
	needs(folder, `notice "${org}/${type}"`);
	const flag = args.indexOf('--effective');
	const effective = flag === -1 ? buildDate() : args[flag + 1];
	if (!effective || !isIsoDate(effective)) fail(`--effective needs a real date written YYYY-MM-DD, not "${effective ?? ''}".`);
	const dates = (await readdir(folder)).map((f) => f.replace(/\.mdx?$/, '')).filter(isIsoDate).sort();
	// The current version is the latest on or before the new date: that is what the new one changes.
	const current = dates.filter((d) => d < effective).at(-1);
	if (!current) fail(`Every version of ${org}/${type} is dated on or after ${effective}: choose a later date.`);
	const source = existsSync(`${folder}/${current}.mdx`) ? `${folder}/${current}.mdx` : `${folder}/${current}.md`;
	await write(versionPath(org, type, effective), versionScaffold(await readFile(source, 'utf8')));
} else {
	fail(kind ? `Unknown scaffold "${kind}".` : 'Say what to create.');
}
