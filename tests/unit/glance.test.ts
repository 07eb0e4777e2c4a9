import { describe, expect, test } from 'vitest';
import { sectionFor } from '../../src/lib/glance.ts';

describe('sectionFor', () => {
	const headings = [
		{ slug: 'who-we-are', text: 'Who we are' },
		{ slug: 'why-we-ask', text: 'Why we ask for so much' },
		{ slug: 'lawful-basis', text: 'How we use it and our lawful basis' },
		{ slug: 'who-we-share-it-with', text: 'Who we share it with' },
	];

	test('links "Who receives it" to the section on sharing, not to "Who we are"', () => {
		expect(sectionFor('recipients', headings)).toBe('who-we-share-it-with');
	});

	test('prefers the section on lawful basis to an earlier heading that only starts with "Why"', () => {
		expect(sectionFor('why', headings)).toBe('lawful-basis');
	});

	test('links no section when no heading fits', () => {
		expect(sectionFor('complain', headings)).toBeUndefined();
	});
});
