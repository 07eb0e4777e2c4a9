import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// Runs `npm run import` on web addresses served from this process. The script runs as a child
// process, without blocking, so this process can answer it. Every page is fictional.
const script = resolve('scripts/import.ts');
let root = '';
let server: Server;
let site = '';
// A port that was listened on and then closed, so nothing answers it.
let closedPort = 0;
const page = (title: string, text: string) => `<!doctype html><html><head><title>${title} | Tansy Bell Ringers</title></head><body><nav><a href="/">Home</a> <a href="/towers">Towers</a></nav><div class="content"><h1>${title}</h1>${text}</div><footer><p>Tansy Bell Ringers, ringing since the old days.</p></footer></body></html>`;
const notice = page('Ringers\' privacy notice', '<p>Tansy Bell Ringers keep a list of members\' names and practice nights so that towers can be covered.</p><p>Read <a href="../contact">how to contact us</a> or email <a href="mailto:privacy@tansy-ringers.example">privacy@tansy-ringers.example</a>.</p>');
const latin = Buffer.from('<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><h1>The caf\xe9 r\xf4ta</h1><p>We keep the r\xf4ta \x96 names only \x96 for a year.</p></body></html>', 'latin1');

const routes: Record<string, (res: import('node:http').ServerResponse) => void> = {
	'/privacy': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(notice),
	'/old-privacy': (res) => res.writeHead(301, { location: '/about/privacy/' }).end(),
	'/about/privacy/': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(notice),
	'/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
	'/gone': (res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not here</h1>'),
	'/broken': (res) => res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Oops</h1>'),
	'/slow': (res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(notice), 5000),
	'/logo.png': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
	'/notice.txt': (res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('BELL RINGERS PRIVACY\n\nWe keep names and practice nights for a year.\n'),
	'/rota-1252': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(Buffer.from('<h1>\x93Rota\x94 privacy</h1><p>The caf\xe9 rota lists ringers\x92 names.</p>', 'latin1')),
	'/rota-meta': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(latin),
	'/huge': (res) => {
		// Sent in pieces with no Content-Length, so only counting the bytes as they come can stop it.
		res.writeHead(200, { 'content-type': 'text/html' });
		const piece = `<p>${'ding dong '.repeat(10_000)}</p>`;
		for (let i = 0; i < 60; i += 1) res.write(piece);
		res.end();
	},
};

const run = (args: string[]) =>
	new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
		const child = spawn(process.execPath, [script, ...args], { cwd: root, env: { ...process.env, NOTICEBOARD_TODAY: '2026-11-22' } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('close', (status) => done({ status, stdout, stderr }));
	});
const read = (path: string) => readFile(join(root, path), 'utf8');

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'noticeboard-import-url-'));
	await cp('tests/fixtures/base/content', join(root, 'content'), { recursive: true });
	server = createServer((req, res) => (routes[req.url ?? ''] ?? ((r) => r.writeHead(404).end()))(res));
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const closed = createServer();
	await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening));
	closedPort = (closed.address() as AddressInfo).port;
	await new Promise((done) => closed.close(done));
});
afterAll(async () => {
	server.closeAllConnections();
	await new Promise((closed) => server.close(closed));
	await rm(root, { recursive: true });
});

