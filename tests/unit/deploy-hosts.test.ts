import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, test } from 'vitest';

// The settings that Netlify and Cloudflare Pages read from the repository.

interface NetlifyConfig {
	build?: { command?: string; publish?: string; environment?: Record<string, string> };
	headers?: unknown;
}

const netlify = parse(readFileSync('netlify.toml', 'utf8')) as NetlifyConfig;
const nodeVersionFile = readFileSync('.node-version', 'utf8').trim();
const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;

/** [major, minor, patch] of "24", "22.12" or ">=22.12.0"; what is not written counts as 0, the lowest it allows. */
const versionOf = (version: string) => [...(version.replace(/^>=\s*/, '').split('.').map(Number)), 0, 0].slice(0, 3);
const atLeast = (version: string, minimum: string) => {
	const [a, b] = [versionOf(version), versionOf(minimum)];
	const differs = a.findIndex((part, i) => part !== b[i]);
	return differs === -1 || a[differs]! > b[differs]!;
};

describe('netlify.toml', () => {
	test('publishes dist/ after checking the content and building', () => {
		expect(netlify.build?.publish).toBe('dist');
		const parts = netlify.build?.command?.split('&&').map((part) => part.trim()) ?? [];
		expect(parts[0]).toBe('npm run check');
		expect(parts.at(-1)).toMatch(/(^|\s)npm run build$/);
	});

	test('builds for the site\'s main Netlify address unless SITE_URL is set', () => {
		expect(netlify.build?.command).toContain('SITE_URL="${SITE_URL:-$URL}" npm run build');
	});

	test('asks for a Node that Astro 7 and package.json accept, the same one .node-version names', () => {
		const node = netlify.build?.environment?.['NODE_VERSION'] ?? '';
		expect(engines).toMatch(/^>=\d+\.\d+\.\d+$/);
		expect(atLeast(node, engines), `${node} against ${engines}`).toBe(true);
		expect(node).toBe(nodeVersionFile);
	});

	test('leaves the security headers to the _headers file the build writes, so they have one source', () => {
		expect(netlify.headers).toBeUndefined();
	});
});

describe('.node-version, which Cloudflare Pages and Netlify read', () => {
	test('names a Node that package.json accepts', () => {
		expect(nodeVersionFile).toMatch(/^\d+(\.\d+){0,2}$/);
		expect(atLeast(nodeVersionFile, engines)).toBe(true);
	});
});

describe('comparing Node versions', () => {
	test('takes a major version alone as its lowest release, and compares part by part', () => {
		expect(atLeast('24', '>=22.12.0')).toBe(true);
		expect(atLeast('22', '>=22.12.0')).toBe(false);
		expect(atLeast('22.12', '>=22.12.0')).toBe(true);
		expect(atLeast('22.11.9', '>=22.12.0')).toBe(false);
		expect(atLeast('23.0.0', '>=22.12.0')).toBe(true);
	});
});
