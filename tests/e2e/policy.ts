import type { Page } from '@playwright/test';

/**
 * Records every breach of the Content Security Policy on `page` from its first script on: each
 * `securitypolicyviolation` event, and each console error that names the policy (Chromium reports
 * some refusals, such as a malformed policy, only there). Call before the first `goto`; the
 * returned function waits for events still queued and lists what was refused on the page open
 * now, and since the last call.
 */
export async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
	const consoleErrors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) consoleErrors.push(`console: ${message.text()}`);
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { nbPolicyViolations: string[] }).nbPolicyViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
		});
	});
	return async () => {
		// Violation events are dispatched as tasks of their own: let any still queued run first.
		const events = await page.evaluate(async () => {
			await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
			return (window as unknown as { nbPolicyViolations: string[] }).nbPolicyViolations;
		});
		return [...events, ...consoleErrors.splice(0)];
	};
}
