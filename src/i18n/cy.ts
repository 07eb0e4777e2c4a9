// Geiriau'r wefan ei hun yn Gymraeg. The site's own words in Welsh, with the same keys as en.ts:
// the type check fails if one is missing. A Welsh speaker should review them (README, "Languages").
import type { Strings } from './en.ts';

// Welsh changes a word's first letter after some words. These are for the site's own phrases only,
// whose first words are known; names from the content are left as written.
const SOFT: Record<string, string> = { p: 'b', t: 'd', c: 'g', b: 'f', d: 'dd', g: '', m: 'f', ll: 'l', rh: 'r' };
const ASPIRATE: Record<string, string> = { p: 'ph', t: 'th', c: 'ch' };

/** The text with its first letter changed as `table` says, keeping a capital: "Cytundeb" softens to "Gytundeb". */
function mutate(text: string, table: Record<string, string>): string {
	// Ch, ph, th, dd, ff and ng are letters of their own, which do not change.
	const start = /^(?!ch|ph|th|dd|ff|ng)(ll|rh|[ptcbdgm])/iu.exec(text)?.[0];
	if (start === undefined) return text;
	const changed = table[start.toLowerCase()];
	if (changed === undefined) return text;
	const capital = start.charAt(0) !== start.charAt(0).toLowerCase();
	const rest = text.slice(start.length);
	return capital ? (changed === '' ? rest.charAt(0).toUpperCase() + rest.slice(1) : changed.charAt(0).toUpperCase() + changed.slice(1) + rest) : changed + rest;
}

/** Soft mutation, after "i", "o dan", "neu": cael, "i gael". */
const soft = (text: string) => mutate(text, SOFT);
/** Aspirate mutation, after "a" (and): cael, "a chael". */
const aspirate = (text: string) => mutate(text, ASPIRATE);
/** "And" before a number, as it is said: "ac" before un (1, 10–19) and wyth (8, 80–89), "a" otherwise. */
const andNumber = (n: number) => (/^[18]\d?$/u.test(String(n)) ? 'ac' : 'a');
/** The article before a word: "yr" before a vowel or h, "y" otherwise. */
const article = (word: string) => (/^[aeiouwyh]/iu.test(word) ? 'yr' : 'y');

/** How much notice a version gave, from its published date to its effective date. "Cyn iddi": fersiwn is feminine. */
const noticeGiven = (days: number, upcoming: boolean) =>
	days > 0 ? `${days} diwrnod cyn iddi ddod i rym` : days === 0 ? `ar y diwrnod y ${upcoming ? 'daw' : 'daeth'} i rym` : 'ar ôl y dyddiad y daeth i rym';

