import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toText } from 'hast-util-to-text';
import { z } from 'astro/zod';
import { DEFAULT_LANGUAGE, localisedPath } from '../../../i18n/index.ts';
import { findTerm, GLOSSARY_FILE, glossaryFile, nearTerms } from '../../glossary.ts';
import { paths } from '../../urls.ts';
import { defineComponent, type ComponentContext, type Unavailable } from '../define.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a glossary slug: lowercase letters, digits and single hyphens, such as slug="data-controller".');

const textOf = (children: ElementContent[]) => toText({ type: 'root', children }).trim();
const hasLink = (nodes: readonly ElementContent[]): boolean => nodes.some((node) => node.type === 'element' && (node.tagName === 'a' || hasLink(node.children)));

/** The glossary file a body's terms are looked up in: the English one, or its translation's beside it. */
const glossaryFileFor = ({ language = DEFAULT_LANGUAGE }: Pick<ComponentContext, 'language'>) => (language === DEFAULT_LANGUAGE ? GLOSSARY_FILE : glossaryFile(language));

/**
 * Why a term cannot link to the glossary: no such term, or the words are a link already. The words
 * are matched as written, in any case, to a term or one of its aliases: no plural or other
 * inflection is guessed in any language, so a Welsh glossary lists mutated forms as aliases.
 */
function termProblem(written: string, slug: string | undefined, context: ComponentContext, children: ElementContent[]): Unavailable | undefined {
	const { glossary } = context;
	const file = glossaryFileFor(context);
	if (hasLink(children)) return { message: 'the words inside it are a link, and a link cannot hold another.', fix: 'Write the words without the link: <Term> makes them the link to the glossary.' };
	if (findTerm(glossary, written, slug)) return undefined;
	if (glossary.size === 0) return { message: `the site has no glossary, so "${written}" has no definition to link to.`, fix: `Add ${file} with the term and its definition, or write the words without <Term>.` };
	const near = nearTerms(glossary, slug ?? written);
	const suggestion = near.length === 0 ? '' : `Did you mean ${near.map((e) => (slug === undefined ? `"${e.term}"` : `slug="${e.slug}" (${e.term})`)).join(', or ')}? `;
	return {
		message: slug === undefined ? `"${written}" is not a term in ${file}.` : `there is no term with slug "${slug}" in ${file}.`,
		fix: `${suggestion}Give the term's slug, as in <Term slug="controller">controllers</Term>, or add the term to ${file}, as a term or one of a term's aliases.`,
	};
}

/**
 * A word or phrase in a sentence, linked to its definition on the site's glossary page. It is a
 * plain link whose text is the words as written, so it reads well and says where it goes; its
 * dotted underline tells sighted readers it is a definition rather than another page.
 */
export const Term = defineComponent({
	name: 'Term',
	summary: 'Links a word or phrase to its definition in the site\'s glossary, found by the words written or by slug.',
	example: 'We share it with our <Term slug="processor">processors</Term>, who work for the <Term>controller</Term>.',
	placement: 'inline',
	children: 'required',
	props: z.strictObject({
		/** The glossary entry to link to, when the words written are not its term or one of its aliases. */
		slug: slug.optional(),
	}),
	unavailable: ({ slug }, context, children) => termProblem(textOf(children), slug, context, children),
	// A site path in the body's language: the base-links plugin, which runs after components, puts the base in front.
	render: ({ slug }, { glossary, language = DEFAULT_LANGUAGE }, children) => [
		h('a', { className: ['nb-term'], href: `${localisedPath(language, paths.glossary())}#${findTerm(glossary, textOf(children), slug)!.slug}` }, children),
	],
});
