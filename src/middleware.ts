import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LANGUAGE, languageOfUrl } from './i18n/index.ts';
import { localiseLinks } from './lib/languages.ts';
import { PAGE_LANGUAGES } from './lib/site-languages.ts';

/**
 * A page in a language other than the default has its links lead to pages in its language where
 * they exist (src/lib/languages.ts), so components link to a page by its one path and need not
 * know the language. Pages in the default language, and files that are not pages, pass untouched.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const language = languageOfUrl(context.url, import.meta.env.BASE_URL);
	if (language === DEFAULT_LANGUAGE || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = localiseLinks(await response.text(), language, import.meta.env.BASE_URL, PAGE_LANGUAGES);
	return new Response(html, { status: response.status, headers: response.headers });
});
