import { glob, type Loader, type LoaderContext } from 'astro/loaders';

/** Astro passes its loaders the content entry types too, by file extension; glob() reads them. */
type GlobContext = LoaderContext & { entryTypes?: Map<string, { getEntryInfo?: unknown }> };

/**
 * Loads notice versions, `.md` and `.mdx` alike, keeping only their frontmatter in Astro's content
 * store: each body is rendered from its file when a page needs it (`bodyOf` in site.ts).
 *
 * By default Astro would compile every `.mdx` file into a JavaScript module and bundle them all,
 * and keep each body, and for Markdown its HTML, in a store that is itself bundled as one module:
 * at 10,000 versions that is half a gigabyte. Notices can skip all of it because the content
 * check, which runs first, rejects everything in MDX that is not Markdown: imports, exports,
 * expressions, components and indented code (docs/decisions/0007-render-notices-as-markdown.md).
 */
export function noticesLoader(options: Omit<Parameters<typeof glob>[0], 'retainBody'>): Loader {
	const files = glob({ ...options, retainBody: false });
	return {
		name: 'noticeboard-notices',
		load(context: GlobContext) {
			const markdown = context.entryTypes?.get('.md');
			if (!markdown?.getEntryInfo) {
				throw new Error('This version of Astro does not give loaders its Markdown entry type, which Noticeboard reads frontmatter with. See docs/decisions/0007-render-notices-as-markdown.md.');
			}
			// An entry type that reads frontmatter and renders nothing: the body stays in its file.
			const frontmatterOnly = { extensions: ['.md', '.mdx'], getEntryInfo: markdown.getEntryInfo };
			const entryTypes = new Map([...context.entryTypes!, ['.md', frontmatterOnly], ['.mdx', frontmatterOnly]]);
			return files.load({ ...context, entryTypes } as GlobContext);
		},
	};
}
