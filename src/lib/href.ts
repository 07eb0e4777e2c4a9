import { withBase } from './urls.ts';

/** A site path with the configured base path in front, for links in pages. */
export function href(path: string): string {
	return withBase(import.meta.env.BASE_URL, path);
}
