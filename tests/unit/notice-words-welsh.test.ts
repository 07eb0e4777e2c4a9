import { describe, expect, test } from 'vitest';
import { strings } from '../../src/i18n/index.ts';

const [en, cy] = [strings('en'), strings('cy')];
// A sentence's pieces with its dates given as text, as a page would render them.
const joined = (parts: readonly string[]) => parts.join('');

describe('The notice pages’ words in Welsh', () => {
	test('keep a noun singular after a number', () => {
		expect(cy.history.count(3)).toBe('Mae gan yr hysbysiad hwn 3 fersiwn, y ddiweddaraf yn gyntaf.');
		expect(cy.notice.earlierVersions(2)).toBe('2 fersiwn gynharach');
		expect(cy.compare.sectionsChanged(2, 'Cwcis; Eich hawliau')).toBe('2 adran wedi newid: Cwcis; Eich hawliau');
		expect(cy.compare.words(5, 2)).toBe('5 gair wedi’u hychwanegu a 2 gair wedi’u dileu');
	});

	test('say “ac” before a number said with a vowel, as in “ac un”, “ac wyth”', () => {
		expect(cy.compare.words(5, 1)).toBe('5 gair wedi’u hychwanegu ac 1 gair wedi’u dileu');
		expect(cy.glance.andMore(8)).toBe('ac 8 arall');
		expect(cy.glance.andMore(12)).toBe('ac 12 arall');
		expect(cy.glance.andMore(3)).toBe('a 3 arall');
	});

	test('place the dates of a banner where Welsh puts them', () => {
		expect(joined(cy.versions.archivedWhen('1 Mai 2023', '3 Tachwedd 2025'))).toBe('Roedd mewn grym o 1 Mai 2023 tan 3 Tachwedd 2025. Nid yw’n berthnasol mwyach.');
		expect(joined(cy.versions.upcomingWhen('4 Ionawr 2027'))).toBe('Daw i rym ar 4 Ionawr 2027.');
		expect(joined(cy.versions.inForceSince('1 Medi 2025'))).toBe('Mewn grym ers 1 Medi 2025');
	});

	test('name a notice with its owner after it, and the article that fits its first letter', () => {
		expect(cy.notice.noticeName('Larkspur Energy', 'Hysbysiad preifatrwydd gwefan')).toBe('hysbysiad preifatrwydd gwefan Larkspur Energy');
		expect(cy.compare.heading('Hysbysiad preifatrwydd gwefan')).toBe('Beth newidiodd yn yr hysbysiad preifatrwydd gwefan');
		expect(cy.compare.heading('Polisi cwcis')).toBe('Beth newidiodd yn y polisi cwcis');
	});

	test('give the English sentences the site wrote before the dictionaries', () => {
		expect(joined(en.versions.archivedWhen('1 May 2023', '3 November 2025'))).toBe('It was in force from 1 May 2023 to 3 November 2025. It no longer applies.');
		expect(joined(en.versions.takesEffect('4 January 2027', '5 May 2027'))).toBe('Takes effect on 4 January 2027 until 5 May 2027');
		expect(en.notice.earlierVersions(0)).toBe('no earlier versions');
		expect(en.notice.noticeName('Larkspur Energy', 'Website privacy notice')).toBe("Larkspur Energy's website privacy notice");
	});
});
