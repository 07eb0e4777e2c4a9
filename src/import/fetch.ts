import { decodeText, formatOfMediaType, isTextFormat, parseContentType } from './content-type.ts';
import type { Format } from './formats.ts';

/** Why an address was not fetched: the rest of a sentence that starts with the address. */
export class FetchError extends Error {}

/** How to fetch, with defaults for the command line; tests pass a short timeout or their own `fetch`. */
export interface FetchOptions {
	fetch?: typeof globalThis.fetch;
	/** For the whole fetch, redirects and body included. 15 seconds. */
	timeoutMs?: number;
	/** The largest body read. 5 MB. */
	maxBytes?: number;
	/** How many redirects are followed. 10. */
	maxRedirects?: number;
	/** The format the editor gave, which wins over the Content-Type. */
	format?: Format;
}

/** A fetched page or document, ready for the importer. */
export interface FetchedSource {
	/** The address after redirects: the base for the page's relative links. */
	url: string;
	/** UTF-8 text for HTML, Markdown and plain text; the bytes as they came for Word and PDF. */
	content: Buffer;
	format: Format;
	/** What the report should say about the fetch: redirects, encodings assumed. */
	notes: string[];
}

/** Whether a source names a web address (or any `scheme:`) rather than a file; a drive letter is not a scheme. */
export const isAddress = (source: string) => /^[a-z][a-z\d+.-]+:/i.test(source);

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const megabytes = (bytes: number) => `${Math.round((bytes / 1_000_000) * 10) / 10} MB`;

/** A network failure as the rest of a sentence: the server was not found, refused, or did not answer. */
function failure(error: unknown, url: URL, timeoutMs: number): string {
	const name = error instanceof Error ? error.name : '';
	if (name === 'TimeoutError' || name === 'AbortError') return `could not be fetched: ${url.host} did not answer within ${timeoutMs / 1000} seconds`;
	const cause = (error as { cause?: { code?: string; message?: string } }).cause;
	const code = cause?.code ?? '';
	if (code === 'ENOTFOUND') return `could not be fetched: there is no server called ${url.hostname} (the name was not found)`;
	if (code === 'EAI_AGAIN') return `could not be fetched: the name ${url.hostname} could not be looked up; check the network`;
	if (code === 'ECONNREFUSED') return `could not be fetched: ${url.host} refused the connection`;
	if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `could not be fetched: ${url.host} closed the connection before sending the page`;
	if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return `could not be fetched: ${url.host} did not answer`;
	// Fetch refuses ports that other protocols use (such as 25, mail), as browsers do.
	if (cause?.message === 'bad port') return `could not be fetched: port ${url.port} is not one web pages are fetched from`;
	if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return `could not be fetched: the certificate of ${url.hostname} is not valid (${code})`;
	const detail = (cause?.message ?? (error instanceof Error ? error.message : String(error))).split('\n')[0];
	return `could not be fetched: ${detail}`;
}

/** Reads a body up to `maxBytes`, refusing more before or while it arrives. */
async function readBody(response: Response, maxBytes: number): Promise<Buffer> {
	const tooLarge = (size?: number) => new FetchError(`could not be fetched: it is ${size ? `${megabytes(size)}, ` : ''}more than the ${megabytes(maxBytes)} the importer reads`);
	const length = Number(response.headers.get('content-length') ?? 0);
	if (length > maxBytes) {
		await response.body?.cancel();
		throw tooLarge(length);
	}
	const chunks: Uint8Array[] = [];
	let size = 0;
	// Leaving the loop by throwing cancels the stream, so the rest is never downloaded.
	for await (const chunk of response.body ?? []) {
		size += chunk.byteLength;
		if (size > maxBytes) throw tooLarge();
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}

/** Follows redirects by hand, to count them and refuse any to an address that is not http: or https:. */
async function follow(at: { url: URL }, options: Required<Omit<FetchOptions, 'format'>>, signal: AbortSignal): Promise<Response> {
	for (let hops = 0; ; hops += 1) {
		const url = at.url;
		const response = await options.fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5', 'user-agent': 'Noticeboard-importer' } });
		if (!REDIRECTS.has(response.status)) return response;
		await response.body?.cancel();
		const next = URL.parse(response.headers.get('location') ?? '', url);
		if (!next || !response.headers.get('location')) throw new FetchError(`could not be fetched: ${url.href} redirects (${response.status}) without saying where to`);
		if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new FetchError(`could not be fetched: it redirects to ${next.protocol} address, and only http: and https: addresses are fetched`);
		if (hops >= options.maxRedirects) throw new FetchError(`could not be fetched: it redirected more than ${options.maxRedirects} times`);
		at.url = next;
	}
}

/**
 * Fetches a web page or document for the importer. A failure of any kind (no such server, no
 * answer in time, a status of 400 or more, a type it does not read, too large a body) throws a
 * FetchError with one line to say so.
 */
export async function fetchSource(address: string, options: FetchOptions = {}): Promise<FetchedSource> {
	const start = URL.parse(address);
	if (!start || (start.protocol !== 'http:' && start.protocol !== 'https:')) throw new FetchError(`is not an http: or https: address, and only web pages are fetched (for a file on this computer, give its path)`);
	const settings = { fetch: options.fetch ?? globalThis.fetch, timeoutMs: options.timeoutMs ?? 15_000, maxBytes: options.maxBytes ?? 5_000_000, maxRedirects: options.maxRedirects ?? 10 };
	const signal = AbortSignal.timeout(settings.timeoutMs);
	// Where the fetch has got to, so a failure after a redirect names the server that failed.
	const at = { url: start };
	try {
		const response = await follow(at, settings, signal);
		const url = at.url;
		if (response.status >= 300) {
			await response.body?.cancel();
			throw new FetchError(`could not be fetched: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${url.href === start.href ? '' : ` for ${url.href}`}`);
		}
		const { type, charset } = parseContentType(response.headers.get('content-type'));
		const routed = options.format ? { format: options.format } : formatOfMediaType(type, url);
		if ('refusal' in routed) {
			await response.body?.cancel();
			throw new FetchError(`was not imported: ${routed.refusal}`);
		}
		const bytes = await readBody(response, settings.maxBytes);
		const notes = url.href === start.href ? [] : [`The address redirected to ${url.href}, the base for relative links unless --base-url gives another`];
		if (!isTextFormat(routed.format)) return { url: url.href, content: bytes, format: routed.format, notes };
		const decoded = decodeText(bytes, charset, routed.format);
		return { url: url.href, content: Buffer.from(decoded.text, 'utf8'), format: routed.format, notes: [...notes, ...decoded.notes] };
	} catch (error) {
		if (error instanceof FetchError) throw error;
		throw new FetchError(failure(error, at.url, settings.timeoutMs));
	}
}
