import type { HastPluginEntry } from 'satteri';
import { accessibleGfm } from './accessible-gfm.ts';
import { baseLinks } from './base-links.ts';
import { headingAnchors } from './heading-anchors.ts';

/** Noticeboard's additions to Astro's Markdown rendering, for a site served from `base`. */
export function noticeHastPlugins(base: string): HastPluginEntry[] {
	return [accessibleGfm, headingAnchors(), baseLinks(base)];
}
