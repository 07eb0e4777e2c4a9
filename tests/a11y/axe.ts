import type { Page } from '@playwright/test';
import axe from 'axe-core';
import { AXE_TAGS, COLOR_SCHEMES, WIDTHS } from '../../src/lib/accessibility/method.ts';

/**
 * Rules turned off for named nodes only, each with its reason. Empty today: add an entry here,
 * never a global rule switch, and link the reason.
 */
export const EXCLUDED_NODES: { selector: string; reason: string }[] = [];

/** The axe-core rules run: WCAG 2.0, 2.1 and 2.2 A and AA, and best practice (src/lib/accessibility/method.ts). */
export const TAGS: readonly string[] = AXE_TAGS;

/**
 * The annotation that marks a test of one built page as built, with its address: the record of a
 * run (record-reporter.ts) counts a run complete only when every built page has its test.
 */
export const PAGE_ANNOTATION = 'accessibility-page';

/** Every page is checked in each colour scheme, on a desktop and on the narrowest phone. */
export const MODES = WIDTHS.flatMap((width) => COLOR_SCHEMES.map((colorScheme) => ({ colorScheme, width })));

/**
 * Runs axe-core on the page as it is now, in each mode in turn, and returns every violation as
 * a line naming the page, mode, rule and node. axe-core is injected once and run four times,
 * rather than through @axe-core/playwright, which injects it again and opens a blank page for
 * every run (docs/decisions/0004-accessibility-test.md).
 */
export async function violations(page: Page, label: string): Promise<string[]> {
	await page.addScriptTag({ content: axe.source });
	const report: string[] = [];
	for (const { colorScheme, width } of MODES) {
		await page.setViewportSize({ width, height: 900 });
		await page.emulateMedia({ colorScheme });
		const found = await page.evaluate(
			async ({ tags, exclude }) => {
				const results = await window.axe.run(
					{ include: [['html']], exclude: exclude.map((selector) => [selector]) },
					{ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
				);
				return results.violations.map((v) => ({
					id: v.id,
					impact: v.impact,
					help: v.help,
					nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
				}));
			},
			{ tags: [...TAGS], exclude: EXCLUDED_NODES.map((n) => n.selector) },
		);
		for (const violation of found) {
			for (const node of violation.nodes) {
				report.push(
					`${label} (${colorScheme}, ${width} px)  ${violation.id} (${violation.impact}): ${violation.help}\n    at ${node.target}\n    ${node.summary.replace(/\n/g, '\n    ')}`,
				);
			}
		}
	}
	return report;
}

declare global {
	interface Window {
		axe: typeof axe;
	}
}
