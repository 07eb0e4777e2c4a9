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
		notTranslated: (name) => `Nid yw'r fersiwn hon o'r hysbysiad ar gael yn ${name} eto.`,
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

	organisationKinds: {
		company: 'Cwmni',
		charity: 'Elusen',
		'public-body': 'Corff cyhoeddus',
		'health-or-care': 'Darparwr iechyd neu ofal',
		education: 'Ysgol, coleg neu brifysgol',
		'membership-body': 'Corff aelodaeth',
		other: 'Sefydliad arall',
	},

	// Notice pages (NoticeLayout and its components), history and comparisons, "At a glance", feeds.
	// (end of the notice pages' sections)

	// Facts and text components (src/lib/components/).
	// (end of the components' sections)

	// Lists, notice types, organisations, search and the glossary.
	// (end of the lists' sections)
};
