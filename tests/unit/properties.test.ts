import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { describe, expect, test } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/check/content.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { checkSafety, componentProblems, violationProblems } from '../../src/lib/check/safety.ts';
import { builtInComponents } from '../../src/lib/components/registry.ts';
import { publishedBody } from '../../src/lib/markdown/publish.ts';
import { componentOptionsFor, renderNotice } from '../../src/lib/markdown/render.ts';
import { publishedSchema } from '../../src/lib/safety/allow-list.ts';
import { isAllowedLink, isLocalResource } from '../../src/lib/safety/url.ts';
import { noticeSchema } from '../../src/schemas/notice.ts';
import { parse } from 'yaml';
import { bodyArbitrary, mutationArbitrary, oneTrickArbitrary, PNG } from './property-arbitraries.ts';

// Property-based tests of the allow-list, over generated and mutated notices. CI runs them with a
// fixed seed; run more locally with NOTICEBOARD_PROPERTY_RUNS=20000 NOTICEBOARD_PROPERTY_SEED=<n>.
const runs = Number(process.env['NOTICEBOARD_PROPERTY_RUNS'] ?? 300);
const seed = Number(process.env['NOTICEBOARD_PROPERTY_SEED'] ?? 20261201);
const settings = { numRuns: runs, seed, endOnFailure: true };

// The fixture site, with the example site's glossary and a DPO, so the example notices' components can render.
const fixture = await readContentFiles('tests/fixtures/base');
const trust = fixture.find((f) => f.path === 'content/organisations/trust.yaml')!;
const base: ContentFile[] = [
	...fixture.filter((f) => f !== trust),
	{ path: trust.path, source: `${Buffer.from(trust.source).toString("utf8")}dpo:\n  email: dpo@trust.example\n` },
	{ path: 'content/glossary.yaml', source: readFileSync('content/glossary.yaml', 'utf8') },
];
const image: ContentFile = { path: 'content/images/trust/logo.png', source: PNG };
const examples = readdirSync('content/notices', { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.mdx'))
	.sort()
	.map((file) => readFileSync(join('content/notices', file), 'utf8'));

// The fixture site's organisation, as the check and the build give it to an .mdx body's components.
const site = checkContent(base);
const organisation = site.organisations.find((o) => o.slug === 'trust')!.data;
/** A version's facts as the build has them: its frontmatter's, where they are valid. */
const factsOf = (source: string) => {
	const front = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1];
	const parsed = front === undefined ? undefined : noticeSchema.safeParse((() => { try { return parse(front); } catch { return undefined; } })());
	return parsed?.success ? parsed.data.facts : undefined;
};
const componentsFor = (file: string, source: string) => componentOptionsFor(file, builtInComponents, { facts: factsOf(source), organisation, glossary: site.glossary, base: '/' });

const frontmatter = '---\ntitle: Website privacy notice\nsummary: How Example Trust uses information about visitors.\nchangeClass: minor\nchangeNote: We reworded a section.\n---\n\n';
const fileOf = (extension: string) => `content/notices/trust/website/2025-06-01.${extension}`;

/** What the check says of a site with this one version added. */
function check(file: string, source: string) {
	const { problems } = checkContent([...base, image, { path: file, source }]);
	return problems.filter((p) => p.severity === 'error' && p.file === file);
}

/** What the build's render does with the file: its body, or the allow-list's refusal. */
function build(file: string, source: string): { html: string } | { refused: string } {
	try {
		return { html: publishedBody(file, source, '/', componentsFor(file, source)).html };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		// Any other exception is a crash, and fails the property.
		if (!message.startsWith(`${file} was not published: `)) throw error;
		return { refused: message };
	}
}

/** What in published HTML, parsed as a browser parses it, the allow-list would not publish. */
function unpublishable(html: string): string[] {
	const tree = fromHtml(html, { fragment: true });
	const found: string[] = [];
	if (JSON.stringify(sanitize(tree, publishedSchema)) !== JSON.stringify(tree)) found.push('hast-util-sanitize changes the tree');
	const visit = (node: Nodes) => {
		if (node.type === 'element') {
			const { href, src } = (node as Element).properties;
			if (typeof href === 'string' && !isAllowedLink(href)) found.push(`href ${href}`);
			if (src !== undefined && !isLocalResource(String(src))) found.push(`src ${String(src)}`);
		}
		if ('children' in node) node.children.forEach(visit);
	};
	visit(tree);
	return found;
}

const notices = fc.oneof(
	fc.record({ extension: fc.constantFrom('md', 'mdx'), source: bodyArbitrary.map((body) => frontmatter + body) }),
	fc.record({ extension: fc.constant('mdx'), source: mutationArbitrary(examples) }),
	fc.record({ extension: fc.constantFrom('md', 'mdx'), source: oneTrickArbitrary.map((body) => frontmatter + body) }),
);

// Each run checks a small site and renders one notice: a few milliseconds.
describe('generated and mutated notices', { timeout: Math.max(60_000, runs * 200) }, () => {
	test('never crash the check or the build', () => {
		fc.assert(
			fc.property(notices, ({ extension, source }) => {
				check(fileOf(extension), source);
				build(fileOf(extension), source);
			}),
			settings,
		);
	});

	test('when the check passes, publish HTML that passes the allow-list', () => {
		let passed = 0;
		fc.assert(
			fc.property(notices, ({ extension, source }) => {
				const file = fileOf(extension);
				if (check(file, source).length > 0) return;
				passed++;
				const built = build(file, source);
				expect(built).toHaveProperty('html');
				if ('html' in built) expect(unpublishable(built.html)).toEqual([]);
			}),
			settings,
		);
		// The property says nothing unless enough samples pass the check.
		console.log(`${passed} of ${runs} samples passed the check`);
		expect(passed).toBeGreaterThan(runs / 5);
	});

	test('are refused by the build exactly where the check refuses them, with the same problems', () => {
		fc.assert(
			fc.property(notices, ({ extension, source }) => {
				const file = fileOf(extension);
				const body = renderNotice(source, '/', componentsFor(file, source));
				const rendered = [...componentProblems(file, body.problems), ...violationProblems(file, source, body.violations)];
				expect(checkSafety(file, source, componentsFor(file, source))).toEqual(rendered);
				const refusedByBuild = 'refused' in build(file, source);
				const safetyErrors = check(file, source).filter((p) => rendered.some((r) => r.message === p.message));
				expect(refusedByBuild).toBe(safetyErrors.length > 0);
			}),
			settings,
		);
	});
});
