import type { ElementContent } from 'hast';
import type { z } from 'astro/zod';
import type { Facts } from '../../schemas/facts.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import { DEFAULT_LANGUAGE, strings, type LanguageCode, type Strings } from '../../i18n/index.ts';

/** What a component renders from: the version's own facts, its organisation, and the site's glossary. */
export interface ComponentContext {
	/** The facts of the version being rendered, so an archived version shows what it said then. */
	facts: Facts | undefined;
	/** The organisation as it is now (decision 0013 says why not as it was). */
	organisation: Organisation;
	/** The site's glossary, by slug. */
	glossary: ReadonlyMap<string, GlossaryEntry>;
	/** The site's base path, such as `/` or `/policies/`, for links to the site's own pages. */
	base: string;
	/** The language the version is written in, for the component's own words: English unless a translation's. */
	language?: LanguageCode;
	/** The level for a heading the component opens: one below the section it sits in, from 2 to 6. */
	level: 2 | 3 | 4 | 5 | 6;
}

/** A component's own words, in the language of the version it renders in: English unless a translation's. */
export function wordsOf({ language }: Pick<ComponentContext, 'language'>): Strings {
	return strings(language ?? DEFAULT_LANGUAGE);
}

/** Why a component cannot render in a version, said so that an editor can fix it. */
export interface Unavailable {
	message: string;
	fix: string;
}

/**
 * One component notices may use without importing it. Props are literal strings in the MDX
 * (`summary="…"`), or `true` for an attribute written bare (`open`), and are validated by `props`.
 * `render` returns hast: what it makes is held to the published allow-list before it reaches a page.
 */
export interface NoticeComponent<Props = Record<string, unknown>> {
	/** The name editors write, in PascalCase: `PurposesTable`. */
	name: string;
	/** One sentence for the README and for error messages. */
	summary: string;
	/** An example of its use, for the README. */
	example: string;
	/** Whether it stands on its own lines (`block`) or sits in a sentence (`inline`). */
	placement: 'block' | 'inline';
	/** Whether editors write text inside it. */
	children: 'none' | 'optional' | 'required';
	/** Its props: a strict object of strings and booleans. */
	props: z.ZodType<Props>;
	/**
	 * Why it cannot render in this version, if it cannot: a fact it needs is missing, say, or the
	 * text written inside it (rendered, as `render` gets it) is not what it can show.
	 */
	unavailable?: (props: Props, context: ComponentContext, children: ElementContent[]) => Unavailable | undefined;
	/**
	 * The text of the section heading it opens, if it opens a section of the notice (one with an
	 * id, a "#" link and a place in the table of contents), so the content check knows that
	 * section's id and can check links to it. A heading that only titles an aside is no section.
	 * In `language`, that of the body it is in: English unless a translation's.
	 */
	section?: (props: Props, language?: LanguageCode) => string;
	/** Its HTML, given its props, the version's context, and the rendered text written inside it. */
	render: (props: Props, context: ComponentContext, children: ElementContent[]) => ElementContent[];
}

/** Declares a component, keeping its props' type for `render`. */
export function defineComponent<Props>(component: NoticeComponent<Props>): NoticeComponent<Props> {
	return component;
}

/** A component of any props, as registries and configuration hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- props are checked by each component's own schema
export type AnyComponent = NoticeComponent<any>;
