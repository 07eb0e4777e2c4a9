import type { APIContext } from 'astro';
import type { LanguageCode } from '../../../i18n/index.ts';
import { catalogue, type SiteOrganisation } from '../../../lib/site.ts';
import { catalogueIn, inLanguages } from '../../../lib/site-languages.ts';
import { feedResponse, organisationFeedInfo } from '../../../lib/site-feeds.ts';
import { paths } from '../../../lib/urls.ts';

export const getStaticPaths = () =>
	catalogue.organisations.flatMap((organisation) =>
		inLanguages(paths.organisation(organisation.slug), { org: organisation.slug }, (language) => ({ organisation: catalogueIn(language).organisations.find((o) => o.slug === organisation.slug)! })),
	);

/** `/<org>/feed.xml`: every version of one organisation's notices, in the feed's language. */
export function GET({ props }: APIContext<{ organisation: SiteOrganisation; language: LanguageCode }>) {
	return feedResponse(organisationFeedInfo(props.organisation, props.language), props.organisation.notices, props.language);
}
