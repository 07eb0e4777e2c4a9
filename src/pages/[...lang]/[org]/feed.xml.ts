import type { APIContext, GetStaticPaths } from 'astro';
import { catalogue, type SiteOrganisation } from '../../../lib/site.ts';
import { feedResponse } from '../../../lib/site-feeds.ts';
import { paths } from '../../../lib/urls.ts';

export const getStaticPaths = (() =>
	catalogue.organisations.map((organisation) => ({ params: { lang: undefined, org: organisation.slug }, props: { organisation } }))) satisfies GetStaticPaths;

/** `/<org>/feed.xml`: every version of one organisation's notices. */
export function GET({ props }: APIContext<{ organisation: SiteOrganisation }>) {
	const { slug, data, notices } = props.organisation;
	return feedResponse(
		{
			title: `Changes to ${data.name}'s privacy notices`,
			description: `Every new version of ${data.name}'s privacy notices.`,
			author: data.name,
			page: paths.organisation(slug),
			self: paths.organisationFeed(slug),
		},
		notices,
	);
}