// Each test starts Node once or more: slow on a busy two-core machine.
describe('npm run import with a web address', { timeout: 30_000 }, () => {
	test('fetches the page, imports its densest block of text, and takes the organisation\'s website from the page\'s address', async () => {
		const result = await run([`${site}/privacy`, '--org', 'tansy', '--type', 'website', '--effective', '2026-01-05']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Wrote content/notices/tansy/website/2026-01-05.mdx and content/organisations/tansy.yaml.');
		expect(result.stderr).toContain(`Imported ${site}/privacy (html).\nContent: the densest block of text, <div class="content">.`);
		const mdx = await read('content/notices/tansy/website/2026-01-05.mdx');
		expect(mdx).toMatch(/^---\ntitle: Ringers' privacy notice\n/);
		expect(mdx).toContain(`[how to contact us](${site}/contact)`);
		expect(mdx).not.toContain('Towers');
		expect(await read('content/organisations/tansy.yaml')).toContain(`website: ${site}\n`);
	});

	test('follows a redirect and makes relative links absolute against the address it ends at', async () => {
		const result = await run([`${site}/old-privacy`, '--org', 'tansy', '--type', 'website', '--effective', '2026-02-05', '--report', 'report.json']);
		expect(result.status).toBe(0);
		expect(await read('content/notices/tansy/website/2026-02-05.mdx')).toContain(`[how to contact us](${site}/about/contact)`);
		const report = JSON.parse(await read('report.json')) as { source: string; doubts: { message: string }[] };
		expect(report.source).toBe(`${site}/old-privacy`);
		expect(report.doubts[0]?.message).toBe(`The address redirected to ${site}/about/privacy/, the base for relative links unless --base-url gives another`);
	});

	test('reads a plain text page as plain text', async () => {
		const result = await run([`${site}/notice.txt`, '--org', 'tansy-text', '--type', 'website', '--effective', '2026-01-05']);
		expect(result.stderr).toContain(`Imported ${site}/notice.txt (txt).`);
		expect(await read('content/notices/tansy-text/website/2026-01-05.mdx')).toContain('We keep names and practice nights for a year.');
	});

	test('decodes a windows-1252 page by the charset its Content-Type names', async () => {
		expect((await run([`${site}/rota-1252`, '--org', 'rota', '--type', 'website', '--effective', '2026-01-05'])).status).toBe(0);
		const mdx = await read('content/notices/rota/website/2026-01-05.mdx');
		expect(mdx).toContain('title: “Rota” privacy');
		expect(mdx).toContain('The café rota lists ringers’ names.');
	});

	test('decodes an ISO-8859-1 page by its <meta charset> when the Content-Type names none', async () => {
		expect((await run([`${site}/rota-meta`, '--org', 'rota-meta', '--type', 'website', '--effective', '2026-01-05'])).status).toBe(0);
		const mdx = await read('content/notices/rota-meta/website/2026-01-05.mdx');
		expect(mdx).toContain('title: The café rôta');
		expect(mdx).toContain('We keep the rôta – names only – for a year.');
	});

	test.each([
		['a page that is not there', '/gone', [], 'could not be fetched: the server answered 404 Not Found'],
		['a server error', '/broken', [], 'could not be fetched: the server answered 500 Internal Server Error'],
		['a redirect loop', '/loop', [], 'could not be fetched: it redirected more than 10 times'],
		['a page slower than --timeout', '/slow', ['--timeout', '0.5'], 'could not be fetched: 127.0.0.1:PORT did not answer within 0.5 seconds'],
		['an image', '/logo.png', [], 'was not imported: it is image/png, not a web page or a document the importer reads'],
		['a body over 5 MB', '/huge', [], 'could not be fetched: it is more than the 5 MB the importer reads'],
	])('refuses %s in one line naming the address, and writes nothing', async (_, path, extra, message) => {
		const result = await run([`${site}${path}`, '--org', 'refused', '--type', 'website', ...extra]);
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain(`${site}${path} ${message.replace('PORT', site.split(':').at(-1)!)}`);
		expect(result.stderr).toMatch(/\. Nothing was written\.\n$/);
		expect(existsSync(join(root, 'content/organisations/refused.yaml'))).toBe(false);
		expect(existsSync(join(root, 'content/notices/refused'))).toBe(false);
	});

	test.each([
		['a server name that is not found', () => 'http://tansy-ringers.invalid/privacy', () => 'could not be fetched: there is no server called tansy-ringers.invalid (the name was not found)'],
		['a port nothing listens on', () => `http://127.0.0.1:${closedPort}/privacy`, () => `could not be fetched: 127.0.0.1:${closedPort} refused the connection`],
		['an address that is not http: or https:', () => 'ftp://tansy-ringers.example/privacy.html', () => 'is not an http: or https: address, and only web pages are fetched (for a file on this computer, give its path)'],
	])('refuses %s in one line naming the address, and writes nothing', async (_, address, message) => {
		const result = await run([address(), '--org', 'refused', '--type', 'website']);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(`${address()} ${message()}. Nothing was written.\n`);
		expect(await readdir(join(root, 'content/organisations'))).not.toContain('refused.yaml');
	});
});
