import type { z } from 'astro/zod';
import { siteConfigSchema, type SiteConfig } from '../../schemas/site-config.ts';
import { knownKeys } from '../check/schema-keys.ts';
import { closest, type Problem } from '../check/problem.ts';
import { contrastRatio, formatRatio, fullHex } from './colour.ts';

/** Where the settings live, named in every problem with them. */
export const CONFIG_FILE = 'astro.config.mjs';

/** Text on the accent colour: white, in light and dark mode. */
export const ON_ACCENT = '#ffffff';

/** WCAG 2.2 AA's least contrast for text of normal size (1.4.3). */
export const AA_TEXT = 4.5;

/** The result of checking the settings: the settings, or why they cannot be used. */
export type ParsedSiteConfig = { config: SiteConfig; problems: [] } | { config: undefined; problems: Problem[] };

const problem = (field: string, message: string, fix: string): Problem => ({ file: CONFIG_FILE, field: `noticeboard.${field}`, message, fix, severity: 'error' });

/**
 * Checks the options given to `noticeboard()`, with the defaults filled in: every problem says
 * which setting, what is wrong and what to do, and the accent colour is measured for contrast.
 */
export function parseSiteConfig(options: unknown): ParsedSiteConfig {
	const result = siteConfigSchema.safeParse(options ?? {});
	if (!result.success) return { config: undefined, problems: result.error.issues.flatMap(issueProblems) };
	const problems = accentProblems(result.data.accent);
	return problems.length > 0 ? { config: undefined, problems } : { config: result.data, problems: [] };
}

function issueProblems(issue: z.core.$ZodIssue): Problem[] {
	const path = issue.path.map(String);
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((key) => {
			const known = knownKeys(siteConfigSchema, path);
			const suggestion = closest(key, known);
			return problem([...path, key].join('.'), `"${key}" is not a setting Noticeboard knows.`, suggestion ? `Did you mean "${suggestion}"?` : `Remove it, or use one of: ${known.join(', ')}.`);
		});
	}
	if (issue.code === 'invalid_union') {
		// The union's own branches: report the branch that got furthest, i.e. with the deepest issue.
		const branches = issue.errors.map((issues) => issues.flatMap((inner) => issueProblems({ ...inner, path: [...issue.path, ...inner.path] })));
		const deepest = branches.sort((a, b) => depth(b) - depth(a))[0];
		if (deepest && deepest.length > 0 && depth(deepest) > path.length) return deepest;
	}
	const fix =
		issue.code === 'invalid_value'
			? `Use one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`
			: issue.code === 'invalid_type'
				? `Give ${issue.expected === 'object' ? 'an object, { … },' : issue.expected === 'array' ? 'a list, [ … ],' : `a ${issue.expected}`} here.`
				: 'Correct it as the message says.';
	return [problem(path.join('.') || '(options)', issue.message, fix)];
}

const depth = (problems: readonly Problem[]) => Math.max(0, ...problems.map((p) => (p.field ?? '').split('.').length - 1));

/** The accent in each colour scheme: one colour serves both unless a dark one is given. */
export function accentColours(accent: SiteConfig['accent']): { light: string; dark: string } | undefined {
	if (accent === undefined) return undefined;
	const { light, dark } = typeof accent === 'string' ? { light: accent, dark: accent } : accent;
	return { light: fullHex(light), dark: fullHex(dark) };
}

/**
 * White text on the accent, in the header and on buttons, must meet AA in each colour scheme.
 * A failure gives the measured ratio and which way to move the colour.
 */
export function accentProblems(accent: SiteConfig['accent']): Problem[] {
	const colours = accentColours(accent);
	if (!colours) return [];
	const field = typeof accent === 'string' ? 'accent' : undefined;
	const schemes = colours.light === colours.dark && field ? [['light and dark', colours.light, field] as const] : ([['light', colours.light, 'accent.light'], ['dark', colours.dark, 'accent.dark']] as const);
	return schemes.flatMap(([scheme, colour, at]) => {
		const ratio = contrastRatio(colour, ON_ACCENT);
		if (ratio >= AA_TEXT) return [];
		return [
			problem(
				at,
				`White text on the accent colour ${colour} has a contrast ratio of ${formatRatio(ratio)} in ${scheme} mode; WCAG 2.2 AA asks at least ${AA_TEXT}:1.`,
				'Choose a darker colour: the header and buttons show white text on it.',
			),
		];
	});
}
