import type { Root } from 'hast';
import { diffSections, type SectionDiff } from './sections.ts';

export type { SectionDiff, SectionStatus } from './sections.ts';

/** What changed between two versions, in numbers, for the top of a comparison. */
export interface ChangeSummary {
	sectionsAdded: number;
	sectionsRemoved: number;
	sectionsChanged: number;
	sectionsMoved: number;
	sectionsRenamed: number;
	wordsAdded: number;
	wordsRemoved: number;
}

/** A comparison of two versions: every section in reading order, and the summary. */
export interface Comparison {
	sections: SectionDiff[];
	summary: ChangeSummary;
}

/**
 * Compares two versions of a notice, given as HTML trees (see `contentTree`): sections are
 * matched by heading, and stay matched when a heading is reworded or a section moves; inside
 * changed sections, lists, tables and paragraphs are compared item by item and word by word.
 */
export function compareDocuments(before: Root, after: Root): Comparison {
	const sections = diffSections(before, after);
	const count = (test: (s: SectionDiff) => boolean) => sections.filter(test).length;
	return {
		sections,
		summary: {
			sectionsAdded: count((s) => s.status === 'added'),
			sectionsRemoved: count((s) => s.status === 'removed'),
			sectionsChanged: count((s) => s.status === 'changed'),
			sectionsMoved: count((s) => s.moved),
			sectionsRenamed: count((s) => s.renamedFrom !== undefined),
			wordsAdded: sections.reduce((sum, s) => sum + s.counts.added, 0),
			wordsRemoved: sections.reduce((sum, s) => sum + s.counts.removed, 0),
		},
	};
}
