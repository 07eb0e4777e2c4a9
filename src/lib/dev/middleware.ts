// The dev server's side of the banner (decision 0017): it serves the banner's stylesheet and
// puts the banner into every HTML page Astro renders. `astro dev` only: built pages never see it.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Problem } from '../check/problem.ts';
import { withoutBase } from '../urls.ts';
import { withBanner } from './banner.ts';

/** Where the banner's stylesheet is served, under the base path; no notice's address can start with "_". */
export const STYLESHEET_PATH = '/_noticeboard/content-check.css';

/**
 * A dev server middleware that serves the banner's stylesheet and puts the banner for the latest
 * `problems()` into each HTML response, waiting for a check that is due so that a reload right
 * after a save shows what the save did.
 */
export function contentCheckBanner(problems: () => Promise<readonly Problem[]>, base: string) {
	const stylesheet = `${base.replace(/\/$/, '')}${STYLESHEET_PATH}`;
	let css: string | undefined;
	return (request: IncomingMessage, response: ServerResponse, next: () => void) => {
		const path = withoutBase(base, new URL(request.url ?? '/', 'http://localhost').pathname);
		if (path === STYLESHEET_PATH) {
			css ??= readFileSync(new URL('./content-check.css', import.meta.url), 'utf8');
			response.setHeader('Content-Type', 'text/css; charset=utf-8');
			response.end(css);
			return;
		}
		rewriteHtml(response, async (html) => withBanner(html, await problems(), stylesheet));
		next();
	};
}

type Chunk = string | Uint8Array;
const isChunk = (value: unknown): value is Chunk => typeof value === 'string' || value instanceof Uint8Array;

/**
 * Holds back the body of `response` if it turns out to be HTML, and sends `rewrite` of it instead.
 * Whether it is HTML is known when its headers are written; any other response passes untouched.
 */
function rewriteHtml(response: ServerResponse, rewrite: (html: string) => Promise<string>): void {
	const original = { writeHead: response.writeHead, write: response.write, end: response.end };
	const restore = () => Object.assign(response, original);
	const chunks: Buffer[] = [];
	let html: boolean | undefined;
	const decide = () => {
		if (html !== undefined) return;
		html = /^text\/html\b/i.test(String(response.getHeader('content-type') ?? ''));
		if (!html) restore();
	};
	const writeHead = (status: number, ...rest: unknown[]) => {
		const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
		const reason = rest.find((arg) => typeof arg === 'string');
		// Headers given as a raw array are rare and never Astro's: pass those responses through.
		if (Array.isArray(headers)) {
			html = false;
			restore();
			return Reflect.apply(original.writeHead, response, [status, ...rest]) as ServerResponse;
		}
		for (const [name, value] of Object.entries((headers ?? {}) as OutgoingHttpHeaders)) if (value !== undefined) response.setHeader(name, value);
		response.statusCode = status;
		if (typeof reason === 'string') response.statusMessage = reason;
		decide();
		return html ? response : original.writeHead.call(response, status);
	};
	const write = (chunk: unknown, ...rest: unknown[]) => {
		decide();
		if (!html) return Reflect.apply(original.write, response, [chunk, ...rest]) as boolean;
		if (isChunk(chunk)) chunks.push(Buffer.from(chunk));
		return true;
	};
	const end = (...args: unknown[]) => {
		decide();
		if (!html) return Reflect.apply(original.end, response, args) as ServerResponse;
		if (isChunk(args[0])) chunks.push(Buffer.from(args[0]));
		const done = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
		const page = Buffer.concat(chunks).toString('utf8');
		// The banner must never stop a page: if anything fails, the page is sent as it was.
		rewrite(page)
			.catch(() => page)
			.then((body) => {
				restore();
				response.removeHeader('content-length');
				response.setHeader('Content-Length', Buffer.byteLength(body));
				response.end(body, done);
			});
		return response;
	};
	Object.assign(response, { writeHead, write, end });
}
