import { expect, test } from '@playwright/test';
import axe from 'axe-core';
import { builtPages } from '../pages.ts';

/**
 * Rules turned off for named nodes only, each with its reason. Empty today: add an entry here,
 * never a global rule switch, and link the reason.
 */
const EXCLUDED_NODES: { selector: string; reason: string }[] = [];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every page is checked in each colour scheme, on a desktop and on the narrowest phone. */
const MODES = [
	{ colorScheme: 'light', width: 1280 },
	{ colorScheme: 'dark', width: 1280 },
	{ colorScheme: 'light', width: 320 },
	{ colorScheme: 'dark', width: 320 },
] as const;

// axe-core is injected once per page and run in each mode in turn, rather than through
// @axe-core/playwright, which injects it again and opens a blank page for every run: four times
// fewer injections and no extra pages make the suite about three times faster
// (docs/decisions/0004-accessibility-test.md).
for (const path of builtPages()) {
	test(`${path} has no accessibility violations in light and dark, at 1280 px and 320 px`, async ({ page }) => {
		const response = await page.goto(path);
		// The 404 page is served with a 404 status by some hosts; every other page must load.
		if (!path.startsWith('/404')) expect(response?.status()).toBe(200);
		await page.addScriptTag({ content: axe.source });
		const report: string[] = [];
		for (const { colorScheme, width } of MODES) {
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme });
			const violations = await page.evaluate(
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
			for (const violation of violations) {
				for (const node of violation.nodes) {
					report.push(
						`${path} (${colorScheme}, ${width} px)  ${violation.id} (${violation.impact}): ${violation.help}\n    at ${node.target}\n    ${node.summary.replace(/\n/g, '\n    ')}`,
					);
				}
			}
		}
		expect(report, report.join('\n\n')).toEqual([]);
	});
}

declare global {
	interface Window {
		axe: typeof axe;
	}
}
