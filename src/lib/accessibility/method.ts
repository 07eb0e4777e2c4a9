// How the accessibility tests check every page: one place, read by the tests themselves
// (tests/a11y/axe.ts) and by the accessibility statement that describes them.

/** The axe-core rules run: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/** The colour schemes each page is checked in. */
export const COLOR_SCHEMES = ['light', 'dark'] as const;

/** The window widths each page is checked at, in CSS pixels: a desktop, and the narrowest phone (WCAG 1.4.10). */
export const WIDTHS = [1280, 320] as const;

/** The WCAG versions and levels axe-core tags cover: `wcag21aa` is WCAG 2.1 level AA. */
export function wcagCoverage(tags: readonly string[]): { versions: string[]; levels: string[] } {
	const found = tags.flatMap((tag) => {
		const match = /^wcag(\d)(\d)?(a{1,3})$/.exec(tag);
		return match ? [{ version: `${match[1]}.${match[2] ?? '0'}`, level: match[3]!.toUpperCase() }] : [];
	});
	const unique = (values: string[]) => [...new Set(values)].sort((a, b) => a.length - b.length || a.localeCompare(b));
	return { versions: unique(found.map((f) => f.version)), levels: unique(found.map((f) => f.level)) };
}
