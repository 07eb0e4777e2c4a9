import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { cy } from '../../src/i18n/cy.ts';
import { en } from '../../src/i18n/en.ts';
import { formatDateIn, localisedPath, splitLanguage } from '../../src/i18n/index.ts';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContent, type ContentFile } from '../../src/lib/check/content.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { localiseLinks, pageLanguages, translatedVersions } from '../../src/lib/languages.ts';

// Translations: a file beside its version, held to it by the check; and the pages each language has.

const base = await readContentFiles('tests/fixtures/base');
const CURRENT = 'content/notices/trust/website/2025-01-01.mdx';
const source = readFileSync(`tests/fixtures/base/${CURRENT}`, 'utf8');
const [, yaml] = /^---\n([\s\S]*?)\n---/.exec(source)!;
const frontmatter = parse(yaml!) as { facts: { purposes: Record<string, unknown>[] } };

/** A Welsh translation of the fixture's current version, with `change` made to its frontmatter. */
function translation(change: (data: Record<string, unknown>) => void = () => {}, name = '2025-01-01.cy.mdx'): ContentFile {
	const data: Record<string, unknown> = {
		title: 'Hysbysiad preifatrwydd y wefan',
		summary: "Sut mae Example Trust yn defnyddio gwybodaeth am bobl sy'n ymweld â'i gwefan.",
		changeNote: "Gwnaethom yr adran ar gwyno'n gliriach.",
		facts: structuredClone(frontmatter.facts),
	};
	const purpose = (data['facts'] as typeof frontmatter.facts).purposes[0]!;
	Object.assign(purpose, { purpose: 'Rhedeg y wefan', data: ['cyfeiriad IP', "tudalennau a welwyd"], retention: '90 diwrnod', recipients: ['ein darparwr gwe-letya'], legitimateInterests: "Cadw'r wefan yn gweithio ac yn ddiogel" });
	change(data);
	return { path: `content/notices/trust/website/${name}`, source: `---\n${stringify(data)}---\n\n## Pwy ydym ni\n\nElusen yw Example Trust.\n` };
}

const check = (...files: ContentFile[]) => checkContent([...base, ...files]);
const errors = (...files: ContentFile[]) => check(...files).problems.filter((p) => p.severity === 'error' && /\.[a-z]{2}\.mdx$/.test(p.file));

