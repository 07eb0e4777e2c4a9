import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { FLOW_COMPONENTS, usesComponents } from '../../scripts/corpus-components.ts';
import { generateCorpus, readNoticeTypes, wordCount, type CorpusFile } from '../../scripts/generate-corpus.ts';
import { checkContent } from '../../src/lib/check/content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';

/** The parts of a version's facts that change notes speak of. */
type Facts = { purposes: { purpose: string; data: string[]; retention: string; recipients: string[] }[] };

const types = readNoticeTypes('content/notice-types');
const corpus = generateCorpus({ notices: 12, versions: 3, seed: 7, types, components: 0 });
const notices = corpus.filter((file) => file.path.startsWith('content/notices/'));
const withComponents = generateCorpus({ notices: 12, versions: 3, seed: 7, types, components: 0.5 });
const frontmatter = (file: CorpusFile) => parse(file.source.split('\n---\n')[0]!.slice(4)) as { changeNote?: string; facts: Facts };
const bodyOf = (file: CorpusFile) => file.source.slice(file.source.indexOf('\n---\n') + 5);
const componentVersions = withComponents.filter((file) => file.path.startsWith('content/notices/') && usesComponents(file.source));
const slugify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

describe('the bench corpus', () => {
	test('passes the content check with no errors and no warnings, facts included, without components', () => {
		const result = checkContent(corpus);
		// Its tables say what its facts say, as an editor's do before they use the components.
		expect(result.problems.filter((p) => !p.message.includes(' repeats what ')).map(formatProblem)).toEqual([]);
		expect(notices.every((file) => /\nfacts:\n {2}collection: direct\n/.test(file.source))).toBe(true);
	});

	test('is the same for the same seed, and different for another', () => {
		expect(generateCorpus({ notices: 12, versions: 3, seed: 7, types, components: 0.5 })).toEqual(withComponents);
		expect(generateCorpus({ notices: 12, versions: 3, seed: 8, types, components: 0.5 })).not.toEqual(withComponents);
	});

	test('has notices of about 3,000 words with tables, nested lists and footnotes', () => {
		for (const file of notices) {
			const body = bodyOf(file);
			expect(wordCount(body)).toBeGreaterThanOrEqual(3000);
			expect(body).toMatch(/^\| .* \|$/m);
			expect(body).toMatch(/^ {2,3}- /m);
		}
		expect(notices.some((file) => /\[\^1\]: /.test(file.source))).toBe(true);
	});

	test('gives each later version a change note, and text that differs from the one before', () => {
		const byNotice = Map.groupBy(notices, (file) => file.path.split('/').slice(0, 4).join('/'));
		expect(byNotice.size).toBe(12);
		for (const versions of byNotice.values()) {
			expect(versions).toHaveLength(3);
			versions.slice(1).forEach((version, i) => {
				expect(version.source).toMatch(/\nchangeNote: /);
				expect(version.source).not.toBe(versions[i]!.source);
			});
		}
	});

	test('gives change notes that are true of the facts of the version they describe', () => {
		const claims: [RegExp, (facts: Facts, m: RegExpMatchArray) => boolean][] = [
			[/We now use (.+? Ltd) to /g, (f, m) => f.purposes.some((p) => p.recipients.includes(m[1]!))],
			[/We changed how long we keep (.+?) from .+? to (.+?)\./g, (f, m) => f.purposes.some((p) => p.retention.toLowerCase() === `${m[2]} (${m[1]})`)],
			[/We added a new purpose, “(.+?)”/g, (f, m) => f.purposes.some((p) => p.purpose === m[1])],
			[/We now also collect (.+?) when /g, (f, m) => f.purposes.some((p) => p.data.includes(m[1]!))],
		];
		let checked = 0;
		for (const file of notices) {
			const { changeNote, facts } = frontmatter(file);
			for (const [pattern, holds] of claims) {
				for (const m of changeNote?.matchAll(pattern) ?? []) {
					expect(holds(facts, m), `${file.path}: ${m[0]}`).toBe(true);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(10);
	});
});

describe('the bench corpus with components', () => {
	test('uses components in a whole notice or not at all, in the fraction of notices asked for', () => {
		const byNotice = Map.groupBy(withComponents.filter((file) => file.path.startsWith('content/notices/')), (file) => file.path.split('/').slice(0, 4).join('/'));
		const using = [...byNotice.values()].filter((versions) => versions.every((file) => usesComponents(file.source)));
		const notUsing = [...byNotice.values()].filter((versions) => !versions.some((file) => usesComponents(file.source)));
		expect([using.length, notUsing.length]).toEqual([6, 6]);
	});

	test('gives each version the same facts and change note with components as without', () => {
		const plain = new Map(notices.map((file) => [file.path, frontmatter(file)]));
		expect(componentVersions.length).toBeGreaterThan(0);
		for (const file of componentVersions) expect(frontmatter(file), file.path).toEqual(plain.get(file.path));
	});

	test('shows the purposes, retention and processors tables with facts components instead', () => {
		for (const file of componentVersions) {
			const body = bodyOf(file);
			expect(body, file.path).not.toMatch(/^\| /m);
			for (const tag of ['<PurposesTable />', '<RetentionTable />', '<Recipients />', '<Rights />', '<Contact />']) expect(body, file.path).toContain(`\n\n${tag}\n\n`);
			expect(body, file.path).toMatch(/\n\n<RightToObject( \/)?>\n\n/);
			expect(body, file.path).toMatch(/\n\n<Details summary="[^"]+">\n\n[\s\S]+?\n\n<\/Details>\n\n/);
			expect(body, file.path).toMatch(/\n\n<Callout title="[^"]+">\n\n[\s\S]+?\n\n<\/Callout>\n\n/);
		}
	});

	test('passes the content check with components, with no errors and no warnings but the facts they do not yet show', () => {
		const problems = checkContent(withComponents).problems.filter((p) => !(p.severity === 'warning' && p.message.includes(' repeats what ') && !componentVersions.some((f) => f.path === p.file)));
		expect(problems.map(formatProblem)).toEqual([]);
	});

	test('writes only allowed components, each flow tag on a line of its own between blank lines, with literal string props', () => {
		const names = new Set<string>([...FLOW_COMPONENTS, 'Term']);
		for (const file of componentVersions) {
			const lines = bodyOf(file).split('\n');
			const open: string[] = [];
			lines.forEach((line, i) => {
				const where = `${file.path}, body line ${i + 1}: ${line}`;
				for (const [, name, props] of line.matchAll(/<\/?([A-Za-z]\w*)([^>]*)>/g)) {
					expect(names.has(name!), where).toBe(true);
					expect(props, where).toMatch(/^(\s+[a-z]+="[^"{}<>]*")*\s*\/?$/);
				}
				const flow = /^<(\/?)([A-Z]\w*)[^>]*?(\/?)>$/.exec(line);
				if (!flow) return expect(line, where).not.toMatch(new RegExp(`<\\/?(${FLOW_COMPONENTS.join('|')})\\b`));
				expect(flow[2], where).not.toBe('Term');
				expect([lines[i - 1], lines[i + 1]], where).toEqual(['', '']);
				if (flow[1]) expect(open.pop(), where).toBe(flow[2]);
				else if (!flow[3]) open.push(flow[2]!);
			});
			expect(open, file.path).toEqual([]);
		}
	});

	test('has a glossary entry for every term a notice links to', () => {
		const glossary = withComponents.find((file) => file.path === 'content/glossary.yaml');
		const entries = parse(glossary!.source) as { term: string; slug?: string; definition: string }[];
		const slugs = new Set(entries.map((entry) => entry.slug ?? slugify(entry.term)));
		const used = componentVersions.flatMap((file) => [...bodyOf(file).matchAll(/<Term(?: slug="([^"]+)")?>([^<]+)<\/Term>/g)].map(([, slug, text]) => slug ?? slugify(text!)));
		expect(new Set(used).size).toBeGreaterThanOrEqual(4);
		expect(used.filter((slug) => !slugs.has(slug))).toEqual([]);
		expect(entries.every((entry) => entry.definition.length > 0)).toBe(true);
	});
});

describe('the bench corpus with translations', () => {
	const translated = generateCorpus({ notices: 12, versions: 3, seed: 7, types, components: 0.5, translations: 0.5 });
	const welsh = translated.filter((file) => file.path.endsWith('.cy.mdx'));

	test('translates every version of the fraction of notices asked for, beside its version, and passes the check', () => {
		expect(new Set(welsh.map((file) => file.path.split('/').slice(0, 4).join('/'))).size).toBe(6);
		expect(welsh.length).toBe(18);
		for (const file of welsh) expect(translated.some((v) => v.path === file.path.replace('.cy.mdx', '.mdx'))).toBe(true);
		const result = checkContent(translated);
		expect(result.translations).toHaveLength(18);
		expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
	});

	test('leaves the versions as they are without translations', () => {
		expect(translated.filter((file) => !file.path.endsWith('.cy.mdx') && file.path !== 'content/glossary.cy.yaml')).toEqual(withComponents);
	});
});

describe('node scripts/generate-corpus.ts', () => {
	const dir = mkdtempSync(join(tmpdir(), 'noticeboard-corpus-test-'));
	afterAll(() => rmSync(dir, { recursive: true }));
	const generate = (out: string, ...args: string[]) => {
		const run = spawnSync(process.execPath, ['scripts/generate-corpus.ts', '--out', join(dir, out), '--notices', '20', '--versions', '2', '--seed', '3', ...args], { encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		const folder = join(dir, out, 'content', 'notices');
		return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.mdx')).map((path) => readFileSync(join(folder, path), 'utf8'));
	};

	test('uses components in half of the versions (±10%) unless told otherwise, and writes the glossary', () => {
		const versions = generate('default');
		const using = versions.filter(usesComponents).length;
		expect(versions).toHaveLength(40);
		expect(Math.abs(using / versions.length - 0.5)).toBeLessThanOrEqual(0.1);
		expect(readFileSync(join(dir, 'default', 'content', 'glossary.yaml'), 'utf8')).toMatch(/^- term: Controller$/m);
	});

	test('uses no components, and writes no glossary, with --components 0', () => {
		const versions = generate('none', '--components', '0');
		expect(versions.filter(usesComponents)).toEqual([]);
		expect(readdirSync(join(dir, 'none', 'content'))).not.toContain('glossary.yaml');
	});

	test('refuses a fraction of components outside 0 to 1, saying what it expects', () => {
		const run = spawnSync(process.execPath, ['scripts/generate-corpus.ts', '--out', join(dir, 'bad'), '--notices', '2', '--components', '50'], { encoding: 'utf8' });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--components is the fraction of notices that use components, from 0 to 1');
	});
});
