import type { ElementContent } from 'hast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { stringify } from 'yaml';
import type { VersionSummary } from '../../schemas/open-data.ts';
import type { BodyContext } from '../markdown/components.ts';
import { withComponents, type ComponentOptions } from '../markdown/render.ts';
import type { PreparedBody } from '../components/prepare.ts';
import { hastToInlineMarkdown, hastToMarkdown } from './hast-markdown.ts';

/** The frontmatter block at the top of a notice file, with the line break after its closing `---`. */
const FRONTMATTER = /^---\r?\n[\s\S]*?^---[ \t]*(?:\r?\n|$)/m;

/**
 * What one component says, as Markdown, around the Markdown written inside it. A block component
 * is rendered with a marker where its text goes, and the editor's own text takes the marker's
 * place, exactly as written. An inline one (a term) is rendered from the words inside it, which
 * it may read, such as to find the term: emphasis inside one is not kept.
 */
function expandUse(prepared: PreparedBody, context: BodyContext, index: number, inner: string): string {
	const use = prepared.uses[index];
	// A refused use is never published (the build stops), so this only keeps its text.
	if (!use) return inner;
	const { component, props, level } = use;
	const made = (children: ElementContent[]) => component.render(props, { ...context, level }, children);
	if (component.placement === 'inline') {
		const words = toString(fromMarkdown(inner));
		return hastToInlineMarkdown(made(words === '' ? [] : [{ type: 'text', value: words }]));
	}
	if (inner.trim() === '') return hastToMarkdown(made([]));
	const marker = `nbmarker${crypto.randomUUID().replaceAll('-', '')}`;
	const markdown = hastToMarkdown(made([{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: marker }] }]));
	const at = markdown.indexOf(marker);
	// A component that does not show its text shows none on the page either.
	if (at < 0) return markdown;
	const written = inner.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/(?:\r?\n[ \t]*)+$/, '');
	return `${markdown.slice(0, at)}${written}${markdown.slice(at + marker.length)}`;
}

/** Replaces each component placeholder, innermost first, with its Markdown. */
function expandAll(prepared: PreparedBody, context: BodyContext): string {
	const tags = new RegExp(`<${prepared.placeholder} data-i="(\\d+)">|</${prepared.placeholder}>`, 'g');
	const frames: { index: number; parts: string[] }[] = [{ index: -1, parts: [] }];
	let last = 0;
	for (const match of prepared.source.matchAll(tags)) {
		frames.at(-1)!.parts.push(prepared.source.slice(last, match.index));
		last = match.index + match[0].length;
		if (match[1] !== undefined) {
			frames.push({ index: Number(match[1]), parts: [] });
		} else {
			const frame = frames.pop()!;
			frames.at(-1)!.parts.push(expandUse(prepared, context, frame.index, frame.parts.join('')));
		}
	}
	frames.at(-1)!.parts.push(prepared.source.slice(last));
	return frames[0]!.parts.join('');
}

/**
 * A notice file's text as Markdown, for its `notice.md` and `notice.json`: the body exactly as
 * the editor wrote it, without its frontmatter, and with each component of an `.mdx` body written
 * out as the Markdown of what it shows (a facts table as a GitHub table, a term as a link). So the
 * text reads as the page does, and a body without components is given byte for byte.
 */
export function noticeMarkdown(source: string, components: ComponentOptions | undefined): string {
	const body = withComponents(source, components);
	const text = body.components ? expandAll(body.components.prepared, body.components.context) : body.source;
	return text.replace(FRONTMATTER, '').replace(/^(?:[ \t]*\r?\n)+/, '');
}

/**
 * A version's `notice.md`: YAML frontmatter saying which version of which notice it is, and where
 * its page and data are, then its text. The frontmatter holds only what never changes for a
 * version, so the file stays the same from build to build unless its text is edited.
 */
export function markdownFile(version: VersionSummary, text: string): string {
	const about = {
		title: version.title,
		summary: version.summary,
		organisation: version.organisation.name,
		noticeType: version.noticeType.title,
		effective: version.effective,
		...(version.updated ? { updated: version.updated } : {}),
		language: version.language,
		url: version.url,
		data: version.links.json,
	};
	return `---\n${stringify(about, { lineWidth: 0 })}---\n\n${text.replace(/\s*$/, '\n')}`;
}