describe('The check of a translation', () => {
	test('accepts a translation that changes only the words of its version', () => {
		const result = check(translation());
		expect(result.problems.filter((p) => p.file.includes('.cy.'))).toEqual([]);
		expect(result.translations.map((t) => [t.language, t.effective])).toEqual([['cy', '2025-01-01']]);
	});

	test('refuses a translation with no version of the same date, naming the dates there are', () => {
		const [problem] = errors(translation(undefined, '2025-02-01.cy.mdx'));
		expect(problem?.message).toMatch(/no version of trust\/website dated 2025-02-01/);
		expect(problem?.fix).toContain('2024-01-01, 2025-01-01');
	});

	test('refuses a translation whose facts change a lawful basis, naming the field', () => {
		const found = errors(translation((data) => ((data['facts'] as typeof frontmatter.facts).purposes[0]!['basis'] = 'consent')));
		expect(found.map((p) => p.message)).toEqual([expect.stringMatching(/^facts\.purposes\[0\]\.basis is "consent", but the version's is "legitimate_interests"/)]);
	});

	test('refuses a translation whose facts leave out a recipient or a right', () => {
		expect(errors(translation((data) => ((data['facts'] as typeof frontmatter.facts).purposes[0]!['recipients'] = []))).map((p) => p.message)).toEqual([expect.stringMatching(/recipients has 0 items, but the version's has 1/)]);
		expect(errors(translation((data) => ((data['facts'] as { rights: string[] }).rights.pop())))).toHaveLength(1);
	});

	test('refuses a translation without the change note its version has, or without its facts', () => {
		expect(errors(translation((data) => delete data['changeNote'])).map((p) => p.field)).toEqual(['changeNote']);
		expect(errors(translation((data) => delete data['facts'])).map((p) => p.field)).toEqual(['facts']);
	});

	test('refuses a language the site does not publish, and a field a translation takes from its version', () => {
		expect(errors(translation(undefined, '2025-01-01.fr.mdx'))[0]?.message).toMatch(/"fr" is not a language this site publishes translations in/);
		expect(errors(translation((data) => (data['changeClass'] = 'major')))[0]?.message).toMatch(/changeClass/);
	});

	test('warns when the version was updated after its translation, and not once the translation is', () => {
		const updated = base.map((file) => (file.path === CURRENT ? { ...file, source: source.replace('changeClass: minor', 'changeClass: minor\nupdated: 2025-03-01') } : file));
		const warnings = (t: ContentFile) => checkContent([...updated, t]).problems.filter((p) => p.severity === 'warning' && p.file.includes('.cy.'));
		expect(warnings(translation()).map((p) => p.message)).toEqual(['The version it translates was updated on 2025-03-01, after this translation (2025-01-01).']);
		expect(warnings(translation((data) => (data['updated'] = '2025-03-02')))).toEqual([]);
	});

	test('reports how much of the site each language has translated', () => {
		expect(check(translation()).coverage).toEqual([{ language: 'cy', versions: { translated: 1, of: 2 }, newest: { translated: 1, of: 1 } }]);
	});
});

describe("The site's words in each language", () => {
	// A list (such as the kinds of data a language's glance knows) is a value: its length is the language's own.
	const keys = (value: unknown, prefix = ''): string[] =>
		value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).flatMap(([k, v]) => [`${prefix}${k}`, ...keys(v, `${prefix}${k}.`)]) : [];

	test('Welsh has every key English has, and no other', () => {
		expect(keys(cy).sort()).toEqual(keys(en).sort());
	});

	test('writes dates the Welsh way', () => {
		expect(formatDateIn('cy', '2025-11-03')).toBe('3 Tachwedd 2025');
		expect(formatDateIn('cy', '2026-02-01')).toBe('1 Chwefror 2026');
		expect(formatDateIn('en', '2025-11-03')).toBe('3 November 2025');
	});

	test('gives each language its own addresses, and reads the language back from one', () => {
		expect(localisedPath('cy', '/acme/website/')).toBe('/cy/acme/website/');
		expect(localisedPath('en', '/acme/website/')).toBe('/acme/website/');
		expect(splitLanguage('/cy/acme/website/')).toEqual({ language: 'cy', path: '/acme/website/' });
		expect(splitLanguage('/acme/website/')).toEqual({ language: 'en', path: '/acme/website/' });
	});
});

describe('The pages each language has', () => {
	const result = check(translation());
	const catalogue = buildCatalogue(result, '2026-11-22');
	const pages = pageLanguages(catalogue, translatedVersions(result.translations));

	test('a translated version is a page in both languages; its untranslated sibling is built, but says only that', () => {
		expect(pages.get('/trust/website/2025-01-01/')).toEqual({ built: ['en', 'cy'], translated: ['en', 'cy'] });
		expect(pages.get('/trust/website/2024-01-01/')).toEqual({ built: ['en', 'cy'], translated: ['en'] });
		expect(pages.get('/trust/website/compare/2024-01-01/2025-01-01/')).toEqual({ built: ['en'], translated: ['en'] });
		expect(pages.get('/')?.translated).toEqual(['en', 'cy']);
	});

	test("a Welsh page's links lead to Welsh pages where there are any, and say which language the others are in", () => {
		const html = '<a href="/trust/website/">a</a><a href="/trust/website/compare/2024-01-01/2025-01-01/">b</a><a href="/trust/website/2025-01-01/" hreflang="en-GB">c</a><a href="/data/">d</a><a href="#x">e</a>';
		expect(localiseLinks(html, 'cy', '/', pages)).toBe(
			'<a href="/cy/trust/website/">a</a><a href="/trust/website/compare/2024-01-01/2025-01-01/" hreflang="en-GB">b</a><a href="/trust/website/2025-01-01/" hreflang="en-GB">c</a><a href="/data/">d</a><a href="#x">e</a>',
		);
		expect(localiseLinks('<a href="/policies/trust/website/#who">a</a>', 'cy', '/policies/', pages)).toBe('<a href="/policies/cy/trust/website/#who">a</a>');
	});
});
