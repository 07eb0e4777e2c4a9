import { absoluteUrlOf, withBase } from './urls.ts';

/** A site path with the configured base path in front, for links in pages. */
export function href(path: string): string {
	return withBase(import.meta.env.BASE_URL, path);
}

/** The full public address of a site path, for print and feeds, where a bare path is no use. */
export const absoluteUrl = absoluteUrlOf(import.meta.env.SITE, import.meta.env.BASE_URL);
