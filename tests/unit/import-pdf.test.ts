import { describe, expect, test } from 'vitest';
import { ImportError } from '../../src/import/index.ts';
import { NO_TEXT_LAYER } from '../../src/import/pdf/index.ts';
import { importFixture, importSource } from './import-helpers.ts';

// Whole PDFs are printed by Chromium at test time in tests/e2e/import-pdf.spec.ts. The one file
// committed, tests/fixtures/import/encrypted.pdf, is a single fictional sentence printed by
// Chromium's page.pdf() and locked with `qpdf --encrypt noticeboard noticeboard 256`.

describe('importing PDFs that cannot be read', () => {
	test('refuses an encrypted PDF with a clear error', async () => {
		await expect(importFixture('encrypted.pdf')).rejects.toThrow(/^the PDF is encrypted with a password: save an unprotected copy/);
	});

	test('refuses a file that is not a PDF, or is cut short, with a clear error and no stack trace', async () => {
		const error = await importSource('not a PDF at all', { name: 'notice.pdf' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ImportError);
		expect(error).toMatchObject({ message: expect.stringMatching(/^it could not be read as a PDF \(.*\): the file may be damaged or not a PDF at all$/) });
		await expect(importSource(Buffer.from('%PDF-1.7\n1 0 obj\n<<'), { name: 'notice.pdf' })).rejects.toThrow(/could not be read as a PDF/);
	});

	test('words the scanned-PDF error as the README does', () => {
		expect(NO_TEXT_LAYER).toBe('this PDF has no text layer (it is probably scanned); Noticeboard does not do OCR: export the text from the original document or type it');
	});
});
