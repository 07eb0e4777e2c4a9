import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILT_IN_COMPONENTS } from '../../src/lib/components/registry.ts';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('\n## Components\n'), readme.indexOf('\n## Importing existing notices\n'));

describe('the README', () => {
	test('documents every component notices may use, in its Components section', () => {
		const missing = BUILT_IN_COMPONENTS.filter((component) => !new RegExp(`\`<${component.name}[ >/]`).test(section));
		expect(missing.map((c) => c.name)).toEqual([]);
	});

	test('documents every prop of every component', () => {
		for (const component of BUILT_IN_COMPONENTS) {
			const props = Object.keys((component.props as { shape?: object }).shape ?? {});
			for (const prop of props) expect(section, `${component.name}'s ${prop}`).toMatch(new RegExp(`\`${prop}(="…"|=")?`));
		}
	});
});
