// Content files are read as bytes and decoded here, so that text which is not UTF-8 is reported
// where it goes wrong rather than silently turned into U+FFFD replacement characters.

const BOM = '\uFEFF';
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Removes a byte-order mark from the start of a text, as Windows Notepad writes before UTF-8. */
export function stripBom(text: string): string {
	return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/** Decodes UTF-8 bytes, keeping any byte-order mark; `undefined` when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
	try {
		return decoder.decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * The offset of the first byte that does not start a well-formed UTF-8 character (Unicode 16,
 * table 3-7), or `undefined` when all are well formed. A sequence cut short, an overlong
 * encoding, a surrogate or a code point above U+10FFFF is reported at its first byte.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
	let i = 0;
	while (i < bytes.length) {
		const length = sequenceLength(bytes, i);
		if (length === 0) return i;
		i += length;
	}
	return undefined;
}

/** How many bytes the well-formed character at `i` takes, or 0 when none starts there. */
function sequenceLength(bytes: Uint8Array, i: number): number {
	const lead = bytes[i]!;
	if (lead < 0x80) return 1;
	// For each lead byte: how many continuation bytes follow, and the range the first may take,
	// which is what rules out overlong forms (E0, F0), surrogates (ED) and values past U+10FFFF (F4).
	const [count, low, high] =
		lead >= 0xc2 && lead <= 0xdf ? [1, 0x80, 0xbf]
		: lead === 0xe0 ? [2, 0xa0, 0xbf]
		: lead === 0xed ? [2, 0x80, 0x9f]
		: lead >= 0xe1 && lead <= 0xef ? [2, 0x80, 0xbf]
		: lead === 0xf0 ? [3, 0x90, 0xbf]
		: lead >= 0xf1 && lead <= 0xf3 ? [3, 0x80, 0xbf]
		: lead === 0xf4 ? [3, 0x80, 0x8f]
		: [0, 0, 0];
	if (count === 0 || i + count >= bytes.length) return 0;
	const first = bytes[i + 1]!;
	if (first < low || first > high) return 0;
	for (let k = 2; k <= count; k++) {
		const next = bytes[i + k]!;
		if (next < 0x80 || next > 0xbf) return 0;
	}
	return count + 1;
}
