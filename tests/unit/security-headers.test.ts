import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { devCsp, HEADER_CSP, metaCsp, PAGE_SCRIPTS, SECURITY_HEADERS, headersFile } from '../../src/lib/security-headers.ts';
import { apacheConfig, nginxConfig } from '../../src/lib/server-config.ts';

/** The policy as a map from directive name to its sources. */
const directives = (policy: string) =>
	new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));

describe.each(PAGE_SCRIPTS)('the content security policy of a page that runs %s', (scripts) => {
	const meta = directives(metaCsp(scripts));

	test('refuses everything that is not allowed by name', () => {
		expect(meta.get('default-src')).toEqual(["'none'"]);
		expect(meta.get('object-src')).toEqual(["'none'"]);
		expect(meta.get('base-uri')).toEqual(["'none'"]);
		expect(meta.get('form-action')).toEqual(["'self'"]);
	});

	test('allows no inline script or style, and nothing from another host', () => {
		for (const [name, sources] of meta) {
			expect(sources, name).not.toContain("'unsafe-inline'");
			expect(sources, name).not.toContain("'unsafe-eval'");
			for (const source of sources) expect(source, `${name} ${source}`).toMatch(/^'[a-z-]+'$/);
		}
		expect(meta.get('img-src')).toEqual(["'self'"]);
	});

	test('allows no more than the header policy, which every page is served with', () => {
		const header = directives(HEADER_CSP);
		for (const [name, sources] of meta) for (const source of sources.filter((s) => s !== "'none'")) expect(header.get(name), name).toContain(source);
		expect(meta.has('frame-ancestors')).toBe(false);
	});
});

describe('the content security policies', () => {
	test('let reading pages run nothing, a history page its own script, and only the search page WebAssembly and fetches', () => {
		const scriptsOf = (scripts: (typeof PAGE_SCRIPTS)[number]) => directives(metaCsp(scripts)).get('script-src');
		expect(scriptsOf('none')).toEqual(["'none'"]);
		expect(scriptsOf('own')).toEqual(["'self'"]);
		expect(scriptsOf('search')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(directives(metaCsp('own')).get('connect-src')).toEqual(["'none'"]);
		expect(directives(metaCsp('search')).get('connect-src')).toEqual(["'self'"]);
	});

	test('the header policy is the search page\'s with frame-ancestors added', () => {
		expect(HEADER_CSP).toBe(`${metaCsp('search')}; frame-ancestors 'none'`);
	});
});

describe('the _headers file', () => {
	test('gives every address of a site at the root every security header', () => {
		const lines = headersFile('/').split('\n');
		expect(lines).toContain('/*');
		for (const [name, value] of SECURITY_HEADERS) expect(lines).toContain(`  ${name}: ${value}`);
	});

	test('covers only the base path when the site is served from a sub-folder', () => {
		const rules = headersFile('/policies/').split('\n').filter((line) => line.startsWith('/'));
		expect(rules).toEqual(['/policies/*']);
		expect(headersFile('/policies').split('\n')).toContain('/policies/*');
	});
});

describe('the web server configuration', () => {
	test('nginx sends every header under the base path, error pages included', () => {
		const config = nginxConfig('/policies/');
		expect(config.split('\n')[0]).toBe('location /policies/ {');
		for (const [name, value] of SECURITY_HEADERS) expect(config).toContain(`add_header ${name} "${value}" always;`);
	});

	test('Apache sends every header under the base path, error pages included', () => {
		const config = apacheConfig('/policies/');
		expect(config.split('\n')[0]).toBe('<Location "/policies/">');
		for (const [name, value] of SECURITY_HEADERS) expect(config).toContain(`Header always set ${name} "${value}"`);
	});

	test('the README shows the lines the code would write, so the two never drift', () => {
		const readme = readFileSync('README.md', 'utf8');
		expect(readme).toContain(nginxConfig('/'));
		expect(readme).toContain(apacheConfig('/'));
	});
});

describe('the policy of pages served by astro dev', () => {
	test('lets the dev server’s client and styles run, and still loads nothing from another host', () => {
		for (const scripts of PAGE_SCRIPTS) {
			const dev = directives(devCsp(scripts));
			expect(dev.get('script-src')).toContain("'self'");
			expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
			expect(dev.get('connect-src')).toEqual(["'self'"]);
			for (const [name, values] of directives(metaCsp(scripts))) {
				if (!['script-src', 'style-src', 'connect-src'].includes(name)) expect(dev.get(name), name).toEqual(values);
			}
			expect(devCsp(scripts)).not.toMatch(/https?:|\*|'unsafe-eval'/);
		}
	});
});
