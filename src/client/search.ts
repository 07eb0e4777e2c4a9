// The search page's script: runs the search in the address with Pagefind, shows the results,
// and keeps the address in step with the form so results can be shared and Back works. Its words
// and the site's languages are in the page's JSON block (src/layouts/SearchLayout.astro).
import { fill, resultLanguage, searchIndexes, searchStatus, type PagefindLanguages, type SearchPageData } from '../lib/search-languages.ts';
import { pagefindFilters, parseSearch, searchParams, type SearchState } from '../lib/search.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindOptions {
	baseUrl: string;
	basePath?: string;
	excerptLength?: number;
	/** The language of an index to merge: its key in pagefind-entry.json. */
	language?: string;
}
interface PagefindSearch {
	init(): Promise<void>;
	mergeIndex(bundleUrl: string, options: PagefindOptions): Promise<void>;
	search(query: string, options: { filters: object }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}
interface Pagefind extends PagefindSearch {
	options(options: PagefindOptions): Promise<void>;
	createInstance(options: PagefindOptions): PagefindSearch;
}

const MAX_RESULTS = 25;
const MAX_SECTIONS = 3;

const form = document.querySelector<HTMLFormElement>('#nb-search-form')!;
const status = document.querySelector<HTMLElement>('#nb-search-status')!;
const list = document.querySelector<HTMLOListElement>('#nb-search-results')!;
const filters = document.querySelector<HTMLDetailsElement>('#nb-search-filters')!;
const base = form.dataset['base'] ?? '/';
const page = JSON.parse(document.querySelector('#nb-search-data')!.textContent!) as SearchPageData;
const { sentences } = page;
const pageLanguage = page.languages.find((l) => l.code === page.language);
const dates = new Intl.DateTimeFormat(page.dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
document.querySelector<HTMLElement>('#nb-search-nojs')!.hidden = true;

const bundle = `${base}pagefind/`;
const OPTIONS = { baseUrl: base, excerptLength: 24 };
let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
		await module.options(OPTIONS);
		await module.init();
		return module;
	})();
	return pagefind;
}

let indexes: Promise<ReturnType<typeof searchIndexes>> | undefined;
function loadIndexes() {
	indexes ??= (async () => {
		const entry = (await (await fetch(`${bundle}pagefind-entry.json`)).json()) as { languages: PagefindLanguages };
		return searchIndexes(entry.languages, document.documentElement.lang, page.languages);
	})();
	return indexes;
}

// Every language: a second instance, sharing the first's worker, with the other languages' indexes
// of the same bundle merged in. Pagefind skips merging a bundle whose address starts the instance's
// own, taking it for the same index; so the instance has the bundle's path and the merged indexes
// its full address, which Pagefind tells apart whether it runs in its worker or not.
let everyLanguage: Promise<PagefindSearch> | undefined;
function loadEveryLanguage(): Promise<PagefindSearch> {
	everyLanguage ??= (async () => {
		const [module, { merge }] = await Promise.all([loadPagefind(), loadIndexes()]);
		const instance = module.createInstance({ ...OPTIONS, basePath: bundle });
		await instance.init();
		for (const language of merge) await instance.mergeIndex(new URL(bundle, location.href).href, { ...OPTIONS, language });
		return instance;
	})();
	return everyLanguage;
}

/** The search to run: the page's language's, every language's, or none where the page's language has no index. */
async function searcher(state: SearchState): Promise<PagefindSearch | undefined> {
	if (state.allLanguages) return loadEveryLanguage();
	// Pagefind would open another language's index where the page's has none: that is not what was asked for.
	if (page.languages.length > 1 && !(await loadIndexes()).pageHasIndex) return undefined;
	return loadPagefind();
}

function formState(): SearchState {
	return parseSearch(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function showState(state: SearchState) {
	form.querySelector<HTMLInputElement>('[name="q"]')!.value = state.query;
	for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		const chosen = { organisation: state.organisations, type: state.types, year: state.years }[box.name as 'type'];
		box.checked = box.name === 'versions' ? state.allVersions : box.name === 'languages' ? state.allLanguages === true : (chosen?.includes(box.value) ?? false);
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
	const status = meta['status'] as keyof typeof sentences.status | undefined;
	const sections = result.sub_results.filter((s) => s.url.includes('#')).slice(0, MAX_SECTIONS);
	// A result in another language says so, and marks its own words with their language for screen readers.
	const language = resultLanguage(result.url, base, page.languages);
	const other = language && language !== pageLanguage ? language : undefined;
	const lang: Record<string, string> = other ? { lang: other.htmlLang } : {};
	const excerptIn = (html: string, className: string) => Object.assign(excerpt(html, className), lang);
	return element(
		'li',
		{ class: 'nb-result' },
		element('h2', { class: 'nb-result__title', ...lang }, element('a', { href: result.url }, meta['title'] ?? result.url)),
		element(
			'p',
			{ class: 'nb-result__meta' },
			...(other ? [element('span', lang, `${meta['organisation'] ?? ''} · ${meta['type'] ?? ''}`), ' · '] : [`${meta['organisation'] ?? ''} · ${meta['type'] ?? ''} · `]),
			element('span', { class: `nb-tag nb-tag--${status ?? ''}` }, (status && sentences.status[status]) ?? ''),
			sentences.effectiveFrom,
			element('time', { datetime: effective }, effective ? dates.format(new Date(`${effective}T00:00:00Z`)) : ''),
			...(other ? [' · ', other.name] : []),
		),
		excerptIn(result.excerpt, 'nb-result__excerpt'),
		...(sections.length > 0
			? [
					element(
						'ul',
						{ class: 'nb-result__sections', 'aria-label': fill(sentences.sections, { title: meta['title'] ?? sentences.thisNotice }), ...lang },
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
		status.textContent = searchStatus(sentences, state, 0, 0);
		return;
	}
	const search = (await (await searcher(state))?.search(state.query, { filters: pagefindFilters(state) })) ?? { results: [] };
	const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
	if (ticket !== latest) return; // a newer search has started
	list.replaceChildren(...results.map(renderResult));
	status.textContent = searchStatus(sentences, state, search.results.length, MAX_RESULTS);
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
