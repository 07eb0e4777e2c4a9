import { describe, expect, test } from 'vitest';
import { themeCss } from '../../src/lib/site-config/settings.ts';

describe('the accent colour', () => {
	test('colours buttons in light mode only, so dark mode keeps its light buttons with dark text', () => {
		const css = themeCss({ light: '#133a5e', dark: '#0b2338' });
		expect(css).toContain('@media not (prefers-color-scheme: dark) { :root { --nb-color-button: #133a5e; } }');
		expect(css).not.toMatch(/@media \(prefers-color-scheme: dark\) \{ :root \{[^}]*--nb-color-button/);
	});
});
