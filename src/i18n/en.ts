// The site's own words in English: every label, heading and sentence Noticeboard writes around
// the notices. Each language has one file like this, with the same keys; `Strings` is this file's
// shape, so a language that misses a key, or adds one, fails the type check (src/i18n/index.ts).
import type { cookieCategories, lawfulBases, specialConditions, transferSafeguards } from '../schemas/facts.ts';
import type { LanguageCode } from './codes.ts';

type LawfulBasis = (typeof lawfulBases)[number];
type TransferSafeguard = (typeof transferSafeguards)[number];
type SpecialCondition = (typeof specialConditions)[number];
type CookieCategory = (typeof cookieCategories)[number];

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
		notTranslated: 'This version of the notice is not yet available in English.',
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

	// An organisation's page.
	organisation: {
		description: (name: string) => `Privacy notices published by ${name}, and how to contact them about your information.`,
		feedTitle: (name: string) => `Changes to ${name}'s privacy notices`,
		feedLabel: (name: string) => `changes to ${name}'s notices`,
		notices: 'Privacy notices',
		noNotices: (name: string) => `${name} has not published any notices here yet.`,
		contact: 'Who they are and how to contact them',
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

	// The facts' closed vocabularies as readers know them: "At a glance", the components and the
	// comparisons all use these. A condition's label reads on within a sentence.
	vocabulary: {
		/** Lawful bases by the names the ICO uses, with the Article for those who look it up. */
		basis: {
			consent: 'Consent (Article 6(1)(a))',
			contract: 'Contract (Article 6(1)(b))',
			legal_obligation: 'Legal obligation (Article 6(1)(c))',
			vital_interests: 'Vital interests (Article 6(1)(d))',
			public_task: 'Public task (Article 6(1)(e))',
			recognised_legitimate_interest: 'Recognised legitimate interest (Article 6(1)(ea))',
			legitimate_interests: 'Legitimate interests (Article 6(1)(f))',
		} as Record<LawfulBasis, string>,
		/** Transfer safeguards as readers know them. */
		safeguard: {
			adequacy: 'UK adequacy regulations',
			idta: 'the UK International Data Transfer Agreement',
			addendum: 'the UK Addendum to the EU standard contractual clauses',
			binding_corporate_rules: 'binding corporate rules',
			derogation: 'an exception under Article 49',
		} as Record<TransferSafeguard, string>,
		/** Article 9(2) conditions for special category information, with the Article. */
		specialCondition: {
			explicit_consent: 'your explicit consent (Article 9(2)(a))',
			employment_social_security_law: 'our duties and rights under employment, social security or social protection law (Article 9(2)(b))',
			vital_interests: 'protecting someone’s life when they cannot give consent (Article 9(2)(c))',
			not_for_profit_body: 'our work as a not-for-profit body, with our members or people in regular contact with us (Article 9(2)(d))',
			manifestly_made_public: 'information the person has clearly made public themselves (Article 9(2)(e))',
			legal_claims_judicial: 'making or defending legal claims, or courts acting in their judicial role (Article 9(2)(f))',
			substantial_public_interest: 'reasons of substantial public interest set out in law (Article 9(2)(g))',
			health_social_care: 'providing health or social care, or running health or social care services (Article 9(2)(h))',
			public_health: 'public health, such as protecting people from serious threats to health (Article 9(2)(i))',
			archiving_research_statistics: 'archiving in the public interest, research, or statistics (Article 9(2)(j))',
		} as Record<SpecialCondition, string>,
		/** Cookie categories, as a table's caption begins. */
		cookieCategory: {
			strictly_necessary: 'Strictly necessary cookies',
			functional: 'Functional cookies',
			analytics: 'Analytics cookies',
			advertising: 'Advertising cookies',
		} as Record<CookieCategory, string>,
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
