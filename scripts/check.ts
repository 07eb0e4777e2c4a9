// `npm run check`: checks all content without building the site, with the same rules as the build.
import { checkContent } from '../src/lib/check/content.ts';
import { formatReport } from '../src/lib/check/problem.ts';
import { readContentFiles } from '../src/lib/check/read.ts';

const started = performance.now();
const { problems } = checkContent(await readContentFiles(process.cwd()));
console.log(problems.length > 0 ? formatReport(problems) : 'No problems found.');
console.log(`Checked in ${Math.round(performance.now() - started)} ms.`);
process.exit(problems.some((p) => p.severity === 'error') ? 1 : 0);
