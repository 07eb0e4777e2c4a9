import { markdownToMdast } from 'satteri';
import type { ComponentRegistry } from '../components/registry.ts';
import { contentSchema, EDITOR_ELEMENTS } from '../safety/allow-list.ts';
import { sectionSlugger } from '../safety/ids.ts';
import type { LanguageCode } from '../../i18n/codes.ts';
import type { Problem } from './problem.ts';

/** The parts of an mdast node the body checks read (Sätteri's mdast, with MDX nodes). */
export interface BodyNode {
	type: string;
	depth?: number;
	url?: string;
	alt?: string | null;
	name?: string | null;
	value?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: BodyNode[];
	position?: { start: { line: number; column: number } };
}


/** Link texts that mean nothing out of context (WCAG 2.4.4), compared in lower case. */
const VAGUE_LINK_TEXT = ['click here', 'here', 'read more', 'more', 'link', 'this link', 'this page', 'find out more'];

// Elements the allow-list lets Markdown make but editors should write as Markdown. What the
// allow-list refuses outright (scripts, embeds, styles) it reports itself (src/lib/check/safety.ts).
const MARKDOWN_FORMS: Record<string, string> = {
	a: 'Write links in Markdown: [text](https://…).',
	img: 'Write images in Markdown with alt text: ![what the image shows](/images/<organisation>/file.png).',
	table: 'Write tables in Markdown: | Heading | Heading | with a |---|---| line under the header.',
};
const markdownElements = new Set<string>(contentSchema.tagNames);

const text = (node: BodyNode): string => (node.value ?? '') + (node.children ?? []).map(text).join('');

/** The heading of the section a component's use opens, if its component opens one. */
function componentSection(node: BodyNode, components: ComponentRegistry, language?: LanguageCode): string | undefined {
	const component = node.name ? components.get(node.name) : undefined;
	if (!component?.section) return undefined;
	// Props as the renderer reads them: strings as written, and true for a bare attribute.
	const parsed = component.props.safeParse(Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value ?? true])));
	return parsed.success ? component.section(parsed.data, language) : undefined;
}

/**
 * Heading ids as the site makes them, so links to sections can be checked before building: those
 * of the body's headings and, given the `components` an `.mdx` body may use, of the sections
 * components open, in the order the page has them.
 */
export function headingAnchors(tree: BodyNode, components?: ComponentRegistry, language?: LanguageCode): Set<string> {
	const slugger = sectionSlugger();
	const anchors = new Set<string>();
	const visit = (node: BodyNode) => {
		if (node.type === 'heading') anchors.add(slugger.slug(text(node).trim()));
		const section = components && /^mdxJsx(Flow|Text)Element$/.test(node.type) ? componentSection(node, components, language) : undefined;
		if (section) anchors.add(slugger.slug(section));
		node.children?.forEach(visit);
	};
	visit(tree);
	return anchors;
}

