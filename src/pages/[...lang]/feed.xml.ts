import type { APIContext } from 'astro';
import { catalogueIn, inLanguages } from '../../lib/site-languages.ts';
import { feedResponse, siteFeedInfo } from '../../lib/site-feeds.ts';
import type { LanguageCode } from '../../i18n/index.ts';
import { paths } from '../../lib/urls.ts';

export const getStaticPaths = () => inLanguages(paths.home(), {}, () => ({}));

/** `/feed.xml`, `/cy/feed.xml`: every version of every notice on the site, in the feed's language. */
export function GET({ props }: APIContext<{ language: LanguageCode }>) {
	return feedResponse(siteFeedInfo(props.language), catalogueIn(props.language).notices, props.language);
}
