// The site's own words in English: every label, heading and sentence Noticeboard writes around
// the notices. Each language has one file like this, with the same keys; `Strings` is this file's
// shape, so a language that misses a key, or adds one, fails the type check (src/i18n/index.ts).
import type { LanguageCode } from './codes.ts';

export const en = {
	meta: {
		/** The language's code in addresses: `/cy/…`. The default language has no prefix. */
		code: 'en',
		/** The BCP 47 tag for `lang` and `hreflang`. */
		htmlLang: 'en-GB',
		/** Its name in itself, for the language switcher. */
		name: 'English',
		/** The locale dates are written in: "3 November 2025". */
		dateLocale: 'en-GB',
		/** Every language's name in this one, for sentences such as "Read it in Welsh". */
		languageNames: { en: 'English', cy: 'Welsh' } as Record<LanguageCode, string>,
	},

	// Base, Breadcrumbs: the header, footer and trail on every page.
	site: {
		name: 'Noticeboard',
		skipLink: 'Skip to main content',
		searchLabel: 'Search notices',
		searchButton: 'Search',
		searchRegion: 'Site',
		navLabel: 'Site',
		navOrganisations: 'Organisations',
		navNoticeTypes: 'Notice types',
		breadcrumbLabel: 'Breadcrumb',
		home: 'Home',
		footerAbout: 'These notices are published with Noticeboard. This site sets no cookies and loads nothing from other websites.',
		glossary: 'Glossary',
		openData: 'Open data',
		sitemap: 'Sitemap',
	},

	// The language switcher, and pages whose translation is missing or older than the English.
	language: {
		switcherLabel: 'Language',
		readIn: (name: string) => `Read this page in ${name}`,
		notTranslatedTitle: 'This version has not been translated',
		notTranslated: (name: string) => `This version of the notice is not yet available in ${name}.`,
		readTheOriginal: (name: string) => `Read it in ${name}`,
		olderThanSource: (name: string, date: string) => `The ${name} version was updated on ${date}. This translation may not include those changes.`,
		readTheSource: (name: string) => `Read the ${name} version`,
		translations: 'Translations',
	},

	// The 404 page.
	notFound: {
		title: 'Page not found',
		description: 'There is no page at this address.',
		checkAddress: 'There is no page at this address. If you typed it, check it is correct.',
		permanent: 'Every version of every notice keeps its address for good, so a link to a notice should still work. You can',
		findNotice: 'find a notice from the list of organisations',
	},

	// The home page.
	home: {
		title: 'Privacy notices',
		description: 'Privacy notices from every organisation on this site, with every version and what changed.',
		lede: 'Read how each organisation uses information about you, check what applied on a date, and see what changed between versions.',
		feedTitle: 'Changes to privacy notices',
		feedLabel: 'changes to every notice',
		organisations: 'Organisations',
		noticeTypes: 'Notice types',
		notices: (n: number) => `${n} notice${n === 1 ? '' : 's'}`,
		organisationCount: (n: number) => `${n} organisation${n === 1 ? '' : 's'}`,
		onlyIn: (name: string) => `in ${name} only`,
	},

	// Kinds of organisation, on organisation pages and the home page.
	organisationKinds: {
		company: 'Company',
		charity: 'Charity',
		'public-body': 'Public body',
		'health-or-care': 'Health or care provider',
		education: 'School, college or university',
		'membership-body': 'Membership body',
		other: 'Other organisation',
	},

	// Notice pages (NoticeLayout and its components), history and comparisons, "At a glance", feeds.
	// (end of the notice pages' sections)

	// Facts and text components (src/lib/components/).
	// (end of the components' sections)

	// Lists, notice types, organisations, search and the glossary.
	// (end of the lists' sections)
};

/** The shape every language's strings must have. */
export type Strings = typeof en;
