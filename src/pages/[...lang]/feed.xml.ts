import { catalogue } from '../../lib/site.ts';
import { feedResponse } from '../../lib/site-feeds.ts';
import { paths } from '../../lib/urls.ts';

export const getStaticPaths = () => [{ params: { lang: undefined } }];

/** `/feed.xml`: every version of every notice on the site. */
export function GET() {
	return feedResponse(
		{
			title: 'Changes to privacy notices',
			description: 'Every new version of every privacy notice on this site.',
			// The site compiles this feed; each entry names its own organisation as its author.
			author: 'Noticeboard',
			page: paths.home(),
			self: paths.siteFeed(),
		},
		catalogue.notices,
	);
}
