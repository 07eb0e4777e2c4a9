// The site's own words in English: every label, heading and sentence Noticeboard writes around
// the notices. Each language has one file like this, with the same keys; `Strings` is this file's
// shape, so a language that misses a key, or adds one, fails the type check (src/i18n/index.ts).
import type { cookieCategories, lawfulBases, rights, specialConditions, transferSafeguards } from '../schemas/facts.ts';
import type { GlanceTopic } from '../lib/glance.ts';
import { ENGLISH_DATA_CATEGORIES } from '../lib/glance/data-categories.ts';
import type { VersionStatus } from '../lib/versions.ts';
import type { organisationKinds } from '../schemas/organisation.ts';
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

/** How much notice a version gave: from its published date to its effective date, in the tense of its status. */
const noticeGiven = (days: number, upcoming: boolean) =>
	days > 0
		? `${days} day${days === 1 ? '' : 's'} before it ${upcoming ? 'takes' : 'took'} effect`
		: days === 0
			? `on the day it ${upcoming ? 'takes' : 'took'} effect`
			: 'after the date it took effect';

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
		/** The footer's line about who runs the site, before its contact details. */
		runBy: (name: string) => `This site is run by ${name}.`,
		/** Label of the site's contact details in the footer. */
		contactUs: 'Contact:',
		/** The link text of the owner's contact page. */
		contactPage: 'contact page',
		glossary: 'Glossary',
		openData: 'Open data',
		sitemap: 'Sitemap',
		/** The footer's link to the accessibility statement. */
		accessibility: 'Accessibility',
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
		translations: 'In other languages',
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

	// A notice type's page, around its comparison.
	noticeType: {
		writtenFor: (audience: string) => `Written for: ${audience}.`,
		organisations: 'Organisations with this notice',
		none: 'No organisation has published a notice of this type here yet.',
	},

	// What the Markdown renderer adds to a body: labels for screen readers.
	markdown: {
		sectionLink: (heading: string) => `Link to the section “${heading}”`,
		table: 'Table',
		tableNamed: (heading: string) => `Table: ${heading}`,
	},

	// Kinds of organisation (src/schemas/organisation.ts), on organisation pages and the home page.
	organisationKinds: {
		company: 'Company',
		charity: 'Charity',
		'public-body': 'Public body',
		'health-or-care': 'Health or care provider',
		education: 'School, college or university',
		'membership-body': 'Membership body',
		other: 'Other organisation',
	} as Record<(typeof organisationKinds)[number], string>,

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
		/** The day the version's file was first committed (decision 0016). */
		/** Beside "Effective from": the day the version's file was first committed, so put on this site. */
		published: 'Published here',
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
		/** After "Published" on a version's page: its published date, then the notice it gave; `days` from then to its effective date. */
		publishedWhen: <D>(date: D, days: number, upcoming: boolean): Parts<D> => [date, `, ${noticeGiven(days, upcoming)}`],
		/** The history's line for a version's published date. */
		publishedOn: <D>(date: D, days: number, upcoming: boolean): Parts<D> => ['Published here ', date, `, ${noticeGiven(days, upcoming)}.`],
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
	// The facts and text components' own words, around what the facts say. A sentence that holds
	// a link or another element is a function of it, so each language puts it where its words go.
	components: {
		/** A table cell for information a purpose does not list. */
		notListed: 'Not listed',
		/** A table cell for a fact this version does not give. */
		notStated: 'Not stated in this notice',
		/** `<PurposesTable />`. */
		purposes: {
			purpose: 'Purpose',
			information: 'Information used',
			basis: 'Lawful basis',
			condition: 'Condition for special category information',
			/** In the condition column, for a purpose that uses no special category information. */
			noCondition: 'None',
			legitimateInterests: (interests: string) => `Our legitimate interests: ${interests}`,
			schedule1: (condition: string) => `Data Protection Act 2018, Schedule 1: ${condition}`,
		},
		/** `<RetentionTable />`'s own column; the others are `purposes`'. */
		retention: { howLong: 'How long we keep it' },
		/** `<Sources />`. */
		sources: { source: 'Where it comes from', isPublic: 'Publicly available', yes: 'Yes', no: 'No' },
		/** `<Transfers />`. */
		transfers: {
			none: 'We do not send your information outside the UK: it stays in the UK.',
			destination: 'Where it goes',
			safeguard: 'What protects it',
			copy: 'How to get a copy',
			adequate: 'Not needed: UK law recognises the protection there as adequate',
		},
		/** `<AutomatedDecisions />` when there are none. */
		noAutomatedDecisions: 'We do not make decisions about you by computer alone, without a person involved.',
		/** `<Contact />` and `<DPO />`. */
		contact: {
			emailOrCall: <T>(email: T, phone: T | undefined) => (phone ? ['Email ', email, ' or call ', phone, '.'] : ['Email ', email, '.']),
			website: <T>(link: T) => ['Website: ', link, '.'],
			/** The ICO's name in full, for its abbreviation's title. */
			icoName: 'Information Commissioner’s Office',
			registration: <T>(ico: T, number: string) => ['Registration number with the ', ico, `: ${number}.`],
			noDpo: <T>(email: T) => ['We do not have a data protection officer. If you have a question about your information, email ', email, '.'],
			dpo: (name: string) => `Our data protection officer: ${name}.`,
			writeTo: (address: string) => `Write to ${address}.`,
		},
		/** `<CookieTable />`: a category's sentence is its label, then whether its cookies need consent. */
		cookies: {
			allNeedConsent: ', set only if you agree to them',
			noneNeedConsent: ', which do not need your consent',
			name: 'Name',
			purpose: 'What it does',
			provider: 'Set by',
			duration: 'How long it lasts',
			consent: 'Needs your consent',
			thirdParty: 'A third-party cookie',
			yes: 'Yes',
			no: 'No',
		},
		/** `<Rights />`: each right's short lead, what it means and, where it is not by email, how to use it. */
		rights: {
			free: 'Using your rights is free. We will answer within one month of your request, or tell you within that month if we need up to two months more because it is complex.',
			byEmail: <T>(email: T) => ['To use this right, email ', email, '.'],
			informedUse: <T>(email: T) => ['If any of it is unclear, email ', email, ' and we will explain.'],
			withdrawUse: <T>(email: T) => ['To withdraw your consent, email ', email, ', or change your choice in the same place you gave it.'],
			complainUse: <T>(email: T) => ['Email ', email, '. We will let you know we have your complaint within 30 days, and tell you what we are doing about it.'],
			/** How to complain to the ICO, given a maker of the link to its form, and its helpline's number. */
			icoUse: <T>(website: (text: string) => T, phone: T) => ['You can ', website('make a complaint on the ICO’s website'), ' or call its helpline on ', phone, '.'],
			// Written for a reading age of about 14, as the ICO's own notice is. The leads stand alone.
			right: {
				informed: {
					lead: 'Being told how we use your information',
					means: 'This notice is how we tell you, and we will tell you before we start using your information in a new way.',
				},
				access: {
					lead: 'Getting a copy of your information',
					means: 'You can ask for a copy of the information we hold about you, and to be told why we use it, who we share it with and where we got it.',
				},
				rectification: {
					lead: 'Correcting your information',
					means: 'If information we hold about you is wrong or incomplete, you can ask us to put it right.',
				},
				erasure: {
					lead: 'Deleting your information',
					means: 'You can ask us to delete your information, for example when we no longer need it. If the law lets us, or tells us to, keep some of it, we will say why.',
				},
				restriction: {
					lead: 'Limiting how we use your information',
					means: 'You can ask us to keep your information but stop using it for now, for example while we check whether it is right.',
				},
				notification_of_recipients: {
					lead: 'Knowing who we told about a change',
					means: 'When we correct or delete your information, or limit how we use it, we tell the organisations we shared it with, and you can ask us who they are.',
				},
				portability: {
					lead: 'Taking your information elsewhere',
					means: 'For information you gave us that we use with your consent or under a contract, you can ask for it in a common digital format, or ask us to send it straight to another organisation.',
				},
				object: {
					lead: 'Objecting to how we use your information',
					means: 'Where we rely on our legitimate interests or a public task, you can object because of your own situation. If we use your information for direct marketing, you can tell us to stop at any time, and we will.',
				},
				automated_decision_safeguards: {
					lead: 'Challenging a decision made by computer',
					means: 'If a decision that seriously affects you is made by computer, with no person involved, you can ask for a person to look at it again, tell us your point of view, and challenge the decision.',
				},
				withdraw_consent: {
					lead: 'Withdrawing your consent',
					means: 'Where we use your information because you agreed to it, you can change your mind at any time. This does not affect what we did before you changed your mind.',
				},
				complain_controller: {
					lead: 'Complaining to us',
					means: 'If you are unhappy with how we have used your information, you can complain to us.',
				},
				complain_ico: {
					lead: 'Complaining to the Information Commissioner’s Office',
					means: 'The Information Commissioner’s Office (ICO) is the UK’s independent regulator for data protection. It usually asks you to tell us first, so that we can try to put things right.',
				},
			},
		},
		/** `<RightToObject>`, told apart from everything else as Article 21(4) asks. */
		rightToObject: {
			heading: 'Your right to object',
			grounds: 'You can object at any time to how we use your information when we use it because it is in our legitimate interests, or because we need it for a task in the public interest or for our official duties. Tell us what it is about your own situation that makes you object.',
			then: 'We will then stop, unless we can show strong and legitimate reasons to carry on that outweigh your interests, rights and freedoms, or we need the information to make, pursue or defend a legal claim.',
			covers: 'It covers these uses of your information in this notice:',
			marketing: 'You can always tell us to stop using your information for direct marketing, including any profiling we do for it. You do not need to give a reason, and we will stop.',
			how: <T>(name: string, email: T) => [`To object, email ${name} at `, email, '.'],
		},
	},

	// (end of the components' sections)

	// Lists, notice types, organisations, search and the glossary.
	// The comparison of a notice type across organisations (TypeComparison, src/lib/type-comparison.ts).
	// Text split round a date, a link or a name is given as the words `before` and `after` it.
	typeComparison: {
		title: 'Compared across organisations',
		asItStands: { before: 'Each row is one organisation’s notice as it stands on ', after: ', in the words of its facts.' },
		notStatedMeans: (notStated: string) => `“${notStated}” means the notice’s facts do not say.`,
		upcomingRows: (notYetInForce: string) => ` A row marked “${notYetInForce}” shows a notice that takes effect later: that organisation has no notice of this type in force yet.`,
		checklistAbout:
			'The UK GDPR checklist counts the 15 things Articles 13 and 14 ask a notice to tell people, and names any the notice’s facts leave out. Some apply only to some notices, such as the right to withdraw consent where nothing relies on consent.',
		openData: { before: 'The same facts, for every version of every notice, are in the site’s ', link: 'open data', after: ':' },
		purposesCsv: ' for a spreadsheet, one row per purpose.',
		caption: (title: string) => `${title}: what each organisation’s notice says`,
		columns: {
			organisation: 'Organisation',
			bases: 'Lawful bases',
			retention: 'How long information is kept, by purpose',
			recipients: 'Who receives it',
			transfers: 'Sent outside the UK',
			automatedDecisions: 'Decisions made by computer',
			checklist: 'UK GDPR checklist',
			lastChanged: 'Last changed',
		},
		notYetInForce: 'Not yet in force',
		checklistCounts: (present: number, total: number, missing: number, notApplicable: number) =>
			`${present} of ${total} present, ${missing} missing${notApplicable > 0 ? `, ${notApplicable} not applicable` : ''}.`,
		missing: 'Missing:',
		withoutFacts: 'Without facts, only the organisation’s own details can be checked.',
		takesEffect: { before: 'Not yet in force: takes effect on ', after: '.' },
		inForceSince: { before: 'In force since ', after: '.' },
		changesOn: { before: 'Changes on ', after: '.' },
		readThisVersion: 'Read this version',
		ofTheirNotice: (name: string) => ` of ${name}’s notice`,
		/** What a cell says where the facts are silent: the gap researchers look for. */
		notStated: 'Not stated',
		/** What a cell says when the version has no facts at all. */
		factsNotGiven: 'Facts not given',
		/** Transfers the notice says are none. */
		none: 'None',
		/** Automated decisions the notice says it does not make. */
		no: 'No',
		transfer: (destination: string, safeguard: string) => `${destination}, under ${safeguard}`,
	},

	// The UK GDPR checklist's items as the comparison names them (src/lib/completeness.ts); the
	// check's own messages to editors stay in English.
	checklist: {
		items: {
			controller: "Controller's identity and contact details",
			dpo: "Data protection officer's contact details",
			purposes: 'Purposes of processing',
			basis: 'Lawful basis for each purpose',
			legitimateInterests: 'Legitimate interests pursued',
			dataCategories: 'Categories of personal data',
			recipients: 'Recipients or categories of recipients',
			transfers: 'International transfers and their safeguards',
			retention: 'Retention period or criteria',
			rights: 'Rights of access, rectification, erasure, restriction, objection and portability',
			withdrawConsent: 'Right to withdraw consent',
			complain: 'Right to complain to the ICO',
			requirement: 'Whether the data is a statutory or contractual requirement, and the consequences',
			automatedDecisions: 'Automated decision-making, including profiling',
			source: 'Source of the data, and whether it is publicly accessible',
		},
		/** A missing item named with its Articles, written "Art 13(2)(a), 14(2)(a)". */
		missingItem: (title: string, articles: string) => `${title} (${articles})`,
	},

	// The lists of notices on organisations' and notice types' pages (NoticeList).
	noticeList: {
		inForceSince: 'In force since ',
		takesEffectOn: 'Takes effect on ',
		changesOn: 'changes on ',
	},

	// An organisation's details (OrganisationDetails).
	organisationDetails: {
		legalName: 'Legal name',
		kind: 'Kind',
		companyNumber: 'Company number',
		charityNumber: 'Charity number',
		ico: { before: '', abbreviation: 'ICO', title: "Information Commissioner's Office", after: ' registration' },
		address: 'Address',
		email: 'Email',
		telephone: 'Telephone',
		website: 'Website',
		dpo: 'Data protection officer',
	},

	// The glossary page (GlossaryLayout); its terms are the site's content.
	glossaryPage: {
		title: 'Glossary',
		description: 'What the words used in these privacy notices mean.',
		empty: 'This site has no glossary yet.',
	},

	// The accessibility statement (AccessibilityLayout), in the order of the UK's model statement
	// for the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
	// Regulations 2018. `owner` is the site owner's name, or `ownerFallback`.
	accessibilityPage: {
		title: 'Accessibility statement',
		description: 'How accessible this website is, how it is tested, and what to do if you have a problem using it.',
		ownerFallback: 'The people who run this site',
		scope: <T>(site: T) => ['This statement applies to ', site, '.'],
		intro: (owner: string) => `${owner} runs this website and wants as many people as possible to be able to use it. It is built so that you can:`,
		features: [
			'read every notice without JavaScript: only search uses it, and you can find notices by organisation or notice type without it',
			'read pages on a screen 320 pixels wide, or zoomed to 400%, without scrolling sideways',
			'see pages in light or dark colours, as your device is set',
			'print any notice, without the site’s menus',
			'reach every link and control with a keyboard, with the focus always shown, and skip to the main content',
			'use a screen reader: pages have headings, landmarks and tables with headers, and dates are marked as dates',
			'read the site in Welsh, where a notice has a Welsh translation',
		],
		advice: { before: '', link: 'AbilityNet', after: ' has advice on making your device easier to use if you have a disability.' },

		howAccessible: 'How accessible this website is',
		knownIssuesIntro: 'We know these parts of this website are not fully accessible:',
		noKnownIssues: (owner: string) => `${owner} knows of no part of this website that is not accessible.`,
		undeclaredSummary: (owner: string) => `${owner} has not yet said how accessible this website is. The automated tests below found what they can, but only checks by people can show whether a website meets the standard.`,

		cannotAccess: 'What to do if you cannot use parts of this website',
		alternativeFormat: (owner: string) => `If you need a notice in another format, such as large print, easy read, an audio recording or braille, contact ${owner}:`,
		replyWithin: (days: number) => `You will get an answer within ${days} working ${days === 1 ? 'day' : 'days'}.`,
		noContact: 'The people who run this site have not given a way to contact them. Ask the organisation whose notice you need: each organisation’s page gives its contact details.',
		contactEmail: 'Email',
		contactPhone: 'Telephone',
		contactPage: 'Other ways to contact them',

		reporting: 'Reporting accessibility problems with this website',
		reportingText: (owner: string) => `If you find a problem that is not listed on this page, or think this website does not meet the accessibility requirements, tell ${owner}, using the contact details above.`,

		enforcement: 'Enforcement procedure',
		ehrc: <T>(ehrc: T, regulations: T) => ['The ', ehrc, ' enforces the ', regulations, ' in England, Scotland and Wales.'],
		ehrcName: 'Equality and Human Rights Commission (EHRC)',
		regulationsName: 'Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018',
		eass: <T>(eass: T) => ['If you are not happy with how your report or request is answered, contact the ', eass, '.'],
		eassName: 'Equality Advisory and Support Service (EASS)',
		ecni: <T>(ecni: T) => ['In Northern Ireland, contact the ', ecni, ', which enforces the regulations there.'],
		ecniName: 'Equality Commission for Northern Ireland (ECNI)',

		technical: 'Technical information about this website’s accessibility',
		committed: (owner: string) => `${owner} is committed to making this website accessible, in line with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.`,
		complianceHeading: 'Compliance status',
		/** Each sentence names the standard: `wcag` is its link, "the Web Content Accessibility Guidelines version 2.2". */
		compliance: {
			full: <T>(owner: string, wcag: T) => [`${owner} declares this website fully compliant with `, wcag, ' at level AA.'],
			partial: <T>(owner: string, wcag: T) => [`${owner} declares this website partially compliant with `, wcag, ' at level AA, because of the parts listed under “Content that is not accessible”.'],
			none: <T>(owner: string, wcag: T) => [`${owner} declares that this website is not compliant with `, wcag, ' at level AA. The parts that are not accessible are listed under “Content that is not accessible”.'],
			undeclared: <T>(owner: string, wcag: T) => [`${owner} has not yet declared whether this website complies with `, wcag, ' at level AA. A declaration needs checks by people, as well as automated tests.'],
		},
		wcagName: 'the Web Content Accessibility Guidelines (WCAG) version 2.2',
		nonAccessible: 'Content that is not accessible',
		criteria: (numbers: string) => `It fails WCAG 2.2 success criteria ${numbers}.`,
		criterion: (number: string) => `It fails WCAG 2.2 success criterion ${number}.`,
		fixBy: (date: string) => `It is due to be fixed by ${date}.`,

		testing: 'How this website is tested',
		/** `versions` and `levels` are lists, "2.0, 2.1 and 2.2" and "A and AA"; `schemes` "light and dark"; `widths` "1280 and 320". */
		method: (versions: string, levels: string, schemes: string, widths: string) =>
			`Every page the site’s build makes is checked with axe-core, an automated accessibility checker, against its rules for WCAG ${versions} at levels ${levels}, and its best practices. Each page is checked in ${schemes} colours, at widths of ${widths} pixels.`,
		schemeNames: { light: 'light', dark: 'dark' } as Record<'light' | 'dark', string>,
		/** `date` is the date, as a <time>; the counts are written out. */
		passed: <T>(date: T, axe: string, pages: string, checks: string) => ['These pages were last tested on ', date, `: axe-core ${axe} found no failures on ${pages} pages, in ${checks} checks.`],
		failed: <T>(date: T, axe: string, pages: string) => ['These pages were last tested on ', date, `: axe-core ${axe} checked ${pages} pages and found failures on these:`],
		notTested: 'No test run is recorded for this build of the site, so this statement gives no date of testing.',
		limits: 'Automated tests find only some kinds of accessibility problem, and cannot show that a website meets the standard. So the tests are a check, not a declaration: the compliance status above is the site owner’s to declare.',

		preparation: 'Preparation of this accessibility statement',
		prepared: <T>(date: T) => ['This statement was prepared on ', date, '.'],
		reviewed: <T>(date: T) => ['It was last reviewed on ', date, '.'],
		notPrepared: 'This statement is made from the site’s settings and its last test run each time the site is built. The people who run the site have not yet given the date it was prepared.',
		/** A list in a sentence: "light and dark", "2.0, 2.1 and 2.2". */
		list: (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`),
	},

	// The search page (SearchLayout) and its script (src/client/search.ts).
	search: {
		title: 'Search notices',
		description: 'Search the text of every privacy notice on this site.',
		query: 'Words to find',
		button: 'Search',
		allVersions: 'Include upcoming and archived versions, not only the ones in force today',
		/** The box that searches every language's notices, not only the page's; `names` are the others. */
		allLanguages: (names: string) => `Include notices in ${names}`,
		filters: 'Filter by organisation, notice type or year',
		organisation: 'Organisation',
		noticeType: 'Notice type',
		year: 'In force in',
		applyFilters: 'Apply filters',
		noScript: {
			before: 'Searching needs JavaScript, which is turned off or not working in your browser. You can still ',
			byOrganisation: 'find a notice by organisation',
			or: ' or ',
			byType: 'by notice type',
			after: '.',
		},
		/**
		 * What the script writes, as plain text with `{name}` holes, since the browser gets it as JSON:
		 * {query} the words typed, {count} the number of results, {scope} and {languages} the phrases
		 * below, {hint} the hint to include other versions, {shown} the number shown.
		 */
		client: {
			empty: 'Type the words you want to find.',
			noResults: 'No results for “{query}” {scope}{languages}. Check the spelling, try fewer or other words{hint}.',
			hint: ', or include upcoming and archived versions',
			resultsOne: '{count} result for “{query}” {scope}{languages}{more}.',
			resultsOther: '{count} results for “{query}” {scope}{languages}{more}.',
			more: ', showing the first {shown}',
			scopeAll: 'in all versions',
			scopeCurrent: 'in versions in force today',
			everyLanguage: ', in every language',
			status: { current: 'In force', upcoming: 'Upcoming', archived: 'Archived' },
			effectiveFrom: ' · effective from ',
			sections: 'Matching sections of {title}',
			thisNotice: 'this notice',
		},
	},

	// (end of the lists' sections)
};

/** The shape every language's strings must have. */
export type Strings = typeof en;
