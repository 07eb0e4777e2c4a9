import { formatOf, type Format } from './formats.ts';

/** A Content-Type header's media type, lowercased, and its charset, when it names one. */
export function parseContentType(header: string | null): { type: string; charset?: string } {
	const [type = '', ...parameters] = (header ?? '').split(';').map((part) => part.trim());
	const charset = parameters.map((p) => /^charset\s*=\s*"?([^";\s]+)"?$/i.exec(p)?.[1]).find(Boolean);
	return { type: type.toLowerCase(), ...(charset ? { charset } : {}) };
}

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The format to read a response as, from its media type, or the reason it cannot be imported.
 * With no type, or a generic binary one, the address's extension decides (HTML when it has none).
 */
export function formatOfMediaType(type: string, url: URL): { format: Format } | { refusal: string } {
	const byName = formatOf(decodeURIComponent(url.pathname));
	if (type === 'text/html' || type === 'application/xhtml+xml') return { format: 'html' };
	// Raw Markdown is often served as plain text; its extension says what it is.
	if (type === 'text/plain') return { format: byName === 'md' ? 'md' : 'txt' };
	if (type === 'text/markdown' || type === 'text/x-markdown') return { format: 'md' };
	if (type === WORD) return { format: 'docx' };
	if (type === 'application/pdf') return { format: 'pdf' };
	if (type === 'application/msword') return { refusal: 'it is an old Word document (application/msword): save it as .docx and import that file' };
	if (type === '' || type === 'application/octet-stream' || type === 'binary/octet-stream') {
		if (byName || type === '') return { format: byName ?? 'html' };
	}
	return { refusal: `it is ${type}, not a web page or a document the importer reads (HTML, plain text, Markdown, Word, PDF); give --format to read it as one of those` };
}

/** Whether a format is text, to be decoded, rather than bytes handed to its reader as they are. */
export const isTextFormat = (format: Format) => format === 'html' || format === 'md' || format === 'txt' || format === 'script';

const BOMS: [number[], string][] = [[[0xef, 0xbb, 0xbf], 'utf-8'], [[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']];

/** The charset a page declares in a `<meta charset>` or `<meta http-equiv="Content-Type">` near its start. */
function metaCharset(bytes: Uint8Array): string | undefined {
	// The WHATWG algorithm looks at the first 1024 bytes; the declaration must be ASCII, so Latin-1 reads it.
	const start = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	const label = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(start)?.[1];
	// A page cannot say it is UTF-16 in ASCII and mean it: browsers read such a page as UTF-8.
	return label && /^utf-?16/i.test(label) ? 'utf-8' : label;
}

/**
 * A page's text, decoded as browsers do: by its byte-order mark, else the charset of its
 * Content-Type, else (for HTML) its `<meta charset>`, else UTF-8, or windows-1252 when the bytes
 * are not valid UTF-8. Notes say what was assumed.
 */
export function decodeText(bytes: Uint8Array, headerCharset: string | undefined, format: Format): { text: string; notes: string[] } {
	const notes: string[] = [];
	const bom = BOMS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte))?.[1];
	const declared = bom ?? headerCharset ?? (format === 'html' ? metaCharset(bytes) : undefined);
	if (declared) {
		try {
			return { text: new TextDecoder(declared).decode(bytes), notes };
		} catch {
			notes.push(`The page says its characters are "${declared}", an encoding this importer does not know: it was read as UTF-8`);
		}
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notes };
	} catch {
		notes.push('The page does not say how its characters are encoded, and they are not UTF-8: it was read as windows-1252');
		return { text: new TextDecoder('windows-1252').decode(bytes), notes };
	}
}
