import mammoth from 'mammoth';
import { ImportError, type ImportLog } from './report.ts';

/** Word's own title styles, which mammoth leaves as plain paragraphs by default. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/**
 * Reads a Word document with mammoth, which turns heading styles, numbered and bulleted lists,
 * tables, bold, italic, hyperlinks and line breaks into HTML, for the HTML reader to carry on.
 * mammoth's messages, such as a style it does not recognise, go into the report.
 */
export async function readDocx(buffer: Buffer, log: ImportLog): Promise<string> {
	let converted;
	try {
		converted = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP });
	} catch (error) {
		throw new ImportError(`it could not be read as a Word document (.docx): ${error instanceof Error ? error.message : String(error)}`);
	}
	for (const message of converted.messages) log.parserMessages.push(`${message.type}: ${message.message}`);
	return converted.value;
}
