import { mdxToMdast } from 'satteri';
import type { AnyComponent } from './define.ts';
import { closest } from '../check/problem.ts';

/** The parts of Sätteri's MDX mdast that finding components reads. */
interface MdxNode {
	type: string;
	name?: string | null;
	depth?: number;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: MdxNode[];
	position?: { start: { line: number; column: number; offset?: number }; end?: { offset?: number } };
}

/** Something wrong with how a component is written, at its line. */
export interface ComponentProblem {
	line: number | undefined;
	column: number | undefined;
	message: string;
	fix: string;
}

/** One use of a component in a body, with its validated props and the level of its section. */
export interface ComponentUse {
	component: AnyComponent;
	props: unknown;
	level: 2 | 3 | 4 | 5 | 6;
	line: number | undefined;
	column: number | undefined;
}

/** A body with its components replaced by placeholders the renderer expands, and what was wrong. */
export interface PreparedBody {
	/** The source as the Markdown renderer reads it. */
	source: string;
	/** The placeholder element's name: unguessable, so no editor can write one. */
	placeholder: string;
	/** Each use, by its placeholder's `data-i`; undefined where the use was refused. */
	uses: (ComponentUse | undefined)[];
	problems: ComponentProblem[];
}

const COMPONENT_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** Whether an `.mdx` source might use a component: a tag whose name starts with a capital. */
export function mayUseComponents(source: string): boolean {
	return /<[A-Z]/.test(source);
}

/** Where the start tag that begins at `start` ends: after its `>`, outside quoted values and braces. */
function startTagEnd(source: string, start: number): number {
	let quote = '';
	let braces = 0;
	for (let i = start + 1; i < source.length; i++) {
		const c = source[i]!;
		if (quote) {
			if (c === quote) quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '{') braces++;
		else if (c === '}') braces--;
		else if (c === '>' && braces === 0) return i + 1;
	}
	return source.length;
}

/** Reads a use's attributes as props: strings as written, and `true` for an attribute written bare. */
function readProps(node: MdxNode, problem: (message: string, fix: string) => void): Record<string, unknown> | undefined {
	const props: Record<string, unknown> = {};
	let ok = true;
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || (typeof attribute.value === 'object' && attribute.value !== null)) {
			ok = false;
			problem(`<${node.name}> has a prop written as code${attribute.name ? ` (${attribute.name})` : ''}.`, 'Props are plain text in double quotes, such as summary="How we use cookies", or a bare word for yes, such as open.');
			continue;
		}
		props[attribute.name!] = attribute.value === null || attribute.value === undefined ? true : attribute.value;
	}
	return ok ? props : undefined;
}

/**
 * Finds each component an `.mdx` body uses, validates its props and placement, and replaces its
 * tags with placeholder elements that the Markdown renderer reads as HTML, so the text inside a
 * component is rendered as Markdown by the same pipeline as the rest of the body. `tree` is the
 * source's MDX tree, when the caller has parsed it already.
 */
export function prepareComponents(source: string, components: ReadonlyMap<string, AnyComponent>, tree?: MdxNode): PreparedBody {
	const placeholder = `nb-component-${crypto.randomUUID().slice(0, 8)}`;
	const uses: (ComponentUse | undefined)[] = [];
	const problems: ComponentProblem[] = [];
	const edits: { start: number; end: number; text: string }[] = [];
	let level = 1;
	const names = [...components.keys()];

	const visit = (node: MdxNode, inline: boolean) => {
		if (node.type === 'heading') level = node.depth ?? 2;
		const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
		if (isJsx && node.name && COMPONENT_NAME.test(node.name)) {
			const at = { line: node.position?.start.line, column: node.position?.start.column };
			const problem = (message: string, fix: string) => problems.push({ ...at, message, fix });
			const component = components.get(node.name);
			const i = uses.length;
			let use: ComponentUse | undefined;
			if (!component) {
				const suggestion = closest(node.name, names);
				problem(`<${node.name}> is not a component notices can use.`, `${suggestion ? `Did you mean <${suggestion}>? ` : ''}The components are: ${names.map((n) => `<${n}>`).join(', ')}.`);
			} else {
				const written = readProps(node, problem);
				const hasChildren = (node.children ?? []).length > 0;
				const isInline = node.type === 'mdxJsxTextElement' || inline;
				if (component.placement === 'block' && isInline) problem(`<${node.name}> must stand on its own lines, not inside a sentence, list or table.`, `Put it on a line of its own, with a blank line before and after.`);
				if (component.children === 'none' && hasChildren) problem(`<${node.name}> takes no text inside it.`, `Write it as <${node.name} />, and put the text before or after it.`);
				if (component.children === 'required' && !hasChildren) problem(`<${node.name}> needs text inside it.`, `Write the text between <${node.name}> and </${node.name}>.`);
				const parsed = written && component.props.safeParse(written);
				if (parsed && !parsed.success) {
					for (const issue of parsed.error.issues) {
						const prop = issue.path.length > 0 ? String(issue.path[0]) : undefined;
						if (issue.code === 'unrecognized_keys') {
							const known = Object.keys((component.props as { shape?: object }).shape ?? {});
							problem(`<${node.name}> has no prop ${issue.keys.map((k) => `"${k}"`).join(', ')}.`, known.length > 0 ? `Its props are: ${known.join(', ')}.` : `It takes no props: write <${node.name} />.`);
						} else {
							problem(`<${node.name}>${prop ? ` prop "${prop}"` : ''}: ${issue.message}`, `See the README's section on <${node.name}> for its props.`);
						}
					}
				}
				if (parsed?.success) {
					const lvl = Math.min(Math.max(level + 1, 2), 6) as ComponentUse['level'];
					use = { component, props: parsed.data, level: lvl, ...at };
				}
			}
			uses.push(use);
			const start = node.position?.start.offset;
			const end = node.position?.end?.offset;
			if (start !== undefined && end !== undefined) {
				const open = `<${placeholder} data-i="${i}">`;
				const close = `</${placeholder}>`;
				// An inline component on a line of its own, or alone in a list item, still sits in text.
				const block = node.type === 'mdxJsxFlowElement' && component?.placement !== 'inline';
				const tagEnd = startTagEnd(source, start);
				if (tagEnd >= end) {
					// Self-closing: a block placeholder is an open tag alone on its line, so it is read as an HTML block.
					edits.push({ start, end, text: block ? `${open}\n${close}` : `${open}${close}` });
				} else {
					const closeStart = source.lastIndexOf('</', end - 1);
					// Blank lines around the text inside a block, so that it is read as Markdown, not as HTML.
					edits.push({ start, end: tagEnd, text: block ? `${open}\n` : open });
					edits.push({ start: closeStart, end, text: block ? `\n${close}` : close });
				}
			}
		}
		// Inside a sentence, list or table, a block component cannot stand on its own lines.
		const insideText = inline || ['paragraph', 'heading', 'listItem', 'tableCell', 'mdxJsxTextElement'].includes(node.type);
		for (const child of node.children ?? []) visit(child, insideText);
	};
	visit(tree ?? (mdxToMdast(source) as MdxNode), false);
	let rewritten = source;
	for (const edit of edits.sort((a, b) => b.start - a.start)) rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
	return { source: rewritten, placeholder, uses, problems };
}
