import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test, vi } from 'vitest';
import type { Problem } from '../../src/lib/check/problem.ts';
import { contentCheckBanner, STYLESHEET_PATH } from '../../src/lib/dev/middleware.ts';
import { watchContent } from '../../src/lib/dev/watch.ts';

const problem = (message: string): Problem => ({ file: 'content/x.mdx', message, fix: 'Fix it.', severity: 'error' });

describe('checking the content again while editing', () => {
	test('checks once for a burst of saves, after they settle', async () => {
		vi.useFakeTimers();
		try {
			const check = vi.fn(async () => [problem('a')]);
			const report = vi.fn();
			const watch = watchContent(check, report, 100);
			await watch.problems();
			for (let i = 0; i < 5; i++) {
				watch.changed();
				await vi.advanceTimersByTimeAsync(50);
			}
			expect(check).toHaveBeenCalledTimes(1);
			await vi.advanceTimersByTimeAsync(100);
			await watch.problems();
			expect(check).toHaveBeenCalledTimes(2);
			expect(report).toHaveBeenCalledOnce();
		} finally {
			vi.useRealTimers();
		}
	});

	test('answers a page asked for right after a save with that save’s problems, not the ones before', async () => {
		let found = [problem('before')];
		const watch = watchContent(async () => found, () => {}, 20);
		expect(await watch.problems()).toEqual([problem('before')]);
		found = [problem('after')];
		watch.changed();
		expect(await watch.problems()).toEqual([problem('after')]);
	});

	test('reports each check with the one before, but not the first, which the start-up reported', async () => {
		const results = [[], [problem('a')], []];
		const report = vi.fn();
		const watch = watchContent(async () => results.shift() ?? [], report, 1);
		await watch.problems();
		watch.changed();
		await watch.problems();
		watch.changed();
		await watch.problems();
		expect(report.mock.calls).toEqual([
			[[], [problem('a')]],
			[[problem('a')], []],
		]);
	});

	test('turns a check that throws into a problem, and carries on', async () => {
		let fail = true;
		const watch = watchContent(async () => {
			if (fail) throw new Error('disk on fire');
			return [];
		}, () => {}, 1);
		const [failed] = await watch.problems();
		expect(failed).toMatchObject({ file: 'content', severity: 'error', message: 'The content check stopped with an error of its own: disk on fire' });
		fail = false;
		watch.changed();
		expect(await watch.problems()).toEqual([]);
	});
});

/** Serves `handler` behind the banner middleware, as the dev server would, and returns its address. */
async function serve(problems: Problem[], handler: (response: ServerResponse) => void) {
	const middleware = contentCheckBanner(async () => problems, '/');
	const server = createServer((request: IncomingMessage, response: ServerResponse) => middleware(request, response, () => handler(response)));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const page = '<!doctype html><html><head><title>T</title></head><body><main>Hello</main></body></html>';

describe('the dev server’s banner middleware', () => {
	test('puts the banner into an HTML page written in chunks, with a length that matches', async () => {
		const server = await serve([problem('Broken <b>.')], (response) => {
			response.writeHead(200, { 'Content-Type': 'text/html' });
			response.write(page.slice(0, 40));
			response.write(page.slice(40));
			response.end();
		});
		try {
			const response = await fetch(`${server.url}/org/type/`);
			const html = await response.text();
			expect(html).toContain('<body><section id="nb-dev-check"');
			expect(html).toContain('Broken &lt;b&gt;.');
			expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(html));
		} finally {
			await server.close();
		}
	});

	test('passes anything that is not HTML through untouched', async () => {
		const server = await serve([problem('Broken.')], (response) => {
			response.setHeader('Content-Type', 'text/javascript');
			response.end('export const body = "<body>";');
		});
		try {
			expect(await (await fetch(`${server.url}/src/x.ts`)).text()).toBe('export const body = "<body>";');
		} finally {
			await server.close();
		}
	});

	test('serves the banner’s stylesheet from the site, so the pages’ policy lets it apply', async () => {
		const server = await serve([], (response) => response.end('not here'));
		try {
			const response = await fetch(`${server.url}${STYLESHEET_PATH}`);
			expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
			expect(await response.text()).toContain('.nb-dev-check {');
		} finally {
			await server.close();
		}
	});
});
