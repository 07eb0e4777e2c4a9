import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../urls.ts';

/**
 * Puts the site's base path in front of links that editors write from the site root
 * (`/acme/website/`), so they keep working when the site is served from a sub-folder such as
 * `/policies/`. Other links (`https:`, `mailto:`, `#section`, `//host`) are left alone.
 */
export function baseLinks(base: string): HastPluginDefinition {
	return {
		name: 'noticeboard-base-links',
		element: {
			filter: ['a', 'img'],
			visit(node, ctx) {
				const key = node.tagName === 'a' ? 'href' : 'src';
				const url = node.properties[key];
				if (typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && base !== '/') {
					ctx.setProperty(node, key, withBase(base, url));
				}
			},
		},
	};
}
