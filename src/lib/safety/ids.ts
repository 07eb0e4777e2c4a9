import GithubSlugger from 'github-slugger';

/**
 * Ids the page itself gives elements around a notice's body, which no section may take: the skip
 * link's target and the footnotes heading. A heading "Main" would otherwise send the skip link,
 * and every "#main" link, to itself.
 */
export const PAGE_IDS = ['main', 'footnote-label'] as const;

/** A slugger for one document's section ids, with the page's own ids taken, so "Main" becomes `main-1`. */
export function sectionSlugger(): GithubSlugger {
	const slugger = new GithubSlugger();
	for (const id of PAGE_IDS) slugger.slug(id);
	return slugger;
}
