import type { APIContext, GetStaticPaths } from 'astro';
import { catalogue, noticeTypeOf, organisationOf, type SiteNotice } from '../../../../lib/site.ts';
import { feedResponse } from '../../../../lib/site-feeds.ts';
import { paths } from '../../../../lib/urls.ts';

export const getStaticPaths = (() =>
	catalogue.notices.map((notice) => ({ params: { lang: undefined, org: notice.org, type: notice.type }, props: { notice } }))) satisfies GetStaticPaths;

/** `/<org>/<type>/feed.xml`: every version of one notice. */
export function GET({ props }: APIContext<{ notice: SiteNotice }>) {
	const { notice } = props;
	const organisation = organisationOf(notice.org).data.name;
	const name = `${organisation}'s ${noticeTypeOf(notice.type).data.title.toLowerCase()}`;
	return feedResponse(
		{
			title: `Changes to ${name}`,
			description: `Every new version of ${name}.`,
			author: organisation,
			page: paths.notice(notice.org, notice.type),
			self: paths.noticeFeed(notice.org, notice.type),
		},
		[notice],
	);
}
