import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/content.ts';
import { generateCorpus, readNoticeTypes } from '../../scripts/generate-corpus.ts';
import { sizeLimit } from '../../src/lib/check/inputs.ts';
import { readContentFiles } from '../../src/lib/check/read.ts';
import { later, notice, noticeType, organisation, problemsOf, site } from './check-site.ts';

// How the check takes files in: links, special files, size, encoding, byte-order marks and line
// endings, before any rule about their content.

const NOTICE = 'content/notices/trust/website/2025-01-01.mdx';
const encode = (text: string) => new TextEncoder().encode(text);

describe('checkContent on what it is given to read', () => {
	test('rejects a symbolic link to a file, saying what to put in its place', () => {
		expect(problemsOf({ path: NOTICE, source: '', unread: { kind: 'symbolic link', target: '../elsewhere.mdx', folder: false } })).toEqual([
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx {2}This is a symbolic link \(to \.\.\/elsewhere\.mdx\); Noticeboard reads only regular files inside content\/.*\(Replace it with the file itself/),
		]);
	});

	test('rejects a symbolic link to a folder, asking for the folder itself', () => {
		expect(problemsOf({ path: 'content/notices/guild', source: '', unread: { kind: 'symbolic link', target: '/srv/guild', folder: true } })).toEqual([
			expect.stringMatching(/^content\/notices\/guild {2}This is a symbolic link \(to \/srv\/guild\).*\(Replace it with the folder itself/),
		]);
	});

	test('rejects a named pipe as not a regular file', () => {
		expect(problemsOf({ path: 'content/notices/trust/website/pipe.mdx', source: '', unread: { kind: 'named pipe (FIFO)' } })).toEqual([
			expect.stringMatching(/pipe\.mdx {2}This is a named pipe \(FIFO\), not a regular file/),
		]);
	});

	test('rejects a notice above 1 MB without reading it, naming its size and the limit', () => {
		expect(problemsOf({ path: NOTICE, source: new Uint8Array(), size: 3_500_000 })).toEqual([
			expect.stringMatching(/2025-01-01\.mdx {2}This file is 3\.3 MB \(3,500,000 bytes\), and a notice can be at most 1 MB \(1,048,576 bytes\)/),
		]);
	});

	test('rejects an organisation file above 64 KB, naming its size and the limit', () => {
		const source = encode(organisation + `# ${'x'.repeat(70_000)}\n`);
		expect(problemsOf({ path: 'content/organisations/trust.yaml', source })).toContainEqual(
			expect.stringMatching(/trust\.yaml {2}This file is 69 KB \(70,\d{3} bytes\), and an organisation or notice type file can be at most 64 KB \(65,536 bytes\)/),
		);
	});

	test('sets limits at least ten times the largest example file and bench notice of each kind', async () => {
		const corpus = generateCorpus({ notices: 12, versions: 1, seed: 1, types: readNoticeTypes('content/notice-types') });
		const files = [...(await readContentFiles('.')), ...corpus];
		const tooClose = files.filter((file) => file.source.length * 10 > sizeLimit(file.path)).map((file) => file.path);
		expect(tooClose).toEqual([]);
	});

	test('rejects bytes that are not UTF-8, with the byte offset and line of the first bad byte', () => {
		const source = new Uint8Array([...encode(notice(later, '## Who we are\n\nWe are in Ynys M')), 0xf4, ...encode('n.\n')]);
		expect(problemsOf({ path: NOTICE, source })).toEqual([
			expect.stringMatching(/^content\/notices\/trust\/website\/2025-01-01\.mdx:10 {2}This file is not UTF-8 text: the byte at offset 181 \(0xF4, on line 10\).*\(Save the file as UTF-8/),
		]);
	});

	test('accepts a notice with a byte-order mark, as Windows Notepad saves it', () => {
		expect(problemsOf({ path: NOTICE, source: encode(`\uFEFF${notice(later)}`) })).toEqual([]);
	});

	test('accepts an organisation and a notice type with a byte-order mark and CRLF line endings', () => {
		const windows = (text: string) => encode(`\uFEFF${text.replaceAll('\n', '\r\n')}`);
		expect(
			problemsOf({ path: 'content/organisations/trust.yaml', source: windows(organisation) }, { path: 'content/notice-types/website.yaml', source: windows(noticeType) }),
		).toEqual([]);
	});

	test('reads a notice with CRLF line endings as it reads one with LF', () => {
		const crlf = checkContent(site({ path: NOTICE, source: notice(later).replaceAll('\n', '\r\n') }));
		expect(crlf.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(crlf.versions.at(-1)?.value.data.changeNote).toBe('We reworded the rights section.');
	});

	test('reports a frontmatter field of a CRLF notice on the same line as with LF', () => {
		const source = notice(`${later}colour: blue\n`).replaceAll('\n', '\r\n');
		expect(problemsOf({ path: NOTICE, source })).toEqual([expect.stringMatching(/2025-01-01\.mdx:6:1 {2}colour {2}"colour" is not a field/)]);
	});
});
