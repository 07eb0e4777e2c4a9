import type { IsoDate } from './dates.ts';
import type { DatedVersion } from './versions.ts';

/** What a search asks for, as kept in the search page's address (`/search/?q=…&organisation=…`). */
export interface SearchState {
	/** The words typed. */
	query: string;
	/** Organisation slugs to keep; none means all. */
	organisations: string[];
	/** Notice type slugs to keep; none means all. */
	types: string[];
	/** Years in force to keep; none means all. */
	years: string[];
	/** Include upcoming and archived versions as well as current ones. */
	allVersions: boolean;
	/** Search every language's notices, not only those in the page's language; absent means not. */
	allLanguages?: true;
}

/** Reads a search from the address's query string; anything missing takes its default. */
export function parseSearch(params: URLSearchParams): SearchState {
	return {
		query: (params.get('q') ?? '').trim(),
		organisations: params.getAll('organisation').filter(Boolean),
		types: params.getAll('type').filter(Boolean),
		years: params.getAll('year').filter(Boolean),
		allVersions: params.get('versions') === 'all',
		...(params.get('languages') === 'all' ? { allLanguages: true as const } : {}),
	};
}

/** Writes a search as a query string, in the same form as the search form submits it. */
export function searchParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const org of state.organisations) params.append('organisation', org);
	for (const type of state.types) params.append('type', type);
	for (const year of state.years) params.append('year', year);
	if (state.allVersions) params.set('versions', 'all');
	if (state.allLanguages) params.set('languages', 'all');
	return params;
}

/** Pagefind filters for a search: any of the chosen values within a filter, every filter at once. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] } | string> {
	const filters: Record<string, { any: string[] } | string> = {};
	if (state.organisations.length > 0) filters['organisation'] = { any: state.organisations };
	if (state.types.length > 0) filters['type'] = { any: state.types };
	if (state.years.length > 0) filters['year'] = { any: state.years };
	// Current versions only, unless asked: most people want what applies today.
	if (!state.allVersions) filters['status'] = 'current';
	return filters;
}

/**
 * The calendar years a version is, was or will be in force, for the "year in force" filter: from
 * its effective date to the day before the next version, or to today if it is still in force.
 */
export function searchYears(version: Pick<DatedVersion<unknown>, 'effective' | 'until' | 'status'>, today: IsoDate): string[] {
	const first = Number(version.effective.slice(0, 4));
	const end = version.until ?? (version.status === 'upcoming' ? version.effective : today);
	const last = Math.max(first, Number(end.slice(0, 4)));
	return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}
