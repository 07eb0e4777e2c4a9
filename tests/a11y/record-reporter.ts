import type { FullConfig, FullResult, Reporter, Suite, TestCase } from '@playwright/test/reporter';
import axe from 'axe-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { recordOfRun, recordPath, type TestOutcome } from '../../src/lib/accessibility/record.ts';
import { builtPages, DIST } from '../pages.ts';
import { MODES, PAGE_ANNOTATION, TAGS } from './axe.ts';

/** The Playwright project whose tests the record reports (playwright.config.ts). */
const PROJECT = 'a11y';

/**
 * Writes the record of a complete accessibility test run (src/lib/accessibility/record.ts) for the
 * next build's accessibility statement: the date, the pages and checks, and what failed. A run of
 * only some pages writes nothing, so the last complete run's record stands.
 */
export default class AccessibilityRecordReporter implements Reporter {
	private tests: TestCase[] = [];
	private root = process.cwd();

	onBegin(config: FullConfig, suite: Suite): void {
		if (config.configFile) this.root = dirname(config.configFile);
		this.tests = suite.allTests().filter((test) => test.parent.project()?.name === PROJECT);
	}

	onEnd(result: FullResult): void {
		if (this.tests.length === 0) return;
		const outcomes: TestOutcome[] = this.tests.map((test) => {
			const outcome = test.outcome();
			return {
				page: test.annotations.find((a) => a.type === PAGE_ANNOTATION)?.description,
				title: test.title,
				// A test that passed only on a retry found a failure once: it is not a pass.
				status: outcome === 'expected' ? 'passed' : outcome === 'skipped' ? 'skipped' : 'failed',
			};
		});
		const { record, skipped } = recordOfRun(outcomes, {
			builtPages: builtPages(join(this.root, DIST)),
			runStatus: result.status,
			finishedAt: new Date(),
			colorSchemes: [...new Set(MODES.map((m) => m.colorScheme))],
			widths: [...new Set(MODES.map((m) => m.width))],
			tags: TAGS,
			axeVersion: axe.version,
			commit: gitCommit(this.root),
		});
		const given = recordPath();
		const file = isAbsolute(given) ? given : join(this.root, given);
		const shown = relative(this.root, file) || file;
		if (!record) {
			console.log(`\nAccessibility test record: ${shown} not written, since ${skipped}; a run of every page writes it.`);
			return;
		}
		mkdirSync(dirname(file), { recursive: true });
		// Written beside and renamed, so a build never reads half a record.
		writeFileSync(`${file}.tmp`, `${JSON.stringify(record, null, '\t')}\n`);
		renameSync(`${file}.tmp`, file);
		const summary = record.outcome === 'passed' ? `no failures on ${record.pages} pages` : `failures on ${record.failed.length} of ${record.pages} pages and states`;
		console.log(`\nAccessibility test record: ${summary} (${record.checks} checks) on ${record.date}, written to ${shown}.`);
	}

	printsToStdio(): boolean {
		return false;
	}
}

/** The commit the tests ran on, when the project is a git repository with git installed. */
function gitCommit(root: string): string | undefined {
	try {
		return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
	} catch {
		return undefined;
	}
}
