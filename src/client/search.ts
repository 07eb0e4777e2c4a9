// The search page's script: runs the search in the address with Pagefind, shows the results,
// and keeps the address in step with the form so results can be shared and Back works.
import { formatDate } from '../lib/dates.ts';
import { pagefindFilters, parseSearch, searchParams, type SearchState } from '../lib/search.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
	options(options: { baseUrl: string; excerptLength?: number }): Promise<void>;
	init(): Promise<void>;
	search(query: string, options: { filters: object }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 25;
const MAX_SECTIONS = 3;
const STATUS_LABELS: Record<string, string> = { current: 'In force', upcoming: 'Upcoming', archived: 'Archived' };

const form = document.querySelector<HTMLFormElement>('#nb-search-form')!;
const status = document.querySelector<HTMLElement>('#nb-search-status')!;
const list = document.querySelector<HTMLOListElement>('#nb-search-results')!;
const filters = document.querySelector<HTMLDetailsElement>('#nb-search-filters')!;
const base = form.dataset['base'] ?? '/';
document.querySelector<HTMLElement>('#nb-search-nojs')!.hidden = true;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		await module.options({ baseUrl: base, excerptLength: 24 });
		await module.init();
		return module;
	})();
	return pagefind;
}

function formState(): SearchState {
	return parseSearch(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function showState(state: SearchState) {
	form.querySelector<HTMLInputElement>('[name="q"]')!.value = state.query;
	for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		const chosen = { organisation: state.organisations, type: state.types, year: state.years }[box.name as 'type'];
		box.checked = box.name === 'versions' ? state.allVersions : (chosen?.includes(box.value) ?? false);
	}
	if (state.organisations.length + state.types.length + state.years.length > 0) filters.open = true;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]) {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/** Pagefind's excerpts are escaped text with its matches in <mark>: safe to use as HTML. */
function excerpt(html: string, className: string) {
	const paragraph = element('p', { class: className });
	paragraph.innerHTML = html;
	return paragraph;
}

function renderResult(result: PagefindResultData): HTMLLIElement {
	const { meta } = result;
	const effective = meta['effective'] ?? '';
	const sections = result.sub_results.filter((s) => s.url.includes('#')).slice(0, MAX_SECTIONS);
	return element(
		'li',
		{ class: 'nb-result' },
		element('h2', { class: 'nb-result__title' }, element('a', { href: result.url }, meta['title'] ?? result.url)),
		element(
			'p',
			{ class: 'nb-result__meta' },
			`${meta['organisation'] ?? ''} · ${meta['type'] ?? ''} · `,
			element('span', { class: `nb-tag nb-tag--${meta['status'] ?? ''}` }, STATUS_LABELS[meta['status'] ?? ''] ?? ''),
			' · effective from ',
			element('time', { datetime: effective }, effective ? formatDate(effective) : ''),
		),
		excerpt(result.excerpt, 'nb-result__excerpt'),
		...(sections.length > 0
			? [
					element(
						'ul',
						{ class: 'nb-result__sections', 'aria-label': `Matching sections of ${meta['title'] ?? 'this notice'}` },
						...sections.map((s) => element('li', {}, element('a', { href: s.url }, s.title), excerpt(s.excerpt, 'nb-result__section-excerpt'))),
					),
				]
			: []),
	);
}

let latest = 0;
async function run(state: SearchState) {
	const ticket = ++latest;
	if (!state.query) {
		list.replaceChildren();
		status.textContent = 'Type the words you want to find.';
		return;
	}
	const search = await (await loadPagefind()).search(state.query, { filters: pagefindFilters(state) });
	const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
	if (ticket !== latest) return; // a newer search has started
	list.replaceChildren(...results.map(renderResult));
	const scope = state.allVersions ? 'all versions' : 'versions in force today';
	const total = search.results.length;
	status.textContent =
		total === 0
			? `No results for “${state.query}” in ${scope}. Check the spelling, try fewer or other words${state.allVersions ? '' : ', or include upcoming and archived versions'}.`
			: `${total} ${total === 1 ? 'result' : 'results'} for “${state.query}” in ${scope}${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
}

function searchFromForm() {
	const state = formState();
	const query = searchParams(state).toString();
	if (query !== location.search.slice(1)) history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
	void run(state);
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	searchFromForm();
});
form.addEventListener('change', (event) => {
	// Ticking a box searches again at once; typing waits for Enter or the button.
	if ((event.target as HTMLInputElement).type === 'checkbox') searchFromForm();
});
window.addEventListener('popstate', () => {
	const state = parseSearch(new URLSearchParams(location.search));
	showState(state);
	void run(state);
});

const initial = parseSearch(new URLSearchParams(location.search));
showState(initial);
if (initial.query) void run(initial);
