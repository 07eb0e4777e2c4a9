// Geiriau'r wefan ei hun yn Gymraeg. The site's own words in Welsh, with the same keys as en.ts:
// the type check fails if one is missing. A Welsh speaker should review them (README, "Languages").
import type { Strings } from './en.ts';

export const cy: Strings = {
	meta: {
		code: 'cy',
		htmlLang: 'cy',
		name: 'Cymraeg',
		dateLocale: 'cy',
		languageNames: { en: 'Saesneg', cy: 'Cymraeg' },
	},

	site: {
		name: 'Noticeboard',
		skipLink: "Neidio i'r prif gynnwys",
		searchLabel: 'Chwilio hysbysiadau',
		searchButton: 'Chwilio',
		searchRegion: 'Gwefan',
		navLabel: 'Gwefan',
		navOrganisations: 'Sefydliadau',
		navNoticeTypes: 'Mathau o hysbysiad',
		breadcrumbLabel: 'Briwsion bara',
		home: 'Hafan',
		footerAbout: "Cyhoeddir yr hysbysiadau hyn gyda Noticeboard. Nid yw'r wefan hon yn gosod cwcis nac yn llwytho dim o wefannau eraill.",
		glossary: 'Geirfa',
		openData: 'Data agored',
		sitemap: 'Map o’r wefan',
	},

	language: {
		switcherLabel: 'Iaith',
		readIn: (name) => `Darllen y dudalen hon yn ${name}`,
		notTranslatedTitle: "Nid yw'r fersiwn hon wedi'i chyfieithu",
		notTranslated: "Nid yw'r fersiwn hon o'r hysbysiad ar gael yn Gymraeg eto.",
		readTheOriginal: (name) => `Ei darllen yn ${name}`,
		olderThanSource: (name, date) => `Diweddarwyd y fersiwn ${name} ar ${date}. Efallai nad yw'r cyfieithiad hwn yn cynnwys y newidiadau hynny.`,
		readTheSource: (name) => `Darllen y fersiwn ${name}`,
		translations: 'Cyfieithiadau',
	},

	notFound: {
		title: "Heb ddod o hyd i'r dudalen",
		description: 'Nid oes tudalen yn y cyfeiriad hwn.',
		checkAddress: "Nid oes tudalen yn y cyfeiriad hwn. Os gwnaethoch ei theipio, gwiriwch ei bod yn gywir.",
		permanent: "Mae pob fersiwn o bob hysbysiad yn cadw ei chyfeiriad am byth, felly dylai dolen i hysbysiad weithio o hyd. Gallwch",
		findNotice: "ddod o hyd i hysbysiad o'r rhestr o sefydliadau",
	},

	home: {
		title: 'Hysbysiadau preifatrwydd',
		description: "Hysbysiadau preifatrwydd pob sefydliad ar y wefan hon, gyda phob fersiwn a'r hyn a newidiodd.",
		lede: "Darllenwch sut mae pob sefydliad yn defnyddio gwybodaeth amdanoch chi, gwiriwch beth oedd yn berthnasol ar ddyddiad penodol, a gwelwch beth newidiodd rhwng fersiynau.",
		feedTitle: "Newidiadau i hysbysiadau preifatrwydd",
		feedLabel: 'newidiadau i bob hysbysiad',
		organisations: 'Sefydliadau',
		noticeTypes: 'Mathau o hysbysiad',
		// A Welsh noun stays singular after a number: 3 hysbysiad.
		notices: (n) => `${n} hysbysiad`,
		organisationCount: (n) => `${n} sefydliad`,
		onlyIn: (name) => `yn ${name} yn unig`,
	},

	organisation: {
		description: (name) => `Hysbysiadau preifatrwydd a gyhoeddwyd gan ${name}, a sut i gysylltu â nhw am eich gwybodaeth.`,
		feedTitle: (name) => `Newidiadau i hysbysiadau preifatrwydd ${name}`,
		feedLabel: (name) => `newidiadau i hysbysiadau ${name}`,
		notices: 'Hysbysiadau preifatrwydd',
		noNotices: (name) => `Nid yw ${name} wedi cyhoeddi unrhyw hysbysiadau yma eto.`,
		contact: "Pwy ydyn nhw a sut i gysylltu â nhw",
	},

	organisationKinds: {
		company: 'Cwmni',
		charity: 'Elusen',
		'public-body': 'Corff cyhoeddus',
		'health-or-care': 'Darparwr iechyd neu ofal',
		education: 'Ysgol, coleg neu brifysgol',
		'membership-body': 'Corff aelodaeth',
		other: 'Sefydliad arall',
	},

	vocabulary: {
		basis: {
			consent: 'Cydsyniad (Erthygl 6(1)(a))',
			contract: 'Contract (Erthygl 6(1)(b))',
			legal_obligation: 'Rhwymedigaeth gyfreithiol (Erthygl 6(1)(c))',
			vital_interests: 'Buddiannau hanfodol (Erthygl 6(1)(d))',
			public_task: 'Tasg gyhoeddus (Erthygl 6(1)(e))',
			recognised_legitimate_interest: 'Buddiant dilys cydnabyddedig (Erthygl 6(1)(ea))',
			legitimate_interests: 'Buddiannau dilys (Erthygl 6(1)(f))',
		},
		safeguard: {
			adequacy: 'rheoliadau digonolrwydd y DU',
			idta: 'Cytundeb Trosglwyddo Data Rhyngwladol y DU',
			addendum: 'Atodiad y DU i gymalau contractiol safonol yr UE',
			binding_corporate_rules: 'rheolau corfforaethol rhwymol',
			derogation: 'eithriad o dan Erthygl 49',
		},
		specialCondition: {
			explicit_consent: 'eich cydsyniad penodol (Erthygl 9(2)(a))',
			employment_social_security_law: 'ein dyletswyddau a’n hawliau o dan gyfraith cyflogaeth, nawdd cymdeithasol neu ddiogelwch cymdeithasol (Erthygl 9(2)(b))',
			vital_interests: 'diogelu bywyd rhywun pan na all roi cydsyniad (Erthygl 9(2)(c))',
			not_for_profit_body: 'ein gwaith fel corff nid-er-elw, gyda’n haelodau neu bobl sydd mewn cysylltiad rheolaidd â ni (Erthygl 9(2)(d))',
			manifestly_made_public: 'gwybodaeth y mae’r unigolyn wedi’i gwneud yn gyhoeddus ei hun yn amlwg (Erthygl 9(2)(e))',
			legal_claims_judicial: 'gwneud neu amddiffyn hawliadau cyfreithiol, neu lysoedd yn gweithredu yn eu swyddogaeth farnwrol (Erthygl 9(2)(f))',
			substantial_public_interest: 'rhesymau o fudd sylweddol i’r cyhoedd a nodir yn y gyfraith (Erthygl 9(2)(g))',
			health_social_care: 'darparu gofal iechyd neu gymdeithasol, neu redeg gwasanaethau iechyd neu ofal cymdeithasol (Erthygl 9(2)(h))',
			public_health: 'iechyd y cyhoedd, megis diogelu pobl rhag bygythiadau difrifol i iechyd (Erthygl 9(2)(i))',
			archiving_research_statistics: 'archifo er budd y cyhoedd, ymchwil, neu ystadegau (Erthygl 9(2)(j))',
		},
		cookieCategory: {
			strictly_necessary: 'Cwcis cwbl angenrheidiol',
			functional: 'Cwcis swyddogaethol',
			analytics: 'Cwcis dadansoddi',
			advertising: 'Cwcis hysbysebu',
		},
	},

	// Notice pages (NoticeLayout and its components), history and comparisons, "At a glance", feeds.
	// (end of the notice pages' sections)

	// Facts and text components (src/lib/components/).
	// (end of the components' sections)

	// Lists, notice types, organisations, search and the glossary.
	// (end of the lists' sections)
};
