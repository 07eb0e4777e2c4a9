import { glob, type Loader, type LoaderContext } from 'astro/loaders';

/** Astro passes its loaders the content entry types too, by file extension; glob() reads them. */
type GlobContext = LoaderContext & { entryTypes?: Map<string, unknown> };

/**
 * Loads notice versions, `.md` and `.mdx` alike, and renders each one the way Astro renders
 * Markdown: once, while content syncs, with the site's Markdown configuration. The HTML is kept
 * in Astro's content store, which reuses it until the file changes.
 *
 * An `.mdx` notice can be read as Markdown because the content check, which runs first, rejects
 * everything MDX would read differently: imports, exports, expressions, components and indented
 * code. So no notice becomes a JavaScript module for Vite to compile and bundle, which is most
 * of what an MDX build costs (docs/decisions/0007-render-notices-as-markdown.md).
 */
export function noticesLoader(options: Parameters<typeof glob>[0]): Loader {
	const files = glob(options);
	return {
		name: 'noticeboard-notices',
		load(context: GlobContext) {
			const markdown = context.entryTypes?.get('.md');
			if (!markdown) {
				throw new Error('This version of Astro does not give loaders its Markdown entry type, which Noticeboard renders notices with. See docs/decisions/0007-render-notices-as-markdown.md.');
			}
			const asMarkdown: GlobContext = { ...context, entryTypes: new Map([...context.entryTypes!, ['.mdx', markdown]]) };
			return files.load(asMarkdown);
		},
	};
}
