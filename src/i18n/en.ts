// The site's own words in English: every label, heading and sentence Noticeboard writes around
// the notices. Each language has one file like this, with the same keys; `Strings` is this file's
// shape, so a language that misses a key, or adds one, fails the type check (src/i18n/index.ts).
import type { cookieCategories, lawfulBases, rights, specialConditions, transferSafeguards } from '../schemas/facts.ts';
import type { GlanceTopic } from '../lib/glance.ts';
import { ENGLISH_DATA_CATEGORIES } from '../lib/glance/data-categories.ts';
import type { VersionStatus } from '../lib/versions.ts';
import type { LanguageCode } from './codes.ts';

type LawfulBasis = (typeof lawfulBases)[number];
type TransferSafeguard = (typeof transferSafeguards)[number];
type SpecialCondition = (typeof specialConditions)[number];
type CookieCategory = (typeof cookieCategories)[number];
/** The rights "At a glance" lists after "You have the right to": all but complaining, which has a row of its own. */
type PhrasedRight = Exclude<(typeof rights)[number], 'complain_ico' | 'complain_controller'>;
/** A right's phrase: one wording, or a pair: the first mention of the information, and later ones ("it"). */
type RightPhrase = string | readonly [first: string, after: string];
/** A sentence's pieces in order, around things such as dates or links (`D`) that the page renders itself. */
export type Parts<D> = readonly (string | D)[];

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
	// NoticeLayout and the components of a notice's page. A sentence with a date in it is a function
	// of the date's element (`D`), giving the sentence's pieces in order, so each language places it.
	notice: {
		effectiveFrom: 'Effective from',
		lastUpdated: 'Last updated',
		versionHistory: 'Version history',
		/** Within brackets after "Version history". */
		earlierVersions: (n: number) => (n === 0 ? 'no earlier versions' : n === 1 ? '1 earlier version' : `${n} earlier versions`),
		/** The banner on the current version when a new one is coming: the date, then two links. */
		changesOn: <D>(date: D): Parts<D> => ['This notice changes on ', date, '.'],
		seeWhatWillChange: 'See what will change',
		or: 'or',
		readTheNewVersion: 'read the new version',
		editThisPage: 'Edit this page',
		editThisPageNote: '(the source of this version, in the repository)',
		permanentAddress: "This version's permanent address:",
		openDataTitle: 'This version as open data',
		markdownTitle: "This version's text as Markdown",
		/** "Larkspur Energy's website privacy notice", from the organisation's name and the notice type's title. */
		noticeName: (organisation: string, type: string) => `${organisation}'s ${type.toLowerCase()}`,
		feedLabel: 'changes to this notice',
		/** FeedLink: what the feed follows, e.g. "changes to this notice". */
		follow: (label: string) => `Follow ${label} (Atom feed)`,
		contents: 'Contents',
		download: 'Download this version:',
		aboutOpenData: 'about the open data',
	},

	// VersionBanner, InForce, ChangeClass: a version's status, and the banners on versions not in force.
	versions: {
		/** A version's status, as its tag shows it. */
		status: { current: 'current', archived: 'archived', upcoming: 'upcoming' } as Record<VersionStatus, string>,
		/** A version's change class, as its tag shows it; `first` for a notice's first version. */
		changeClass: { first: 'First version', major: 'Major change', minor: 'Minor change' },
		/** InForce, for an upcoming version; `until` when it is already superseded. */
		takesEffect: <D>(from: D, until?: D): Parts<D> => (until === undefined ? ['Takes effect on ', from] : ['Takes effect on ', from, ' until ', until]),
		inForceFromTo: <D>(from: D, to: D): Parts<D> => ['In force from ', from, ' to ', to],
		inForceSince: <D>(from: D): Parts<D> => ['In force since ', from],
		archivedTitle: 'This is an archived version',
		archivedWhen: <D>(from: D, to: D): Parts<D> => ['It was in force from ', from, ' to ', to, '. It no longer applies.'],
		readTheCurrentVersion: 'Read the current version',
		/** After the link to the current version, and its date when there is one. */
		currentSince: <D>(since?: D): Parts<D> => (since === undefined ? ['.'] : [', in force since ', since, '.']),
		upcomingTitle: 'This version is not in force yet',
		upcomingWhen: <D>(from: D, until?: D): Parts<D> => (until === undefined ? ['It takes effect on ', from, '.'] : ['It takes effect on ', from, ' and will apply until ', until, '.']),
		theCurrentVersion: 'the current version',
		/** `link` is a link to the current version whose text is `theCurrentVersion`. */
		untilThen: <D>(link: D, since: D): Parts<D> => ['Until then, ', link, ' applies, in force since ', since, '.'],
		noEarlierVersion: 'There is no earlier version of this notice.',
	},

	// HistoryLayout, ComparisonsLayout, CompareLayout and their components.
	history: {
		title: (title: string, organisation: string) => `Version history: ${title}, ${organisation}`,
		description: (noticeName: string) => `Every version of ${noticeName}, with what changed.`,
		heading: (title: string) => `Version history: ${title}`,
		count: (n: number) => (n === 1 ? 'This notice has one version.' : `This notice has ${n} versions, newest first.`),
		currentTookEffect: <D>(date: D): Parts<D> => [' The version in force today took effect on ', date, '.'],
		noneInForce: ' None is in force yet.',
		whatChangedSince: <D>(date: D): Parts<D> => ['What changed since ', date],
		everyComparison: 'Every comparison between two versions of this notice',
	},

	compare: {
		/** CompareForm. */
		formLegend: 'Compare two versions',
		earlierVersion: 'Earlier version',
		laterVersion: 'Later version',
		button: 'Compare',
		/** A version in the form's lists: its date and its status. */
		option: (date: string, status: string) => `${date} (${status})`,
		sameVersion: 'Choose two different versions to compare.',
		pairNotCompared: 'These two versions are not compared on a page of their own. Compare each of them with the version before it, or with the current version.',
		/** ComparisonsLayout. */
		listTitle: (type: string, organisation: string) => `Compare versions: ${type}, ${organisation}`,
		listDescription: (noticeName: string) => `Every comparison between two versions of ${noticeName}.`,
		listHeading: (type: string) => `Compare versions of the ${type.toLowerCase()}`,
		listLede: 'Choose the later version, then the earlier one to compare it with.',
		changesUpTo: <D>(date: D): Parts<D> => ['Changes up to ', date],
		since: <D>(date: D): Parts<D> => ['Since ', date],
		/** CompareLayout; its description's dates are written YYYY-MM-DD. */
		title: (title: string, organisation: string) => `What changed: ${title}, ${organisation}`,
		description: (noticeName: string, from: string, to: string) => `What changed in ${noticeName} between the versions of ${from} and ${to}.`,
		heading: (type: string) => `What changed in the ${type.toLowerCase()}`,
		lede: <D>(from: D, to: D): Parts<D> => ['From the version of ', from, ' to the version of ', to, '.'],
		eachChange: 'Each change between these versions',
		/** ChangeSummary. */
		summaryTitle: 'Summary of changes',
		sectionsChanged: (n: number, names: string) => `${n} section${n === 1 ? '' : 's'} changed: ${names}`,
		sectionsAdded: (n: number, names: string) => `${n} section${n === 1 ? '' : 's'} added: ${names}`,
		sectionsRemoved: (n: number, names: string) => `${n} section${n === 1 ? '' : 's'} removed: ${names}`,
		sectionsRenamed: (n: number) => `${n} section${n === 1 ? '' : 's'} renamed`,
		sectionsMoved: (n: number) => `${n} section${n === 1 ? '' : 's'} moved to a new place`,
		words: (added: number, removed: number) => `${added} word${added === 1 ? '' : 's'} added and ${removed} word${removed === 1 ? '' : 's'} removed`,
		unchanged: (moved: boolean) => `The text is the same in both versions${moved ? ', though sections moved' : ''}.`,
		/** The key to the marks, around its two examples. */
		keyBefore: 'In the text below,',
		keyAdded: 'added words are underlined',
		keyAnd: 'and',
		keyRemoved: 'removed words are struck through',
		keyAfter: '. Screen readers announce each change as “added” or “removed”. Sections that did not change are folded away.',
		/** DiffSection. */
		introduction: 'Introduction',
		sectionStatus: { unchanged: 'Unchanged', changed: 'Changed', added: 'New section', removed: 'Removed section' },
		renamedFrom: (name: string) => ` Renamed from “${name}”.`,
		moved: ' Moved to a new place in the notice.',
		showUnchanged: (title: string) => `Show the unchanged text of “${title}”`,
	},

	// "At a glance" (src/lib/glance.ts, src/lib/glance/): its rows' labels and the words of its summaries.
	glance: {
		title: 'At a glance',
		more: (section: string) => `More in the section “${section}”`,
		labels: {
			who: 'Who is responsible',
			what: 'What information',
			why: 'Why, and on what lawful basis',
			howLong: 'How long it is kept',
			recipients: 'Who receives it',
			transfers: 'Sent outside the UK',
			automated: 'Decisions made by computer',
			rights: 'Your rights',
			complain: 'How to complain',
		} as Record<GlanceTopic, string>,
		/** Words that find each row's section in the full text, in lower case, the likeliest first. */
		topics: {
			who: ['who we are', 'about us', 'contact'],
			what: ['what information', 'information we', 'what we collect', 'what we hold', 'what we know', 'data we'],
			why: ['lawful', 'why we use', 'how we use', 'purposes', 'why'],
			howLong: ['how long', 'keep', 'retention'],
			recipients: ['share', 'recipients', 'who sees'],
			transfers: ['abroad', 'outside the uk', 'international', 'transfer'],
			automated: ['automated', 'computer', 'decisions'],
			rights: ['your rights', 'rights'],
			complain: ['complain', 'complaint', 'not happy'],
		} as Record<GlanceTopic, readonly string[]>,
		/** What a row says when the facts do not say, or when nothing shorter is true: never that there is nothing. */
		seeTheNotice: 'See the full notice.',
		dpo: '. Data protection officer: ',
		noTransfers: 'No. Your information stays in the UK.',
		yesTransfers: 'Yes.',
		transfersTo: (places: string) => `Yes, to ${places}. See the full notice for the safeguards.`,
		under: (places: string, safeguard: string) => `${places}, under ${safeguard}`,
		noAutomated: 'No decisions about you are made by computer alone.',
		yesAutomated: 'Yes.',
		/** `mail` is a link to the controller's email address. */
		complain: <P>(mail: P): Parts<P> => ['Contact ', mail, ' first.'],
		/** `link` is a link to the ICO whose text is `ico`. */
		complainIco: <P>(link: P): Parts<P> => [' You can also complain to the ', link, '.'],
		ico: 'Information Commissioner’s Office',
		icoHref: 'https://ico.org.uk/make-a-complaint/',
		/** The last item of a list: "and c". */
		and: (last: string) => `and ${last}`,
		/** After as many items as fit. */
		andMore: (n: number) => `and ${n} more`,
		purposes: (n: number) => `${n} purpose${n === 1 ? '' : 's'}`,
		recipients: (n: number) => `${n} recipient${n === 1 ? '' : 's'}: see the full notice.`,
		otherPeriods: 'Other periods are in the full notice.',
		rightsAll: (list: string) => `You have the right to ${list}.`,
		rightsSome: (n: number, list: string) => `You have ${n} rights, including to ${list}.`,
		rightsCount: (n: number) => `You have ${n} rights: see the full notice.`,
		/**
		 * Rights, to follow "You have the right to", in the order of the schema. A pair is the phrase
		 * the first time the information is mentioned, and after that, when "it" will do.
		 */
		rights: {
			informed: ['be told how your information is used', 'be told how it is used'],
			access: ['get a copy of your information', 'get a copy of it'],
			rectification: ['have your information corrected', 'have it corrected'],
			erasure: ['have your information deleted', 'have it deleted'],
			restriction: ['limit how your information is used', 'limit how it is used'],
			notification_of_recipients: 'know who was told of a correction or deletion',
			portability: ['take your information elsewhere', 'take it elsewhere'],
			object: ['object to how your information is used', 'object to how it is used'],
			automated_decision_safeguards: 'challenge a decision made by computer',
			withdraw_consent: 'withdraw your consent',
		} as Record<PhrasedRight, RightPhrase>,
		/** Rights said together when both apply, to save words: the pair's phrase stands where the first would. */
		rightPairs: [
			{ rights: ['rectification', 'erasure'], phrase: ['have your information corrected or deleted', 'have it corrected or deleted'] },
			{ rights: ['restriction', 'object'], phrase: ['limit or object to how your information is used', 'limit or object to how it is used'] },
		] as readonly { rights: readonly [PhrasedRight, PhrasedRight]; phrase: RightPhrase }[],
		/** The special category kinds an item list mentions, gathered: "special category data (health and religion)". */
		specialCategory: (kinds: string) => `special category data (${kinds})`,
		/** The kinds of data "What information" names instead of each item (src/lib/glance/data-categories.ts). */
		dataCategories: ENGLISH_DATA_CATEGORIES,
		/** Whether src/lib/glance/retention.ts can read this language's retention periods to give their range. */
		readsRetention: true,
	},

	// Atom feeds (src/lib/feeds.ts, src/lib/site-feeds.ts).
	feeds: {
		siteDescription: 'Every new version of every privacy notice on this site.',
		organisationTitle: (organisation: string) => `Changes to ${organisation}'s privacy notices`,
		organisationDescription: (organisation: string) => `Every new version of ${organisation}'s privacy notices.`,
		/** `name` as `notice.noticeName` writes it. */
		noticeTitle: (name: string) => `Changes to ${name}`,
		noticeDescription: (name: string) => `Every new version of ${name}.`,
		/** `name` is "Notice type, Organisation". */
		entryTitle: (name: string, first: boolean, date: string) => `${name}: ${first ? 'first version' : 'new version'} from ${date}`,
		takesEffect: (date: string) => `Takes effect on ${date}`,
		inForceFrom: (date: string) => `In force from ${date}`,
		firstPublished: 'First published version.',
		readThisVersion: 'Read this version',
		or: 'or',
		seeWhatChanged: 'see what changed',
	},
	// (end of the notice pages' sections)

	// Facts and text components (src/lib/components/).
	// (end of the components' sections)

	// Lists, notice types, organisations, search and the glossary.
	// (end of the lists' sections)
};

/** The shape every language's strings must have. */
export type Strings = typeof en;
