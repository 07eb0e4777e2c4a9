/** Site paths for every kind of page, without the base path. One place, so links and routes agree. */
export const paths = {
	/** `/`: every organisation and notice type. */
	home: () => '/',
	/** `/<org>/`: one organisation. */
	organisation: (org: string) => `/${org}/`,
	/** `/<org>/<type>/`: the current version of a notice. */
	notice: (org: string, type: string) => `/${org}/${type}/`,
	/** `/<org>/<type>/<effective>/`: one version, permanently. */
	version: (org: string, type: string, effective: string) => `/${org}/${type}/${effective}/`,
	/** `/<org>/<type>/<effective>/notice.json`: one version as open data, with its text. */
	versionJson: (org: string, type: string, effective: string) => `/${org}/${type}/${effective}/notice.json`,
	/** `/<org>/<type>/<effective>/notice.md`: one version's text as Markdown. */
	versionMarkdown: (org: string, type: string, effective: string) => `/${org}/${type}/${effective}/notice.md`,
	/** `/types/<type>/`: one notice type across organisations. */
	noticeType: (type: string) => `/types/${type}/`,
	/** `/<org>/<type>/history/`: every version of a notice. */
	history: (org: string, type: string) => `/${org}/${type}/history/`,
	/** `/<org>/<type>/compare/`: every comparison between two versions of a notice. */
	comparisons: (org: string, type: string) => `/${org}/${type}/compare/`,
	/** `/<org>/<type>/compare/<from>/<to>/`: what changed between two versions. */
	compare: (org: string, type: string, from: string, to: string) => `/${org}/${type}/compare/${from}/${to}/`,
	/** `/images/<org>/<file>`: an image an organisation's notices show, copied from content/images/. */
	image: (org: string, file: string) => `/images/${org}/${file}`,
	/** `/glossary/`: what the words notices use mean, each term at `#<slug>`. */
	glossary: () => '/glossary/',
	/** `/accessibility/`: the accessibility statement, from the site's settings and its last test run. */
	accessibility: () => '/accessibility/',
	/** `/data/`: what open data the site publishes, under what licence, and what its fields mean. */
	openData: () => '/data/',
	/** `/data/notices.json`: every version on the site, as open data. */
	dataset: () => '/data/notices.json',
	/** `/data/purposes.csv`: one row per purpose per version. */
	purposesCsv: () => '/data/purposes.csv',
	/** `/data/schema.json`: the JSON Schema of the open data. */
	dataSchema: () => '/data/schema.json',
	/** `/feed.xml`: every change on the site. */
	siteFeed: () => '/feed.xml',
	/** `/<org>/feed.xml`: every change to one organisation's notices. */
	organisationFeed: (org: string) => `/${org}/feed.xml`,
	/** `/<org>/<type>/feed.xml`: every change to one notice. */
	noticeFeed: (org: string, type: string) => `/${org}/${type}/feed.xml`,
};

/** Joins the site's base path (`/` or `/policies/`) and a site path (`/acme/`). */
export function withBase(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}${path}`;
}

/** The full public address of a site path, for a site published at `site` (its origin) under `base`. */
export function absoluteUrlOf(site: string, base: string): (path: string) => string {
	return (path) => new URL(withBase(base, path), site).href;
}

/** Strips the base path from a URL's path, giving the site path, or undefined if it is outside the base. */
export function withoutBase(base: string, pathname: string): string | undefined {
	const prefix = base.replace(/\/+$/, '');
	return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : undefined;
}

/**
 * The address for editing a content file in its repository: `base` (such as
 * `https://github.com/acme/notices/edit/main/`) followed by the file's path in the repository.
 * Undefined when no base is configured, so no link is shown.
 */
export function editUrl(base: string | undefined, filePath: string | undefined): string | undefined {
	if (!base || !filePath) return undefined;
	return new URL(filePath.replace(/^\.?\//, ''), base.endsWith('/') ? base : `${base}/`).href;
}
