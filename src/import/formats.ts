/** The source formats the importer reads. `script` is JavaScript or TypeScript with the notice's HTML in a string. */
export const formats = ['html', 'docx', 'pdf', 'md', 'txt', 'script'] as const;

/** One of the importer's source formats. */
export type Format = (typeof formats)[number];

const EXTENSIONS: Record<string, Format> = {
	html: 'html',
	htm: 'html',
	xhtml: 'html',
	docx: 'docx',
	pdf: 'pdf',
	md: 'md',
	markdown: 'md',
	txt: 'txt',
	text: 'txt',
	ts: 'script',
	tsx: 'script',
	js: 'script',
	jsx: 'script',
	mjs: 'script',
	cjs: 'script',
	mts: 'script',
	cts: 'script',
};

/** Template languages whose tags the importer removes: a file named `x.html.erb` is HTML. */
const TEMPLATE_EXTENSIONS = ['erb', 'j2', 'jinja', 'jinja2', 'njk', 'liquid'];

/**
 * The format of a file from its name: `privacy.html`, `privacy.md.erb`, `notice.j2` (a template
 * with no inner extension is taken as HTML). Undefined when the importer does not read it.
 */
export function formatOf(fileName: string): Format | undefined {
	const parts = fileName.toLowerCase().split('/').at(-1)!.split('.').slice(1);
	while (parts.length > 0 && TEMPLATE_EXTENSIONS.includes(parts.at(-1)!)) {
		parts.pop();
		if (parts.length === 0) return 'html';
	}
	return parts.length > 0 ? EXTENSIONS[parts.at(-1)!] : undefined;
}
