import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { ImportError } from '../report.ts';

/** One run of text on a page, where PDF.js placed it: the raw material of the layout reader. */
export interface PdfItem {
	/** 1-based page number. */
	page: number;
	text: string;
	/** Left edge and baseline, in points from the page's bottom left. */
	x: number;
	y: number;
	width: number;
	/** Font size in points. */
	size: number;
	bold: boolean;
}

/** A PDF's text: its items, each page's height, and the title in its metadata. */
export interface PdfText {
	items: PdfItem[];
	pageHeights: number[];
	/** Pages with no text at all: scanned pages, or images of text. */
	emptyPages: number[];
	title?: string;
}

/** The message for a PDF that is only images: said once, here, so the tests and README agree. */
export const NO_TEXT_LAYER = 'this PDF has no text layer (it is probably scanned); Noticeboard does not do OCR: export the text from the original document or type it';

// PDF.js runs its parser in a worker; in Node the legacy build falls back to a "fake worker" that
// imports the worker module by a relative URL, which bundlers (Vite under Vitest) break. Handing it
// the worker's handler on globalThis, as its docs describe, keeps everything in this thread.
async function ensureWorker(): Promise<void> {
	const global = globalThis as { pdfjsWorker?: unknown };
	global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
}

// The package's own font metrics and character maps, read from disk: nothing is fetched.
const packageFolder = (folder: string) => new URL(`${folder}/`, import.meta.resolve('pdfjs-dist/package.json')).pathname;

const BOLD = /bold|black|heavy|semibold|demi/i;

/** Why PDF.js could not open a file, in words an editor can act on. */
function openError(error: unknown): ImportError {
	const name = error instanceof Error ? error.name : '';
	if (name === 'PasswordException') return new ImportError('the PDF is encrypted with a password: save an unprotected copy (or export the text) and import that');
	const detail = error instanceof Error ? error.message : String(error);
	return new ImportError(`it could not be read as a PDF (${detail}): the file may be damaged or not a PDF at all`);
}

/**
 * Reads every page's text items with their positions, sizes and weights, using PDF.js with no
 * worker, no font loading into a page and no network. Throws an ImportError when the
 * file is not a PDF, is encrypted, or has no text layer.
 */
export async function readPdfItems(bytes: Uint8Array): Promise<PdfText> {
	await ensureWorker();
	const task = getDocument({
		data: new Uint8Array(bytes),
		disableFontFace: true,
		useSystemFonts: false,
		useWorkerFetch: false,
		// Font names (to tell bold from regular) are kept only with the extra properties.
		fontExtraProperties: true,
		standardFontDataUrl: packageFolder('standard_fonts'),
		cMapUrl: packageFolder('cmaps'),
		cMapPacked: true,
		verbosity: VerbosityLevel.ERRORS,
	});
	try {
		const doc = await task.promise.catch((error: unknown) => Promise.reject(openError(error)));
		const text: PdfText = { items: [], pageHeights: [], emptyPages: [] };
		const info = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
		if (typeof info?.Title === 'string' && info.Title.trim()) text.title = info.Title.trim();
		for (let number = 1; number <= doc.numPages; number++) {
			const page = await doc.getPage(number);
			const content = await page.getTextContent();
			// Fonts are loaded by the operator list; only then are their names known.
			await page.getOperatorList();
			text.pageHeights.push(page.view[3] ?? 0);
			const items = content.items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
			if (items.length === 0) text.emptyPages.push(number);
			for (const item of items) {
				const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
				const font = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as { name?: string }) : undefined;
				text.items.push({ page: number, text: item.str, x, y, width: item.width, size: Math.round(Math.hypot(a, b) * 10) / 10, bold: BOLD.test(font?.name ?? '') });
			}
			page.cleanup();
		}
		if (text.items.length === 0) throw new ImportError(NO_TEXT_LAYER);
		return text;
	} finally {
		await task.destroy();
	}
}
