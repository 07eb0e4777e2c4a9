import type { APIContext } from 'astro';
import type { LanguageCode } from '../../../../i18n/index.ts';
import { catalogue, type SiteNotice } from '../../../../lib/site.ts';
import { inLanguages, noticeIn } from '../../../../lib/site-languages.ts';
import { feedResponse, noticeFeedInfo } from '../../../../lib/site-feeds.ts';
import { paths } from '../../../../lib/urls.ts';

export const getStaticPaths = () =>
	catalogue.notices.flatMap((notice) => inLanguages(paths.notice(notice.org, notice.type), { org: notice.org, type: notice.type }, (language) => ({ notice: noticeIn(language, notice) })));

/** `/<org>/<type>/feed.xml`: every version of one notice, in the feed's language. */
export function GET({ props }: APIContext<{ notice: SiteNotice; language: LanguageCode }>) {
	return feedResponse(noticeFeedInfo(props.notice, props.language), [props.notice], props.language);
}
