// Checks every built HTML page with the Nu HTML Checker (vnu.jar, from the npm package vnu-jar),
// in one Java run for all the folders given, and names each invalid page with its errors. With
// `--json <file>` it writes `{ passed, failed }`, one per page, for `npm test`'s totals.
//   node scripts/validate-html.ts [--json test-results/html.json] dist dist-policies
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { builtPages } from '../tests/pages.ts';

interface VnuMessage {
	type: string;
	url?: string;
	message: string;
	lastLine?: number;
	lastColumn?: number;
}

const { values, positionals } = parseArgs({ options: { json: { type: 'string' } }, allowPositionals: true });
const folders = positionals.length > 0 ? positionals : ['dist'];

/** Ends the check: prints why when it failed, and writes the totals when asked for. */
function finish(passed: number, failed: number, why?: string): never {
	if (why) console.error(why);
	console.log(`HTML validity: ${passed} pages valid, ${failed} ${why ? 'failed' : 'invalid'}`);
	if (values.json) writeFileSync(values.json, JSON.stringify({ passed, failed }));
	process.exit(failed === 0 ? 0 : 1);
}

const missing = folders.filter((folder) => !existsSync(folder));
if (missing.length > 0) finish(0, 1, `Nothing to check in ${missing.join(', ')}: build the site first (npm test builds dist/ and dist-policies/).`);

// Without Java the check must fail, not pass with nothing checked.
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error || java.status !== 0) {
	finish(0, 1, 'Java is needed to check the HTML: the Nu HTML Checker (vnu.jar) runs on it, and none was found on the PATH.\n' +
		'Install Java 11 or later, on Debian with: apt-get install openjdk-17-jre-headless');
}

// vnu-jar's main export is the path of vnu.jar; it is a CommonJS package.
const jar = String(createRequire(import.meta.url)('vnu-jar'));
const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', ...folders], {
	encoding: 'utf8',
	maxBuffer: 64 * 1024 * 1024,
});
let messages: VnuMessage[];
try {
	// The JSON report goes to standard error; the exit status is 1 whenever there is an error.
	messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
} catch {
	finish(0, 1, `The Nu HTML Checker did not report in JSON (exit status ${run.status}):\n${run.stderr}${run.stdout}`);
}

// Every message, by the page it is on, as `dist/search/` for dist/search/index.html.
const byPage = new Map<string, string[]>();
const unplaced: string[] = [];
for (const m of messages) {
	const text = `${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.type}: ${m.message}`;
	if (!m.url?.startsWith('file:')) {
		unplaced.push(text);
		continue;
	}
	const page = relative('.', fileURLToPath(m.url)).replace(/(^|\/)index\.html$/, '$1');
	byPage.set(page, [...(byPage.get(page) ?? []), text]);
}

// The same names for every built page, from the folders as given (`./dist` or an absolute path too).
const pages = new Set(folders.flatMap((folder) => builtPages(folder).map((path) => `${relative('.', resolve(folder))}${path}`)));
for (const [page, texts] of byPage) {
	console.error(`\n${page}\n${texts.map((t) => `  ${t}`).join('\n')}`);
	// A message on a file that is not a built page would otherwise count for nothing.
	if (!pages.has(page)) unplaced.push(`${page} is not a built page`);
}
if (unplaced.length > 0) console.error(`\nNot on any built page:\n${unplaced.map((t) => `  ${t}`).join('\n')}`);
const invalid = [...pages].filter((page) => byPage.has(page)).length;
finish(pages.size - invalid, invalid + (unplaced.length > 0 ? 1 : 0));
