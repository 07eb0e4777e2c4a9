import type { Page } from '@playwright/test';
import axe from 'axe-core';

/**
 * Rules turned off for named nodes only, each with its reason. Empty today: add an entry here,
 * never a global rule switch, and link the reason.
 */
export const EXCLUDED_NODES: { selector: string; reason: string }[] = [];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every page is checked in each colour scheme, on a desktop and on the narrowest phone. */
export const MODES = [
	{ colorScheme: 'light', width: 1280 },
	{ colorScheme: 'dark', width: 1280 },
	{ colorScheme: 'light', width: 320 },
	{ colorScheme: 'dark', width: 320 },
] as const;

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
			{ tags: TAGS, exclude: EXCLUDED_NODES.map((n) => n.selector) },
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
