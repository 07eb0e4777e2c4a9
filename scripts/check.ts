// `npm run check [-- --json] [-- --strict]`: checks all content without building the site, with
// the same rules as the build, and reports how each notice covers UK GDPR Articles 13 and 14.
// Exits 1 on any error. --strict (or "noticeboard": { "strict": true } in package.json) makes
// missing checklist items errors. --json prints everything as JSON, for CI annotations.
import { strings } from '../src/i18n/index.ts';
import { checkContent, type NoticeCompleteness } from '../src/lib/check/content.ts';
import { formatReport } from '../src/lib/check/problem.ts';
import { readCheckOptions, readContentFiles } from '../src/lib/check/read.ts';
import { readSiteOptions } from '../src/lib/site-config/load.ts';
import { loadComponents, resolveSite } from '../src/lib/site-config/resolve.ts';
import { readPublishedDates } from '../src/lib/published/git.ts';
import { publishedWarning } from '../src/lib/published/parse.ts';

const root = process.cwd();
const json = process.argv.includes('--json');
const options = await readCheckOptions(root);
if (process.argv.includes('--strict')) options.strict = true;

// The site's settings first: its own components are part of what notices may use.
const { site, problems: settingsProblems } = await resolveSite(await readSiteOptions(root), root);
if (!site) {
	console.error(`The settings of noticeboard() in astro.config.mjs have problems:\n\n${formatReport(settingsProblems)}`);
	process.exit(1);
}
options.components = await loadComponents(site, root);

// When each version was first committed, for the notice period check: git, once.
const gitStarted = performance.now();
const history = readPublishedDates(root);
const gitMilliseconds = Math.round(performance.now() - gitStarted);
options.published = history.dates;
options.noticePeriodDays = site.config.noticePeriod?.days;
const historyWarning = publishedWarning(history, options.noticePeriodDays);
if (historyWarning) console.error(`warning: ${historyWarning}`);

const started = performance.now();
const { problems, completeness, coverage } = checkContent(await readContentFiles(root), options);
const errors = problems.filter((p) => p.severity === 'error').length;
const milliseconds = Math.round(performance.now() - started);

/** "1–4, 6, 9–10": item numbers as ranges. */
function ranges(numbers: number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < numbers.length; i++) {
		let j = i;
		while (numbers[j + 1] === numbers[j]! + 1) j++;
		parts.push(i === j ? `${numbers[i]}` : `${numbers[i]}–${numbers[j]}`);
		i = j;
	}
	return parts.join(', ') || 'none';
}

function summary(notice: NoticeCompleteness): string {
	const by = (status: string) => ranges(notice.items.filter((i) => i.status === status).map((i) => i.item));
	return `  ${notice.org}/${notice.type} (${notice.effective}): present ${by('present')}; missing ${by('missing')}; not applicable ${by('not-applicable')}`;
}

if (json) {
	console.log(JSON.stringify({ errors, warnings: problems.length - errors, milliseconds, problems, completeness, translations: coverage }, null, 2));
} else {
	console.log(problems.length > 0 ? formatReport(problems) : 'No problems found.');
	console.log('\nUK GDPR completeness (checklist items 1–15; npm run check -- --json gives titles and Articles):');
	for (const notice of completeness) console.log(summary(notice));
	// A translation's facts are its version's in other words (the check holds them to it), so its
	// UK GDPR completeness is its version's: what each language lacks is translations.
	console.log('\nTranslations (a translation covers the checklist as its version does):');
	for (const { language, versions, newest } of coverage) {
		console.log(`  ${strings('en').meta.languageNames[language]} (${language}): ${versions.translated} of ${versions.of} versions; ${newest.translated} of ${newest.of} notices' newest versions`);
	}
	console.log(`\nChecked in ${milliseconds} ms${history.dates ? `, after reading published dates from git in ${gitMilliseconds} ms` : ''}.`);
}
process.exit(errors > 0 ? 1 : 0);