export const cy: Strings = {
	meta: {
		code: 'cy',
		htmlLang: 'cy',
		name: 'Cymraeg',
		dateLocale: 'cy',
		languageNames: { en: 'Saesneg', cy: 'Cymraeg' },
	},

	site: {
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
		runBy: (name: string) => `${name} sy'n rhedeg y wefan hon.`,
		contactUs: 'Cysylltu:',
		contactPage: 'tudalen gyswllt',
		glossary: 'Geirfa',
		openData: 'Data agored',
		sitemap: 'Map o’r wefan',
		accessibility: 'Hygyrchedd',
	},

	language: {
		switcherLabel: 'Iaith',
		readIn: (name) => `Darllen y dudalen hon yn ${name}`,
		notTranslatedTitle: "Nid yw'r fersiwn hon wedi'i chyfieithu",
		notTranslated: "Nid yw'r fersiwn hon o'r hysbysiad ar gael yn Gymraeg eto.",
		readTheOriginal: (name) => `Ei darllen yn ${name}`,
		olderThanSource: (name, date) => `Diweddarwyd y fersiwn ${name} ar ${date}. Efallai nad yw'r cyfieithiad hwn yn cynnwys y newidiadau hynny.`,
		readTheSource: (name) => `Darllen y fersiwn ${name}`,
		translations: 'Mewn ieithoedd eraill',
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

	noticeType: {
		writtenFor: (audience) => `Ar gyfer: ${audience}.`,
		organisations: "Sefydliadau sydd â'r hysbysiad hwn",
		none: "Nid oes unrhyw sefydliad wedi cyhoeddi hysbysiad o'r math hwn yma eto.",
	},

	markdown: {
		sectionLink: (heading) => `Dolen i’r adran “${heading}”`,
		table: 'Tabl',
		tableNamed: (heading) => `Tabl: ${heading}`,
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
	notice: {
		effectiveFrom: 'Yn weithredol o',
		published: 'Cyhoeddwyd yma',
		lastUpdated: 'Diweddarwyd ddiwethaf',
		versionHistory: 'Hanes fersiynau',
		// Fersiwn is feminine, and stays singular after a number: "3 fersiwn gynharach".
		earlierVersions: (n) => (n === 0 ? 'dim fersiynau cynharach' : n === 1 ? '1 fersiwn gynharach' : `${n} fersiwn gynharach`),
		changesOn: (date) => ['Mae’r hysbysiad hwn yn newid ar ', date, '.'],
		seeWhatWillChange: 'Gweld beth fydd yn newid',
		or: 'neu',
		// Follows "neu", which softens it: darllen, "neu ddarllen".
		readTheNewVersion: 'ddarllen y fersiwn newydd',
		editThisPage: 'Golygu’r dudalen hon',
		editThisPageNote: '(ffynhonnell y fersiwn hon, yn y storfa)',
		permanentAddress: 'Cyfeiriad parhaol y fersiwn hon:',
		openDataTitle: 'Y fersiwn hon fel data agored',
		markdownTitle: 'Testun y fersiwn hon fel Markdown',
		// "hysbysiad preifatrwydd gwefan Larkspur Energy": the owner follows what is owned.
		noticeName: (organisation, type) => `${type.toLowerCase()} ${organisation}`,
		feedLabel: 'newidiadau i’r hysbysiad hwn',
		follow: (label) => `Dilyn ${label} (ffrwd Atom)`,
		contents: 'Cynnwys',
		download: 'Lawrlwytho’r fersiwn hon:',
		aboutOpenData: 'am y data agored',
	},

	versions: {
		// Of a version (fersiwn, feminine): "wedi'i harchifo".
		status: { current: 'mewn grym', archived: 'wedi’i harchifo', upcoming: 'yn dod i rym' },
		changeClass: { first: 'Fersiwn gyntaf', major: 'Newid mawr', minor: 'Newid bach' },
		takesEffect: (from, until) => (until === undefined ? ['Yn dod i rym ar ', from] : ['Yn dod i rym ar ', from, ' tan ', until]),
		inForceFromTo: (from, to) => ['Mewn grym o ', from, ' tan ', to],
		inForceSince: (from) => ['Mewn grym ers ', from],
		archivedTitle: 'Fersiwn wedi’i harchifo yw hon',
		archivedWhen: (from, to) => ['Roedd mewn grym o ', from, ' tan ', to, '. Nid yw’n berthnasol mwyach.'],
		readTheCurrentVersion: 'Darllen y fersiwn gyfredol',
		currentSince: (since) => (since === undefined ? ['.'] : [', sydd mewn grym ers ', since, '.']),
		upcomingTitle: 'Nid yw’r fersiwn hon mewn grym eto',
		upcomingWhen: (from, until) => (until === undefined ? ['Daw i rym ar ', from, '.'] : ['Daw i rym ar ', from, ' a bydd yn berthnasol tan ', until, '.']),
		theCurrentVersion: 'y fersiwn gyfredol',
		untilThen: (link, since) => ['Tan hynny, mae ', link, ' yn berthnasol, ac mae mewn grym ers ', since, '.'],
		noEarlierVersion: 'Nid oes fersiwn gynharach o’r hysbysiad hwn.',
		// A number is followed by the singular: "29 diwrnod".
		publishedWhen: (date, days, upcoming) => [date, `, ${noticeGiven(days, upcoming)}`],
		publishedOn: (date, days, upcoming) => ['Cyhoeddwyd yma ar ', date, `, ${noticeGiven(days, upcoming)}.`],
	},

	history: {
		title: (title, organisation) => `Hanes fersiynau: ${title}, ${organisation}`,
		description: (noticeName) => `Pob fersiwn o ${noticeName}, gyda’r hyn a newidiodd.`,
		heading: (title) => `Hanes fersiynau: ${title}`,
		count: (n) => (n === 1 ? 'Mae gan yr hysbysiad hwn un fersiwn.' : `Mae gan yr hysbysiad hwn ${n} fersiwn, y ddiweddaraf yn gyntaf.`),
		currentTookEffect: (date) => [' Daeth y fersiwn sydd mewn grym heddiw i rym ar ', date, '.'],
		noneInForce: ' Nid oes yr un mewn grym eto.',
		whatChangedSince: (date) => ['Beth sydd wedi newid ers ', date],
		everyComparison: 'Pob cymhariaeth rhwng dwy fersiwn o’r hysbysiad hwn',
	},

	compare: {
		formLegend: 'Cymharu dwy fersiwn',
		earlierVersion: 'Fersiwn gynharach',
		laterVersion: 'Fersiwn ddiweddarach',
		button: 'Cymharu',
		option: (date, status) => `${date} (${status})`,
		sameVersion: 'Dewiswch ddwy fersiwn wahanol i’w cymharu.',
		pairNotCompared: 'Nid yw’r ddwy fersiwn hyn yn cael eu cymharu ar dudalen eu hunain. Cymharwch bob un ohonynt â’r fersiwn o’i blaen, neu â’r fersiwn gyfredol.',
		listTitle: (type, organisation) => `Cymharu fersiynau: ${type}, ${organisation}`,
		listDescription: (noticeName) => `Pob cymhariaeth rhwng dwy fersiwn o ${noticeName}.`,
		listHeading: (type) => `Cymharu fersiynau o’r ${type.toLowerCase()}`,
		listLede: 'Dewiswch y fersiwn ddiweddarach, yna’r un gynharach i’w chymharu â hi.',
		changesUpTo: (date) => ['Newidiadau hyd at ', date],
		since: (date) => ['Ers ', date],
		title: (title, organisation) => `Beth newidiodd: ${title}, ${organisation}`,
		description: (noticeName, from, to) => `Beth newidiodd yn ${noticeName} rhwng fersiynau ${from} a ${to}.`,
		heading: (type) => `Beth newidiodd yn ${article(type)} ${type.toLowerCase()}`,
		lede: (from, to) => ['O fersiwn ', from, ' i fersiwn ', to, '.'],
		eachChange: 'Pob newid rhwng y fersiynau hyn',
		summaryTitle: 'Crynodeb o’r newidiadau',
		// Adran (section) and gair (word) stay singular after a number.
		sectionsChanged: (n, names) => `${n} adran wedi newid: ${names}`,
		sectionsAdded: (n, names) => `${n} adran wedi’u hychwanegu: ${names}`,
		sectionsRemoved: (n, names) => `${n} adran wedi’u dileu: ${names}`,
		sectionsRenamed: (n) => `${n} adran wedi’u hailenwi`,
		sectionsMoved: (n) => `${n} adran wedi’u symud i le newydd`,
		words: (added, removed) => `${added} gair wedi’u hychwanegu ${andNumber(removed)} ${removed} gair wedi’u dileu`,
		unchanged: (moved) => `Mae’r testun yr un fath yn y ddwy fersiwn${moved ? ', er bod adrannau wedi symud' : ''}.`,
		keyBefore: 'Yn y testun isod,',
		keyAdded: 'mae llinell o dan eiriau a ychwanegwyd',
		keyAnd: 'ac',
		keyRemoved: 'mae llinell drwy eiriau a ddilëwyd',
		keyAfter: '. Mae darllenwyr sgrin yn cyhoeddi pob newid fel “added” neu “removed”. Mae adrannau na newidiodd wedi’u plygu o’r golwg.',
		introduction: 'Cyflwyniad',
		sectionStatus: { unchanged: 'Heb newid', changed: 'Wedi newid', added: 'Adran newydd', removed: 'Adran wedi’i dileu' },
		renamedFrom: (name) => ` Ailenwyd o “${name}”.`,
		moved: ' Wedi’i symud i le newydd yn yr hysbysiad.',
		showUnchanged: (title) => `Dangos testun “${title}”, sydd heb newid`,
	},

	glance: {
		title: 'Cipolwg',
		more: (section) => `Rhagor yn yr adran “${section}”`,
		labels: {
			who: 'Pwy sy’n gyfrifol',
			what: 'Pa wybodaeth',
			why: 'Pam, ac ar ba sail gyfreithlon',
			howLong: 'Am ba hyd y caiff ei chadw',
			recipients: 'Derbynwyr',
			transfers: 'Ei hanfon y tu allan i’r DU',
			automated: 'Penderfyniadau gan gyfrifiadur',
			rights: 'Eich hawliau',
			complain: 'Sut i gwyno',
		},
		topics: {
			who: ['pwy ydym ni', 'amdanom ni', 'cysylltu'],
			what: ['pa wybodaeth', 'gwybodaeth a', 'beth rydym yn ei gasglu', 'beth rydym yn ei gadw', 'data a'],
			why: ['sail gyfreithlon', 'pam rydym', 'sut rydym yn defnyddio', 'dibenion', 'pam'],
			howLong: ['am ba hyd', 'cadw', 'cyfnod'],
			recipients: ['rhannu', 'derbynwyr', 'pwy sy’n gweld'],
			transfers: ['tramor', 'tu allan i', 'rhyngwladol', 'trosglwydd'],
			automated: ['awtomataidd', 'cyfrifiadur', 'penderfyniadau'],
			rights: ['eich hawliau', 'hawliau'],
			complain: ['cwyno', 'cwyn', 'anfodlon'],
		},
		seeTheNotice: 'Gweler yr hysbysiad llawn.',
		dpo: '. Swyddog Diogelu Data: ',
		// The row asks, in effect, "A gaiff ei hanfon…?": the answer is "Caiff" or "Na chaiff".
		noTransfers: 'Na chaiff. Mae eich gwybodaeth yn aros yn y DU.',
		yesTransfers: 'Caiff.',
		transfersTo: (places) => `Caiff, i ${places}. Gweler yr hysbysiad llawn am y mesurau diogelu.`,
		// "o dan" softens what follows: rheoliadau, "o dan reoliadau".
		under: (places, safeguard) => `${places}, o dan ${soft(safeguard)}`,
		noAutomated: 'Ni wneir unrhyw benderfyniad amdanoch gan gyfrifiadur yn unig.',
		// "A oes penderfyniadau…?": "Oes".
		yesAutomated: 'Oes.',
		complain: (mail) => ['Cysylltwch â ', mail, ' yn gyntaf.'],
		complainIco: (link) => [' Gallwch hefyd gwyno i ', link, '.'],
		ico: 'Swyddfa’r Comisiynydd Gwybodaeth',
		icoHref: 'https://ico.org.uk/make-a-complaint/',
		and: (last) => `${/^[aeiouwyâêîôûŵŷ]/iu.test(last) ? 'ac' : 'a'} ${aspirate(last)}`,
		andMore: (n) => `${andNumber(n)} ${n} arall`,
		purposes: (n) => `${n} diben`,
		recipients: (n) => `${n} derbynnydd: gweler yr hysbysiad llawn.`,
		otherPeriods: 'Mae cyfnodau eraill yn yr hysbysiad llawn.',
		// "hawl i" softens the first right: cael, "hawl i gael".
		rightsAll: (list) => `Mae gennych hawl i ${soft(list)}.`,
		rightsSome: (n, list) => `Mae gennych ${n} hawl, gan gynnwys yr hawl i ${soft(list)}.`,
		rightsCount: (n) => `Mae gennych ${n} hawl: gweler yr hysbysiad llawn.`,
		// Gwybodaeth is feminine: "ei chywiro", "ohoni".
		rights: {
			informed: ['cael gwybod sut y defnyddir eich gwybodaeth', 'cael gwybod sut y’i defnyddir'],
			access: ['cael copi o’ch gwybodaeth', 'cael copi ohoni'],
			rectification: ['gofyn i ni gywiro eich gwybodaeth', 'gofyn i ni ei chywiro'],
			erasure: ['gofyn i ni ddileu eich gwybodaeth', 'gofyn i ni ei dileu'],
			restriction: ['cyfyngu ar y defnydd o’ch gwybodaeth', 'cyfyngu ar y defnydd ohoni'],
			notification_of_recipients: 'cael gwybod pwy a glywodd am gywiro neu ddileu',
			portability: ['mynd â’ch gwybodaeth i rywle arall', 'mynd â hi i rywle arall'],
			object: ['gwrthwynebu’r defnydd o’ch gwybodaeth', 'gwrthwynebu’r defnydd ohoni'],
			automated_decision_safeguards: 'herio penderfyniad a wnaed gan gyfrifiadur',
			withdraw_consent: 'tynnu eich cydsyniad yn ôl',
		},
		rightPairs: [
			{ rights: ['rectification', 'erasure'], phrase: ['gofyn i ni gywiro neu ddileu eich gwybodaeth', 'gofyn i ni ei chywiro neu ei dileu'] },
			{ rights: ['restriction', 'object'], phrase: ['cyfyngu ar y defnydd o’ch gwybodaeth neu ei wrthwynebu', 'cyfyngu ar y defnydd ohoni neu ei wrthwynebu'] },
		],
		specialCategory: (kinds) => `data categori arbennig (${kinds})`,
		// No Welsh kinds of data yet, so "What information" lists the items as the translation writes
		// them. Matching Welsh by whole words would miss mutated forms (enw, "ei henw"; cyfeiriad,
		// "eich cyfeiriad", "a chyfeiriad") and irregular plurals (manylyn, manylion), and a wrong kind
		// misstates what an organisation collects; a Welsh speaker's list with every form can go here.
		dataCategories: [],
		// The retention reader knows English numbers and units only: Welsh periods are shown as written.
		readsRetention: false,
	},

	feeds: {
		siteDescription: 'Pob fersiwn newydd o bob hysbysiad preifatrwydd ar y wefan hon.',
		organisationTitle: (organisation) => `Newidiadau i hysbysiadau preifatrwydd ${organisation}`,
		organisationDescription: (organisation) => `Pob fersiwn newydd o hysbysiadau preifatrwydd ${organisation}.`,
		noticeTitle: (name) => `Newidiadau i ${name}`,
		noticeDescription: (name) => `Pob fersiwn newydd o ${name}.`,
		entryTitle: (name, first, date) => `${name}: ${first ? 'fersiwn gyntaf' : 'fersiwn newydd'} o ${date}`,
		takesEffect: (date) => `Yn dod i rym ar ${date}`,
		inForceFrom: (date) => `Mewn grym o ${date}`,
		firstPublished: 'Y fersiwn gyntaf a gyhoeddwyd.',
		readThisVersion: 'Darllen y fersiwn hon',
		or: 'neu',
		// Follows "neu", which softens it: gweld, "neu weld".
		seeWhatChanged: 'weld beth newidiodd',
	},
	// (end of the notice pages' sections)

	// Facts and text components (src/lib/components/).
	// Geiriau'r cydrannau ffeithiau a thestun. The components' own words, around what the facts say.
	components: {
		notListed: 'Heb ei rhestru',
		notStated: 'Heb ei nodi yn yr hysbysiad hwn',
		purposes: {
			purpose: 'Diben',
			information: 'Y wybodaeth a ddefnyddir',
			basis: 'Sail gyfreithlon',
			condition: 'Amod ar gyfer gwybodaeth categori arbennig',
			noCondition: 'Dim',
			legitimateInterests: (interests) => `Ein buddiannau dilys: ${interests}`,
			schedule1: (condition) => `Deddf Diogelu Data 2018, Atodlen 1: ${condition}`,
		},
		retention: { howLong: 'Am ba hyd rydym yn ei chadw' },
		// Welsh answers the question the column asks: 'Is it publicly available?' 'Ydy' / 'Nac ydy'.
		sources: { source: 'O ble mae’n dod', isPublic: 'Ar gael i’r cyhoedd', yes: 'Ydy', no: 'Nac ydy' },
		transfers: {
			none: 'Nid ydym yn anfon eich gwybodaeth y tu allan i’r DU: mae’n aros yn y DU.',
			destination: 'I ble mae’n mynd',
			safeguard: 'Beth sy’n ei diogelu',
			copy: 'Sut i gael copi',
			adequate: 'Dim angen: mae cyfraith y DU yn cydnabod bod y diogelwch yno’n ddigonol',
		},
		noAutomatedDecisions: 'Nid ydym yn gwneud penderfyniadau amdanoch chi drwy gyfrifiadur yn unig, heb i unigolyn fod yn rhan o’r broses.',
		contact: {
			emailOrCall: (email, phone) => (phone ? ['Anfonwch e-bost at ', email, ' neu ffoniwch ', phone, '.'] : ['Anfonwch e-bost at ', email, '.']),
			website: (link) => ['Gwefan: ', link, '.'],
			icoName: 'Swyddfa’r Comisiynydd Gwybodaeth',
			registration: (ico, number) => ['Rhif cofrestru gyda’r ', ico, `: ${number}.`],
			noDpo: (email) => ['Nid oes gennym Swyddog Diogelu Data. Os oes gennych gwestiwn am eich gwybodaeth, anfonwch e-bost at ', email, '.'],
			dpo: (name) => `Ein Swyddog Diogelu Data: ${name}.`,
			writeTo: (address) => `Ysgrifennwch at ${address}.`,
		},
		// 'Angen eich cydsyniad?' is answered 'Oes' / 'Nac oes'.
		cookies: {
			allNeedConsent: ', a osodir dim ond os ydych yn cytuno iddynt',
			noneNeedConsent: ', nad oes angen eich cydsyniad arnynt',
			name: 'Enw',
			purpose: 'Beth mae’n ei wneud',
			provider: 'Wedi’i osod gan',
			duration: 'Am ba hyd mae’n para',
			consent: 'Angen eich cydsyniad',
			thirdParty: 'Cwci trydydd parti',
			yes: 'Oes',
			no: 'Nac oes',
		},
		rights: {
			free: 'Mae defnyddio eich hawliau am ddim. Byddwn yn ateb cyn pen mis ar ôl eich cais, neu’n rhoi gwybod i chi o fewn y mis hwnnw os bydd angen hyd at ddau fis arall arnom oherwydd bod y cais yn gymhleth.',
			byEmail: (email) => ['I ddefnyddio’r hawl hon, anfonwch e-bost at ', email, '.'],
			informedUse: (email) => ['Os oes unrhyw ran ohono yn aneglur, anfonwch e-bost at ', email, ' a byddwn yn egluro.'],
			withdrawUse: (email) => ['I dynnu eich cydsyniad yn ôl, anfonwch e-bost at ', email, ', neu newidiwch eich dewis yn yr un man ag y gwnaethoch ei roi.'],
			complainUse: (email) => ['Anfonwch e-bost at ', email, '. Byddwn yn rhoi gwybod i chi ein bod wedi cael eich cwyn cyn pen 30 diwrnod, ac yn dweud wrthych beth rydym yn ei wneud yn ei chylch.'],
			// 'Gallwch' softens what follows: gwneud → wneud.
			icoUse: (website, phone) => ['Gallwch ', website('wneud cwyn ar wefan yr ICO'), ' neu ffonio ei llinell gymorth ar ', phone, '.'],
			right: {
				informed: {
					lead: 'Cael gwybod sut rydym yn defnyddio eich gwybodaeth',
					means: 'Drwy’r hysbysiad hwn rydym yn rhoi gwybod i chi, a byddwn yn rhoi gwybod i chi cyn i ni ddechrau defnyddio eich gwybodaeth mewn ffordd newydd.',
				},
				access: {
					lead: 'Cael copi o’ch gwybodaeth',
					means: 'Gallwch ofyn am gopi o’r wybodaeth sydd gennym amdanoch chi, a gofyn i ni ddweud pam rydym yn ei defnyddio, gyda phwy rydym yn ei rhannu ac o ble y cawsom hi.',
				},
				rectification: {
					lead: 'Cywiro eich gwybodaeth',
					means: 'Os yw’r wybodaeth sydd gennym amdanoch chi yn anghywir neu’n anghyflawn, gallwch ofyn i ni ei chywiro.',
				},
				erasure: {
					lead: 'Dileu eich gwybodaeth',
					means: 'Gallwch ofyn i ni ddileu eich gwybodaeth, er enghraifft pan nad oes ei hangen arnom mwyach. Os yw’r gyfraith yn caniatáu i ni gadw rhywfaint ohoni, neu’n dweud wrthym am wneud hynny, byddwn yn esbonio pam.',
				},
				restriction: {
					lead: 'Cyfyngu ar sut rydym yn defnyddio eich gwybodaeth',
					means: 'Gallwch ofyn i ni gadw eich gwybodaeth ond peidio â’i defnyddio am y tro, er enghraifft tra byddwn yn gwirio a yw’n gywir.',
				},
				notification_of_recipients: {
					lead: 'Gwybod pwy a gafodd wybod am newid',
					means: 'Pan fyddwn yn cywiro neu’n dileu eich gwybodaeth, neu’n cyfyngu ar sut rydym yn ei defnyddio, byddwn yn rhoi gwybod i’r sefydliadau y gwnaethom ei rhannu â nhw, a gallwch ofyn i ni pwy ydyn nhw.',
				},
				portability: {
					lead: 'Mynd â’ch gwybodaeth i rywle arall',
					means: 'Os gwnaethoch roi gwybodaeth i ni a’n bod yn ei defnyddio gyda’ch cydsyniad neu o dan gontract, gallwch ofyn amdani mewn fformat digidol cyffredin, neu ofyn i ni ei hanfon yn syth at sefydliad arall.',
				},
				object: {
					lead: 'Gwrthwynebu sut rydym yn defnyddio eich gwybodaeth',
					means: 'Pan fyddwn yn dibynnu ar ein buddiannau dilys neu ar dasg gyhoeddus, gallwch wrthwynebu oherwydd eich sefyllfa eich hun. Os ydym yn defnyddio eich gwybodaeth ar gyfer marchnata uniongyrchol, gallwch ddweud wrthym am roi’r gorau iddi ar unrhyw adeg, a byddwn yn gwneud hynny.',
				},
				automated_decision_safeguards: {
					lead: 'Herio penderfyniad a wnaed gan gyfrifiadur',
					means: 'Os yw cyfrifiadur yn gwneud penderfyniad sy’n effeithio’n ddifrifol arnoch chi, heb i unigolyn fod yn rhan o’r broses, gallwch ofyn i unigolyn edrych arno eto, rhoi eich safbwynt i ni, a herio’r penderfyniad.',
				},
				withdraw_consent: {
					lead: 'Tynnu eich cydsyniad yn ôl',
					means: 'Pan fyddwn yn defnyddio eich gwybodaeth oherwydd eich bod wedi cytuno i hynny, gallwch newid eich meddwl ar unrhyw adeg. Nid yw hyn yn effeithio ar yr hyn a wnaethom cyn i chi newid eich meddwl.',
				},
				complain_controller: {
					lead: 'Cwyno i ni',
					means: 'Os ydych yn anhapus â’r ffordd rydym wedi defnyddio eich gwybodaeth, gallwch gwyno i ni.',
				},
				complain_ico: {
					lead: 'Cwyno i Swyddfa’r Comisiynydd Gwybodaeth',
					means: 'Swyddfa’r Comisiynydd Gwybodaeth (ICO) yw rheoleiddiwr annibynnol y DU ar gyfer diogelu data. Fel arfer, bydd yn gofyn i chi ddweud wrthym ni yn gyntaf, er mwyn i ni geisio unioni pethau.',
				},
			},
		},
		rightToObject: {
			heading: 'Eich hawl i wrthwynebu',
			grounds: 'Gallwch wrthwynebu ar unrhyw adeg i’r ffordd rydym yn defnyddio eich gwybodaeth pan fyddwn yn ei defnyddio oherwydd ei bod er ein buddiannau dilys, neu oherwydd bod ei hangen arnom ar gyfer tasg er budd y cyhoedd neu ar gyfer ein dyletswyddau swyddogol. Dywedwch wrthym beth am eich sefyllfa eich hun sy’n gwneud i chi wrthwynebu.',
			then: 'Byddwn wedyn yn rhoi’r gorau iddi, oni bai y gallwn ddangos rhesymau cryf a dilys dros barhau sy’n drech na’ch buddiannau, eich hawliau a’ch rhyddidau, neu fod angen y wybodaeth arnom i wneud, dilyn neu amddiffyn hawliad cyfreithiol.',
			covers: 'Mae’n berthnasol i’r ffyrdd hyn o ddefnyddio eich gwybodaeth yn yr hysbysiad hwn:',
			marketing: 'Gallwch ddweud wrthym bob amser am roi’r gorau i ddefnyddio eich gwybodaeth ar gyfer marchnata uniongyrchol, gan gynnwys unrhyw broffilio a wnawn at y diben hwnnw. Nid oes angen i chi roi rheswm, a byddwn yn rhoi’r gorau iddi.',
			how: (name, email) => [`I wrthwynebu, anfonwch e-bost at ${name} ar `, email, '.'],
		},
	},

	// (end of the components' sections)

	// Lists, notice types, organisations, search and the glossary.
	typeComparison: {
		title: 'Cymharu rhwng sefydliadau',
		asItStands: { before: 'Mae pob rhes yn dangos hysbysiad un sefydliad fel y mae ar ', after: ', yng ngeiriau ei ffeithiau.' },
		notStatedMeans: (notStated) => `Mae “${notStated}” yn golygu nad yw ffeithiau’r hysbysiad yn dweud.`,
		upcomingRows: (notYetInForce) => ` Mae rhes a nodir “${notYetInForce}” yn dangos hysbysiad sy’n dod i rym yn nes ymlaen: nid oes gan y sefydliad hwnnw hysbysiad o’r math hwn mewn grym eto.`,
		checklistAbout:
			'Mae rhestr wirio GDPR y DU yn cyfrif y 15 peth y mae Erthyglau 13 a 14 yn gofyn i hysbysiad eu dweud wrth bobl, ac yn enwi unrhyw rai y mae ffeithiau’r hysbysiad yn eu hepgor. Dim ond i rai hysbysiadau y mae rhai ohonynt yn berthnasol, megis yr hawl i dynnu cydsyniad yn ôl pan nad oes dim yn dibynnu ar gydsyniad.',
		// "yn" (in) takes the nasal mutation: data → nata.
		openData: { before: 'Mae’r un ffeithiau, ar gyfer pob fersiwn o bob hysbysiad, yn ', link: 'nata agored', after: ' y wefan:' },
		purposesCsv: ' i’w agor mewn taenlen, un rhes ar gyfer pob diben.',
		caption: (title) => `${title}: beth mae hysbysiad pob sefydliad yn ei ddweud`,
		columns: {
			organisation: 'Sefydliad',
			bases: 'Seiliau cyfreithlon',
			retention: 'Am ba hyd y cedwir gwybodaeth, fesul diben',
			recipients: 'Derbynwyr',
			transfers: 'Trosglwyddo y tu allan i’r DU',
			automatedDecisions: 'Penderfyniadau awtomataidd',
			checklist: 'Rhestr wirio GDPR y DU',
			lastChanged: 'Newidiwyd ddiwethaf',
		},
		notYetInForce: 'Heb ddod i rym eto',
		checklistCounts: (present, total, missing, notApplicable) =>
			`${present} o ${total} yn bresennol, ${missing} ar goll${notApplicable > 0 ? `, ${notApplicable} yn amherthnasol` : ''}.`,
		missing: 'Ar goll:',
		withoutFacts: 'Heb ffeithiau, dim ond manylion y sefydliad ei hun y gellir eu gwirio.',
		takesEffect: { before: 'Heb ddod i rym eto: yn dod i rym ar ', after: '.' },
		inForceSince: { before: 'Mewn grym ers ', after: '.' },
		changesOn: { before: 'Yn newid ar ', after: '.' },
		readThisVersion: 'Darllen y fersiwn hon',
		ofTheirNotice: (name) => ` o hysbysiad ${name}`,
		notStated: 'Heb ei nodi',
		factsNotGiven: 'Dim ffeithiau wedi’u rhoi',
		none: 'Dim',
		no: 'Nac oes',
		// "o dan" would mutate the safeguard's name (Cytundeb → Gytundeb); a colon leaves it as it is.
		transfer: (destination, safeguard) => `${destination} (mesur diogelu: ${safeguard})`,
	},

	checklist: {
		items: {
			controller: 'Manylion adnabod a chyswllt y rheolydd',
			dpo: 'Manylion cyswllt y Swyddog Diogelu Data',
			purposes: 'Dibenion prosesu',
			basis: 'Sail gyfreithlon pob diben',
			legitimateInterests: 'Y buddiannau dilys a geisir',
			dataCategories: 'Categorïau o ddata personol',
			recipients: 'Derbynwyr neu gategorïau o dderbynwyr',
			transfers: 'Trosglwyddiadau rhyngwladol a’u mesurau diogelu',
			retention: 'Cyfnod cadw neu’r meini prawf ar ei gyfer',
			rights: 'Hawliau mynediad, cywiro, dileu, cyfyngu, gwrthwynebu a chludadwyedd',
			withdrawConsent: 'Yr hawl i dynnu cydsyniad yn ôl',
			complain: 'Yr hawl i gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO)',
			requirement: 'A yw’r data yn ofyniad statudol neu gontractiol, a’r canlyniadau',
			automatedDecisions: 'Penderfyniadau awtomataidd, gan gynnwys proffilio',
			source: 'Ffynhonnell y data, ac a yw ar gael i’r cyhoedd',
		},
		missingItem: (title, articles) => `${title} (${articles.replace(/^Art /, 'Erthygl ')})`,
	},

	noticeList: {
		inForceSince: 'Mewn grym ers ',
		takesEffectOn: 'Yn dod i rym ar ',
		changesOn: 'yn newid ar ',
	},

	organisationDetails: {
		legalName: 'Enw cyfreithiol',
		kind: 'Math',
		companyNumber: 'Rhif cwmni',
		charityNumber: 'Rhif elusen',
		ico: { before: 'Rhif cofrestru ', abbreviation: 'ICO', title: 'Swyddfa’r Comisiynydd Gwybodaeth', after: '' },
		address: 'Cyfeiriad',
		email: 'E-bost',
		telephone: 'Ffôn',
		website: 'Gwefan',
		dpo: 'Swyddog Diogelu Data',
	},

	glossaryPage: {
		title: 'Geirfa',
		description: 'Ystyr y geiriau a ddefnyddir yn yr hysbysiadau preifatrwydd hyn.',
		empty: 'Nid oes geirfa ar y wefan hon eto.',
	},

	// The names of the bodies and of the regulations are given as we understand their Welsh forms;
	// a Welsh speaker should check them against each body's own Welsh pages (README, "Languages").
	accessibilityPage: {
		title: 'Datganiad hygyrchedd',
		description: 'Pa mor hygyrch yw’r wefan hon, sut y caiff ei phrofi, a beth i’w wneud os oes gennych broblem wrth ei defnyddio.',
		ownerFallback: 'Perchennog y wefan hon',
		scope: (site) => ['Mae’r datganiad hwn yn berthnasol i ', site, '.'],
		intro: (owner) => `${owner} sy’n rhedeg y wefan hon, ac mae’n dymuno i gymaint o bobl â phosibl allu ei defnyddio. Mae’r wefan wedi’i hadeiladu fel y gallwch:`,
		// Each follows "gallwch", so its verb is softened: darllen, "gallwch ddarllen".
		features: [
			'ddarllen pob hysbysiad heb JavaScript: dim ond y chwilio sy’n ei ddefnyddio, a gallwch ddod o hyd i hysbysiadau yn ôl sefydliad neu fath o hysbysiad hebddo',
			'ddarllen tudalennau ar sgrin 320 picsel o led, neu wedi’u chwyddo i 400%, heb sgrolio i’r ochr',
			'weld tudalennau mewn lliwiau golau neu dywyll, fel y mae eich dyfais wedi’i gosod',
			'argraffu unrhyw hysbysiad, heb ddewislenni’r wefan',
			'gyrraedd pob dolen, botwm a maes â bysellfwrdd, gyda’r ffocws i’w weld bob amser, a neidio i’r prif gynnwys',
			'ddefnyddio darllenydd sgrin: mae gan dudalennau benawdau, tirnodau a thablau â phenawdau, ac mae dyddiadau wedi’u marcio fel dyddiadau',
			'ddarllen y wefan yn Gymraeg, lle mae gan hysbysiad gyfieithiad Cymraeg',
		],
		advice: { before: 'Mae gan ', link: 'AbilityNet', after: ' gyngor ar wneud eich dyfais yn haws i’w defnyddio os oes gennych anabledd.' },

		howAccessible: 'Pa mor hygyrch yw’r wefan hon',
		knownIssuesIntro: 'Gwyddom nad yw’r rhannau hyn o’r wefan yn gwbl hygyrch:',
		// Impersonal, so the owner's name never falls mid-sentence after a word that would mutate it.
		noKnownIssues: () => 'Ni wyddys am unrhyw ran o’r wefan hon nad yw’n hygyrch.',
		undeclaredSummary: (owner) => `${owner} sydd i ddatgan pa mor hygyrch yw’r wefan hon, ac nid yw wedi gwneud hynny eto. Mae’r profion awtomatig isod wedi canfod yr hyn a allant, ond dim ond gwiriadau gan bobl all ddangos a yw gwefan yn bodloni’r safon.`,

		cannotAccess: 'Beth i’w wneud os na allwch ddefnyddio rhannau o’r wefan hon',
		alternativeFormat: (owner) => `Os oes arnoch angen hysbysiad mewn fformat arall, fel print bras, fersiwn hawdd ei deall, recordiad sain neu Braille, cysylltwch â ${owner}:`,
		// A Welsh noun stays singular after a number: 5 diwrnod.
		replyWithin: (days) => `Cewch ateb o fewn ${days} diwrnod gwaith.`,
		noContact: 'Nid yw’r bobl sy’n rhedeg y wefan hon wedi rhoi ffordd o gysylltu â nhw. Gofynnwch i’r sefydliad y mae arnoch angen ei hysbysiad: mae tudalen pob sefydliad yn rhoi ei fanylion cyswllt.',
		contactEmail: 'E-bost',
		contactPhone: 'Ffôn',
		contactPage: 'Ffyrdd eraill o gysylltu',

		reporting: 'Rhoi gwybod am broblemau hygyrchedd gyda’r wefan hon',
		reportingText: (owner) => `Os dewch o hyd i broblem nad yw wedi’i rhestru ar y dudalen hon, neu os ydych yn credu nad yw’r wefan hon yn bodloni’r gofynion hygyrchedd, rhowch wybod i ${owner}, gan ddefnyddio’r manylion cyswllt uchod.`,

		enforcement: 'Y drefn orfodi',
		ehrc: (ehrc, regulations) => ['', ehrc, ' sy’n gorfodi ', regulations, ' yng Nghymru, Lloegr a’r Alban.'],
		ehrcName: 'Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC)',
		regulationsName: 'Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018',
		eass: (eass) => ['Os nad ydych yn fodlon â’r ateb i’ch adroddiad neu’ch cais, cysylltwch â’r ', eass, '.'],
		eassName: 'Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)',
		ecni: (ecni) => ['Yng Ngogledd Iwerddon, cysylltwch â ', ecni, ', sy’n gorfodi’r rheoliadau yno.'],
		ecniName: 'Chomisiwn Cydraddoldeb Gogledd Iwerddon (ECNI)',

		technical: 'Gwybodaeth dechnegol am hygyrchedd y wefan hon',
		committed: (owner) => `${owner} sy’n gyfrifol am y wefan hon, ac mae wedi ymrwymo i’w gwneud yn hygyrch, yn unol â Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018.`,
		complianceHeading: 'Statws cydymffurfio',
		// "X sy’n datgan": it is the owner who declares. `wcag` follows "â", so its name is aspirated: Chanllawiau.
		compliance: {
			full: (owner, wcag) => [`${owner} sy’n datgan bod y wefan hon yn cydymffurfio’n llawn â `, wcag, ' ar lefel AA.'],
			partial: (owner, wcag) => [`${owner} sy’n datgan bod y wefan hon yn cydymffurfio’n rhannol â `, wcag, ' ar lefel AA, oherwydd y rhannau a restrir dan “Cynnwys nad yw’n hygyrch”.'],
			none: (owner, wcag) => [`${owner} sy’n datgan nad yw’r wefan hon yn cydymffurfio â `, wcag, ' ar lefel AA. Rhestrir y rhannau nad ydynt yn hygyrch dan “Cynnwys nad yw’n hygyrch”.'],
			undeclared: (owner, wcag) => [`${owner} sydd heb ddatgan eto a yw’r wefan hon yn cydymffurfio â `, wcag, ' ar lefel AA. Mae angen gwiriadau gan bobl, yn ogystal â phrofion awtomatig, cyn gwneud datganiad.'],
		},
		wcagName: 'Chanllawiau Hygyrchedd Cynnwys y We (WCAG) fersiwn 2.2',
		nonAccessible: 'Cynnwys nad yw’n hygyrch',
		criteria: (numbers) => `Nid yw’n bodloni meini prawf llwyddiant ${numbers} WCAG 2.2.`,
		criterion: (number) => `Nid yw’n bodloni maen prawf llwyddiant ${number} WCAG 2.2.`,
		fixBy: (date) => `Y bwriad yw datrys hyn erbyn ${date}.`,

		testing: 'Sut y caiff y wefan hon ei phrofi',
		method: (versions, levels, schemes, widths) =>
			`Caiff pob tudalen ar y wefan ei gwirio ag axe-core, offeryn gwirio hygyrchedd awtomatig, yn erbyn ei reolau ar gyfer WCAG ${versions} ar lefelau ${levels}, a’i arferion gorau. Caiff pob tudalen ei gwirio mewn lliwiau ${schemes}, ar led o ${widths} picsel.`,
		schemeNames: { light: 'golau', dark: 'tywyll' },
		// A Welsh noun stays singular after a number: 183 tudalen, 732 gwiriad.
		passed: (date, axe, pages, checks) => ['Profwyd y tudalennau hyn ddiwethaf ar ', date, `: ni chanfu axe-core ${axe} unrhyw fethiannau ar ${pages} tudalen, mewn ${checks} gwiriad.`],
		failed: (date, axe, pages) => ['Profwyd y tudalennau hyn ddiwethaf ar ', date, `: gwiriodd axe-core ${axe} ${pages} tudalen, a chanfod methiannau ar y rhain:`],
		notTested: 'Nid oes cofnod o rediad prawf ar gyfer y fersiwn hon o’r wefan, felly nid yw’r datganiad hwn yn rhoi dyddiad profi.',
		limits: 'Dim ond rhai mathau o broblem hygyrchedd y gall profion awtomatig eu canfod, ac ni allant ddangos bod gwefan yn bodloni’r safon. Felly gwiriad yw’r profion, nid datganiad: perchennog y wefan sydd i ddatgan y statws cydymffurfio uchod.',

		preparation: 'Paratoi’r datganiad hygyrchedd hwn',
		prepared: (date) => ['Paratowyd y datganiad hwn ar ', date, '.'],
		reviewed: (date) => ['Fe’i hadolygwyd ddiwethaf ar ', date, '.'],
		notPrepared: 'Caiff y datganiad hwn ei wneud o osodiadau’r wefan a’i rhediad prawf diwethaf bob tro y caiff y wefan ei hadeiladu. Nid yw’r bobl sy’n rhedeg y wefan wedi rhoi’r dyddiad y’i paratowyd eto.',
		// "a" before a consonant, softened as after "a" (aspirate: a thywyll); "ac" before a vowel (A ac AA); before a number, as it is said.
		list: (items) => {
			if (items.length < 2) return items.join('');
			const last = items.at(-1)!;
			const and = /^\d/u.test(last) ? andNumber(Number.parseInt(last, 10)) : /^[aeiouwy]/iu.test(last) ? 'ac' : 'a';
			return `${items.slice(0, -1).join(', ')} ${and} ${/^\d/u.test(last) ? last : aspirate(last)}`;
		},
	},

	search: {
		title: 'Chwilio hysbysiadau',
		description: 'Chwilio testun pob hysbysiad preifatrwydd ar y wefan hon.',
		query: 'Geiriau i chwilio amdanynt',
		button: 'Chwilio',
		allVersions: 'Cynnwys fersiynau sydd ar ddod a fersiynau wedi’u harchifo, nid dim ond y rhai sydd mewn grym heddiw',
		// The names follow "yn" in their mutated form: yn Saesneg, yn Gymraeg (meta.languageNames has the plain names).
		allLanguages: (names) => `Cynnwys hysbysiadau yn ${names.replace(/^Cymraeg/, 'Gymraeg')}`,
		filters: 'Hidlo yn ôl sefydliad, math o hysbysiad neu flwyddyn',
		organisation: 'Sefydliad',
		noticeType: 'Math o hysbysiad',
		year: 'Mewn grym yn ystod',
		applyFilters: 'Hidlo',
		noScript: {
			before: 'Mae angen JavaScript i chwilio, ac mae wedi’i ddiffodd neu nid yw’n gweithio yn eich porwr. Gallwch ',
			byOrganisation: 'ddod o hyd i hysbysiad yn ôl sefydliad',
			or: ' neu ',
			byType: 'yn ôl math o hysbysiad',
			after: ' o hyd.',
		},
		// A Welsh noun stays singular after a number: 3 canlyniad.
		client: {
			empty: 'Teipiwch y geiriau rydych am chwilio amdanynt.',
			noResults: 'Dim canlyniadau ar gyfer “{query}” {scope}{languages}. Gwiriwch y sillafu, rhowch gynnig ar lai o eiriau neu eiriau eraill{hint}.',
			hint: ', neu cynhwyswch fersiynau sydd ar ddod a fersiynau wedi’u harchifo',
			resultsOne: '{count} canlyniad ar gyfer “{query}” {scope}{languages}{more}.',
			resultsOther: '{count} canlyniad ar gyfer “{query}” {scope}{languages}{more}.',
			more: ', yn dangos y {shown} cyntaf',
			scopeAll: 'ym mhob fersiwn',
			scopeCurrent: 'yn y fersiynau sydd mewn grym heddiw',
			everyLanguage: ', ym mhob iaith',
			status: { current: 'Mewn grym', upcoming: 'Ar ddod', archived: 'Wedi’i archifo' },
			effectiveFrom: ' · mewn grym o ',
			sections: 'Adrannau sy’n cyfateb yn {title}',
			thisNotice: 'yr hysbysiad hwn',
		},
	},

	// (end of the lists' sections)
};
