import { describe, expect, test } from 'vitest';
import { decodeText, formatOfMediaType } from '../../src/import/content-type.ts';
import { FetchError, fetchSource } from '../../src/import/fetch.ts';

// fetchSource with a stand-in for the network: each test says what the "server" answers.
const answering = (body: BodyInit | null, headers: Record<string, string>, status = 200): typeof fetch => async () => new Response(body, { status, headers });
const failing = (code: string): typeof fetch => async () => {
	throw new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${code}`), { code }) });
};
const refusal = async (promise: Promise<unknown>) => {
	const error = await promise.then(() => undefined, (e: unknown) => e);
	expect(error).toBeInstanceOf(FetchError);
	return (error as Error).message;
};
const address = 'https://harebell-press.example/privacy';

describe('fetching a web address for the importer', () => {
	test('hands a Word document over as the bytes that came, by its Content-Type', async () => {
		const bytes = Buffer.from('PK\u0003\u0004 a zip, as far as anyone can tell');
		const fetched = await fetchSource(address, { fetch: answering(bytes, { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }) });
		expect(fetched).toEqual({ url: address, content: bytes, format: 'docx', notes: [] });
	});

	test('routes a PDF to the pdf format', () => {
		expect(formatOfMediaType('application/pdf', new URL('https://harebell-press.example/notice.pdf'))).toEqual({ format: 'pdf' });
	});

	test('goes by the address\'s extension when the type is application/octet-stream', () => {
		expect(formatOfMediaType('application/octet-stream', new URL('https://harebell-press.example/files/notice.docx'))).toEqual({ format: 'docx' });
		expect(formatOfMediaType('application/octet-stream', new URL('https://harebell-press.example/files/notice'))).toHaveProperty('refusal');
	});

	test('lets the format the editor gave win over the Content-Type', async () => {
		const fetched = await fetchSource(address, { format: 'md', fetch: answering('# Heading', { 'content-type': 'application/x-unknown' }) });
		expect(fetched.format).toBe('md');
	});

	test('refuses a body whose Content-Length is over the limit without reading it', async () => {
		const message = await refusal(fetchSource(address, { maxBytes: 1_000_000, fetch: answering('<p>short</p>', { 'content-type': 'text/html', 'content-length': '2500000' }) }));
		expect(message).toBe('could not be fetched: it is 2.5 MB, more than the 1 MB the importer reads');
	});

	test('refuses a redirect to an address that is not http: or https:', async () => {
		const message = await refusal(fetchSource(address, { fetch: answering(null, { location: 'file:///etc/hosts' }, 302) }));
		expect(message).toBe('could not be fetched: it redirects to file: address, and only http: and https: addresses are fetched');
	});

	test.each([
		['ECONNRESET', 'could not be fetched: harebell-press.example closed the connection before sending the page'],
		['EAI_AGAIN', 'could not be fetched: the name harebell-press.example could not be looked up; check the network'],
		['CERT_HAS_EXPIRED', 'could not be fetched: the certificate of harebell-press.example is not valid (CERT_HAS_EXPIRED)'],
	])('says what a network failure %s means', async (code, expected) => {
		expect(await refusal(fetchSource(address, { fetch: failing(code) }))).toBe(expected);
	});
});

describe('decoding a fetched page', () => {
	const cafe = Buffer.from('<p>caf\xe9</p>', 'latin1');

	test('lets a byte-order mark win over the charset the Content-Type names', () => {
		expect(decodeText(Buffer.from('\uFEFFcafé', 'utf8'), 'windows-1252', 'html')).toEqual({ text: 'café', notes: [] });
	});

	test('reads bytes that declare no charset and are not UTF-8 as windows-1252, and says so', () => {
		expect(decodeText(cafe, undefined, 'html')).toEqual({ text: '<p>café</p>', notes: ['The page does not say how its characters are encoded, and they are not UTF-8: it was read as windows-1252'] });
	});

	test('says so when the charset named is one it does not know', () => {
		expect(decodeText(Buffer.from('plain'), 'x-martian', 'txt').notes).toEqual(['The page says its characters are "x-martian", an encoding this importer does not know: it was read as UTF-8']);
	});
});
