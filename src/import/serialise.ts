import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';

// In MDX, "<" starts JSX and "{" an expression, anywhere in text. mdast-util-to-markdown escapes a
// character wherever an "unsafe" pattern says it would be read as syntax; these patterns add MDX's
// two (and "}" for symmetry), as mdast-util-mdx-jsx and mdast-util-mdx-expression do, without
// pulling in MDX's parser. Escapes are backslashes, which MDX reads as the character itself.
const MDX_UNSAFE: Unsafe[] = ['<', '{', '}'].flatMap((character) => [
	{ character, inConstruct: 'phrasing' as const },
	{ atBreak: true, character },
]);

/**
 * Writes an mdast tree as the body of an MDX notice: GitHub tables, `-` bullets, `*` emphasis,
 * links always as `[text](url)` (MDX has no `<https://…>` autolinks), and MDX's syntax escaped.
 */
export function toMdx(tree: Root): string {
	return toMarkdown(tree, {
		extensions: [gfmToMarkdown(), { unsafe: MDX_UNSAFE }],
		bullet: '-',
		emphasis: '*',
		strong: '*',
		fences: true,
		listItemIndent: 'one',
		resourceLink: true,
		rule: '-',
	});
}
