import { describe, expect, test } from 'vitest';
import { decodeUtf8, firstInvalidUtf8, stripBom } from '../../src/lib/utf8.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('firstInvalidUtf8', () => {
	test('finds nothing wrong in text with accents, Welsh letters and emoji', () => {
		expect(firstInvalidUtf8(utf8('café, Gŵyr, ô, 👩🏽‍💻, 𝄞'))).toBeUndefined();
	});

	test('points at a Windows-1252 byte in the middle of a line', () => {
		expect(firstInvalidUtf8(bytes(0x59, 0x6e, 0x79, 0x73, 0x20, 0x4d, 0xf4, 0x6e))).toBe(6);
	});

	test('points at the first byte of a multi-byte character cut short at the end of the file', () => {
		expect(firstInvalidUtf8(new Uint8Array([...utf8('ab'), 0xf0, 0x9f, 0x98]))).toBe(2);
	});

	test('points at a lead byte followed by a byte that does not continue it', () => {
		expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82, 0x61))).toBe(1);
	});

	test('points at an overlong two-byte encoding of "/"', () => {
		expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0xaf))).toBe(1);
	});

	test('points at an overlong three-byte encoding', () => {
		expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0);
	});

	test('points at an encoded surrogate', () => {
		expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xed, 0xa0, 0x80))).toBe(2);
	});

	test('points at a code point above U+10FFFF', () => {
		expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
	});

	test('points at a continuation byte with no lead byte', () => {
		expect(firstInvalidUtf8(bytes(0x61, 0x80))).toBe(1);
	});

	test('agrees with TextDecoder that everything before the offset is valid and the rest is not', () => {
		const sample = new Uint8Array([...utf8('Ynys Môn 🔐 '), 0xe2, 0x28, 0xa1, ...utf8('end')]);
		const offset = firstInvalidUtf8(sample)!;
		expect(decodeUtf8(sample.subarray(0, offset))).toBe('Ynys Môn 🔐 ');
		expect(decodeUtf8(sample.subarray(offset))).toBeUndefined();
	});
});

describe('decodeUtf8 and stripBom', () => {
	test('decoding keeps a byte-order mark, and stripBom removes it', () => {
		const text = decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('---')]))!;
		expect([text.length, stripBom(text)]).toEqual([4, '---']);
	});

	test('stripBom leaves text without a byte-order mark as it is', () => {
		expect(stripBom('title: A\uFEFF')).toBe('title: A\uFEFF');
	});
});
