import { describe, expect, test } from 'vitest';
import { formatDateIn, strings } from '../../src/i18n/index.ts';
import { atomFeed, type FeedEntry } from '../../src/lib/feeds.ts';
import { timeline } from '../../src/lib/versions.ts';

const cy = strings('cy');
const record = (effective: string, data: { changeClass?: 'major' | 'minor'; changeNote?: string }) => ({ org: 'larkspur', type: 'website', effective, updated: undefined, value: { data } });
const versions = [record('2024-01-01', {}), record('2025-11-03', { changeClass: 'minor', changeNote: 'Rydym wedi cywiro cyfeiriad e-bost.' }), record('2026-03-02', { changeClass: 'major', changeNote: 'Cwcis newydd.' })];
const notice = { org: 'larkspur', type: 'website', timeline: timeline(versions, (v) => v.effective, '2025-12-01') };
const name = 'Hysbysiad preifatrwydd gwefan, Larkspur Energy';
const entries: FeedEntry[] = notice.timeline.versions.map((version) => ({ notice, version, name, organisation: 'Larkspur Energy' }));
const info = { title: cy.feeds.noticeTitle('hysbysiad preifatrwydd gwefan Larkspur Energy'), description: cy.feeds.noticeDescription('hysbysiad preifatrwydd gwefan Larkspur Energy'), author: 'Larkspur Energy', page: '/cy/larkspur/website/', self: '/cy/larkspur/website/feed.xml' };
const xml = atomFeed(info, entries, (path) => `https://example.test${path}`, 'cy');

describe('Atom feeds in Welsh', () => {
	test('write dates in Welsh', () => {
		expect(formatDateIn('cy', '2025-11-03')).toBe('3 Tachwedd 2025');
		expect(formatDateIn('en', '2025-11-03')).toBe('3 November 2025');
	});

	test('say the feed is in Welsh', () => {
		expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="cy">');
	});

	test('title each entry in Welsh, with its Welsh date', () => {
		expect(xml).toContain(`<title type="text">${name}: fersiwn newydd o 3 Tachwedd 2025</title>`);
		expect(xml).toContain(`<title type="text">${name}: fersiwn gyntaf o 1 Ionawr 2024</title>`);
		expect(xml).toContain('<title type="text">Newidiadau i hysbysiad preifatrwydd gwefan Larkspur Energy</title>');
	});

	test('summarise each entry in Welsh, in the tense of its status', () => {
		expect(xml).toContain('<summary type="text">Mewn grym o 3 Tachwedd 2025. Newid bach: Rydym wedi cywiro cyfeiriad e-bost.</summary>');
		expect(xml).toContain('<summary type="text">Yn dod i rym ar 2 Mawrth 2026. Newid mawr: Cwcis newydd.</summary>');
		expect(xml).toContain('<summary type="text">Mewn grym o 1 Ionawr 2024. Y fersiwn gyntaf a gyhoeddwyd.</summary>');
		expect(xml).toContain('<category term="first" label="Fersiwn gyntaf"/>');
	});

	test('link each entry to the Welsh pages, with Welsh link text', () => {
		expect(xml).toContain('<id>https://example.test/cy/larkspur/website/2025-11-03/</id>');
		expect(xml).toContain('Darllen y fersiwn hon&lt;/a&gt; neu &lt;a href="https://example.test/cy/larkspur/website/compare/2024-01-01/2025-11-03/"&gt;weld beth newidiodd');
		expect(xml).not.toMatch(/Read this version|see what changed|Major change|First published/);
	});
});
