// `npm run check [-- --json]`: checks all content without building the site, with the same
// rules as the build. Exits 1 on any error. With --json, prints every problem as JSON, for CI
// annotations and editors' tools.
import { checkContent } from '../src/lib/check/content.ts';
import { formatReport } from '../src/lib/check/problem.ts';
import { readContentFiles } from '../src/lib/check/read.ts';

const json = process.argv.includes('--json');
const started = performance.now();
const { problems } = checkContent(await readContentFiles(process.cwd()));
const errors = problems.filter((p) => p.severity === 'error').length;
const milliseconds = Math.round(performance.now() - started);

if (json) {
	console.log(JSON.stringify({ errors, warnings: problems.length - errors, milliseconds, problems }, null, 2));
} else {
	console.log(problems.length > 0 ? formatReport(problems) : 'No problems found.');
	console.log(`Checked in ${milliseconds} ms.`);
}
process.exit(errors > 0 ? 1 : 0);
