import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../pages.ts';

/**
 * Rules turned off for named nodes only, each with its reason. Empty today: add an entry here,
 * never a global `disableRules`, and link the reason.
 */
const EXCLUDED_NODES: { selector: string; reason: string }[] = [];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const path of builtPages()) {
	test(`${path} has no accessibility violations`, async ({ page }) => {
		const response = await page.goto(path);
		// The 404 page is served with a 404 status by some hosts; every other page must load.
		if (!path.startsWith('/404')) expect(response?.status()).toBe(200);
		let axe = new AxeBuilder({ page }).withTags(TAGS);
		for (const { selector } of EXCLUDED_NODES) axe = axe.exclude(selector);
		const { violations } = await axe.analyze();
		const report = violations.flatMap((violation) =>
			violation.nodes.map(
				(node) => `${path}  ${violation.id} (${violation.impact}): ${violation.help}\n    at ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`,
			),
		);
		expect(report, report.join('\n\n')).toEqual([]);
	});
}