/** What the body of one version may link to: every page on the site, and the sections of each. */
export interface LinkTargets {
	/** Site paths (`/acme/website/`) that will be built. */
	paths: ReadonlySet<string>;
	/** Section anchors on each notice and version page, by site path. */
	anchors: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A link or image to a page on this site, kept until every page and section is known. */
export interface InternalLink {
	/** "The link", "The image" or "<abbr>", for the message. */
	what: string;
	url: string;
	/** The site path it leads to, and the section, if any. */
	target: string;
	anchor: string | undefined;
	line: number | undefined;
	column: number | undefined;
}

/** What `checkBody` finds: problems, and the internal links to check once the whole site is known. */
export interface BodyReport {
	problems: Problem[];
	links: InternalLink[];
	/** The ids of the body's section headings. */
	anchors: Set<string>;
}

/**
 * Checks a notice body for what a schema cannot see: heading order, link text that means nothing
 * on its own, images without alt text, and MDX that would run code (expressions, imports and
 * exports, attributes written as code). What the published HTML may contain is the allow-list's
 * to say (src/lib/check/safety.ts). Links within the site are returned for `checkLinks`, so that the tree itself need
 * not be kept: a large site's trees would not fit in memory together. `components` are those an
 * `.mdx` body may use, for the sections they open.
 */
/** `language` is a translation's, whose components' section headings are in it. */
export function checkBody(file: string, tree: BodyNode, ownPath: string, components?: ComponentRegistry, language?: LanguageCode): BodyReport {
	const problems: Problem[] = [];
	const links: InternalLink[] = [];
	const report = (node: BodyNode, message: string, fix: string) =>
		problems.push({
			file,
			...(node.position ? { line: node.position.start.line, column: node.position.start.column } : {}),
			message,
			fix,
			severity: 'error',
		});
	let level = 1;

	const checkUrl = (node: BodyNode, url: string, what: string) => {
		// Addresses with a scheme, and other hosts, are the allow-list's to judge.
		if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return;
		const [path = '', anchor] = url.split('#') as [string, string | undefined];
		if (path !== '' && !path.startsWith('/')) {
			report(node, `${what} "${url}" is a relative address, which changes meaning from page to page.`, 'Write the full path from the site root, such as /acme/website/, or #section for this page.');
			return;
		}
		const page = path.split('?')[0]!;
		// Pages' addresses end in "/"; files', such as images, do not.
		const target = path === '' ? ownPath : what === 'The image' ? page : page.replace(/([^/])$/, '$1/');
		const owner = what === 'The image' ? /^\/images\/([^/]+)\//.exec(target)?.[1] : undefined;
		const org = ownPath.split('/')[1];
		if (owner && owner !== org) {
			report(node, `The image "${url}" is one of ${owner}'s images, not ${org}'s.`, `Use an image from content/images/${org}/: copy the file there if ${org} may show it.`);
			return;
		}
		links.push({ what, url, target, anchor, line: node.position?.start.line, column: node.position?.start.column });
	};

	const visit = (node: BodyNode) => {
		switch (node.type) {
			case 'heading': {
				const depth = node.depth ?? 2;
				if (depth === 1) report(node, 'A "#" heading repeats the title: the title is the page\'s only top-level heading.', 'Start sections at "##".');
				else if (depth > level + 1) report(node, `This heading skips from level ${level} to level ${depth}.`, `Use ${'#'.repeat(level + 1)} here, so screen reader users can follow the outline.`);
				if (text(node).trim() === '') report(node, 'This heading is empty.', 'Give it words, or remove the "#" marks.');
				level = Math.max(depth, 2);
				break;
			}
			case 'link': {
				const label = text(node).trim().toLowerCase().replace(/[.!:]+$/, '');
				if (VAGUE_LINK_TEXT.includes(label)) report(node, `The link text "${text(node).trim()}" says nothing about where it goes.`, 'Use words that make sense on their own, such as [how to complain to the ICO](https://ico.org.uk/make-a-complaint/).');
				checkUrl(node, node.url ?? '', 'The link');
				break;
			}
			case 'image':
				if (!node.alt?.trim()) report(node, 'This image has no alt text, so screen reader users miss what it shows.', 'Describe it: ![what the image shows](image.png).');
				checkUrl(node, node.url ?? '', 'The image');
				break;
			case 'mdxjsEsm':
				report(node, 'Imports and exports run code when the site is built.', 'Remove it: the components notices may use need no import (see the README\'s "Components" section).');
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				report(node, `"{${node.value ?? ''}}" is code, which notices may not contain.`, 'Write the text itself, or "\\{" for a brace.');
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				// Components are checked as they are rendered (src/lib/components/prepare.ts).
				if (/^[A-Z]/.test(name)) break;
				// Elements the allow-list refuses are reported by it, once, with its reasons.
				if (!(EDITOR_ELEMENTS as readonly string[]).includes(name) && markdownElements.has(name.toLowerCase())) {
					report(node, `<${name}> is not allowed in a notice.`, MARKDOWN_FORMS[name.toLowerCase()] ?? `Write it in Markdown. The HTML allowed is ${EDITOR_ELEMENTS.map((e) => `<${e}>`).join(', ')}.`);
					break;
				}
				for (const attribute of node.attributes ?? []) {
					if (attribute.type !== 'mdxJsxAttribute' || (typeof attribute.value === 'object' && attribute.value !== null)) {
						report(node, `<${name}> has an attribute written as code.`, 'Give attributes plain text values in quotes, such as title="Information Commissioner\'s Office".');
					}
				}
				break;
			}
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	return { problems, links, anchors: headingAnchors(tree, components, language) };
}

/** Checks that each internal link leads to a page the site will have, and to a section on it. */
export function checkLinks(file: string, links: readonly InternalLink[], targets: LinkTargets): Problem[] {
	return links.flatMap(({ what, url, target, anchor, line, column }): Problem[] => {
		const at = { file, ...(line ? { line } : {}), ...(column ? { column } : {}), severity: 'error' as const };
		if (!targets.paths.has(target) && what === 'The image') {
			return [{ ...at, message: `The image "${url}" is not one of this site's images.`, fix: 'Save the file in content/images/<organisation>/ and write its path: /images/<organisation>/<file>.' }];
		}
		if (!targets.paths.has(target)) {
			return [{ ...at, message: `${what} "${url}" leads to no page on this site.`, fix: 'Check the address: notices are at /<organisation>/<type>/ and versions at /<organisation>/<type>/<YYYY-MM-DD>/.' }];
		}
		const anchors = targets.anchors.get(target);
		if (anchor && anchors && !anchors.has(anchor) && !anchor.startsWith('user-content-')) {
			const page = url.startsWith('#') ? 'this page' : target;
			return [{ ...at, message: `${what} "${url}" leads to no section "#${anchor}" on ${page}.`, fix: `Use one of the section anchors there: ${[...anchors].slice(0, 8).map((a) => `#${a}`).join(', ')}.` }];
		}
		return [];
	});
}

/**
 * Notices are rendered as Markdown (docs/decisions/0007-render-notices-as-markdown.md), and in
 * Markdown, unlike MDX, a paragraph indented by four spaces or a tab is a block of code. The check
 * has ruled out every other difference, so an `.mdx` file with such a block is reported rather
 * than shown in a way its editor did not see in MDX.
 */
export function indentedCode(file: string, source: string): Problem[] {
	if (!/^(?: {4}|\t)/m.test(source)) return [];
	const lines = source.split('\n');
	const found: Problem[] = [];
	const visit = (node: BodyNode) => {
		const line = node.position?.start.line;
		if (node.type === 'code' && line && !/^\s*(```|~~~)/.test(lines[line - 1] ?? '')) {
			found.push({
				file,
				line,
				column: 1,
				message: 'This text is indented by four spaces or a tab, so it would be shown as a block of code.',
				fix: 'Remove the spaces at the start of the lines. For a list item, indent it under the list marker instead.',
				severity: 'error',
			});
		}
		node.children?.forEach(visit);
	};
	visit(markdownToMdast(source) as BodyNode);
	return found;
}
