import type { Schema } from 'hast-util-sanitize';
import { LINK_SCHEMES } from './url.ts';

/** HTML elements an editor may write in a notice: harmless, text-level, and with no Markdown form. */
export const EDITOR_ELEMENTS = ['abbr', 'br', 'sub', 'sup'] as const;

/** Table cell alignment as classes, since a Content Security Policy blocks `style` attributes. */
export const ALIGN_CLASSES = ['nb-align-left', 'nb-align-center', 'nb-align-right'] as const;

/**
 * The one allow-list for HTML made from content, in `hast-util-sanitize`'s schema format (so the
 * library itself can confirm it in tests): every element GitHub Flavored Markdown produces, the
 * elements editors may write, and per element only the attributes Markdown sets, some with the
 * only values it gives them. Nothing here can run code, restyle the page, or load anything from
 * another host: no `style`, no event handlers, no ids but footnotes', links only to
 * {@link LINK_SCHEMES} or this site, and images only from this site (see `isLocalResource`).
 * Noticeboard's own Markdown plugins (heading anchors, table regions) run after the gate, as the
 * site's own code, like its layouts.
 */
export const contentSchema = {
	tagNames: [
		...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'pre', 'code'],
		...['ul', 'ol', 'li', 'input', 'em', 'strong', 'del', 'a', 'img', 'br'],
		...['table', 'thead', 'tbody', 'tr', 'th', 'td', 'section'],
		...EDITOR_ELEMENTS,
	],
	attributes: {
		a: [
			'href',
			'title',
			// GitHub Flavored Markdown's footnote references and back-references.
			['id', /^user-content-fnref-[\w-]+$/],
			'dataFootnoteRef',
			'dataFootnoteBackref',
			['ariaDescribedBy', 'footnote-label'],
			['ariaLabel', /^Back to reference [\w-]+$/],
			['className', 'data-footnote-backref'],
		],
		img: ['src', 'alt', 'title'],
		abbr: ['title'],
		ol: ['start', ['className', 'contains-task-list']],
		ul: [['className', 'contains-task-list']],
		li: [
			['className', 'task-list-item'],
			['id', /^user-content-fn-[\w-]+$/],
		],
		input: [['type', 'checkbox'], 'checked', 'disabled'],
		code: [['className', /^language-[\w+#.-]+$/]],
		th: [['className', ...ALIGN_CLASSES]],
		td: [['className', ...ALIGN_CLASSES]],
		section: ['dataFootnotes', ['className', 'footnotes']],
		h2: [
			['id', 'footnote-label'],
			['className', 'sr-only'],
		],
	},
	// Task-list checkboxes only inside list items.
	ancestors: { input: ['li'] },
	protocols: { href: [...LINK_SCHEMES], src: [] },
	// Ids are checked above, value by value, rather than prefixed.
	clobber: [],
	clobberPrefix: '',
	required: {},
	strip: [],
	allowComments: true,
	allowDoctypes: false,
} satisfies Schema;

/** Elements that only components make (src/lib/components/): never editors. */
export const COMPONENT_ELEMENTS = [
	// Facts components (src/lib/components/facts/): <Contact /> and <DPO />.
	'address',
	// Text components (src/lib/components/text/).
	'aside',
	'details',
	'summary',
] as const;

/**
 * Classes of the headings that title a component's aside rather than open a section of the
 * notice: they get no id and no "#" link, and the table of contents leaves them out.
 */
export const ASIDE_HEADING_CLASSES = ['nb-callout__title'] as const;

/** Classes components give their headings, for the site's styles. */
export const COMPONENT_HEADING_CLASSES = [...ASIDE_HEADING_CLASSES] as const;

/** Classes text components give the `<div>`s and links they make: <Details>'s body, <Term>'s link. */
const TEXT_COMPONENT_DIV_CLASSES = ['nb-disclosure__body'] as const;
const TEXT_COMPONENT_LINK_CLASSES = ['nb-term'] as const;

type Definitions = NonNullable<Schema['attributes']>[string];
const propertyOf = (definition: Definitions[number]) => (typeof definition === 'string' ? definition : definition[0]);
/** An element's content attributes with `more` in place of any for the same properties. */
const extend = (tag: string, ...more: Definitions): Definitions => [
	...((contentSchema.attributes as Record<string, Definitions>)[tag] ?? []).filter((d) => !more.some((m) => propertyOf(m) === propertyOf(d))),
	...more,
];

/**
 * What a published body may contain: {@link contentSchema} and what Noticeboard's own Markdown
 * plugins add after the gate (heading ids and anchors, named table regions, captions, header
 * scopes, checkbox labels, images' sizes), and what components make (src/lib/components/). What
 * each component makes is checked against it as it is rendered; tests hold every published body to it.
 */
export const publishedSchema = {
	...contentSchema,
	tagNames: [...contentSchema.tagNames, 'div', 'caption', ...COMPONENT_ELEMENTS],
	attributes: {
		...contentSchema.attributes,
		div: [['className', 'nb-heading', 'nb-table-scroll', ...TEXT_COMPONENT_DIV_CLASSES], ['role', 'region'], ['tabIndex', 0], 'ariaLabel'],
		a: extend('a', ['className', 'nb-heading__anchor', 'nb-autolink', 'data-footnote-backref', ...TEXT_COMPONENT_LINK_CLASSES], 'dataPagefindIgnore', 'ariaLabel'),
		h2: extend('h2', 'id', ['className', 'nb-footnotes-heading', ...COMPONENT_HEADING_CLASSES]),
		...Object.fromEntries(['h3', 'h4', 'h5', 'h6'].map((h) => [h, ['id', ['className', ...COMPONENT_HEADING_CLASSES]]])),
		aside: [['className', 'nb-callout'], 'ariaLabel'],
		// <Contact /> and <DPO />: contact details in sentences; <Rights />: its list.
		address: [['className', 'nb-contact']],
		ul: extend('ul', ['className', 'contains-task-list', 'nb-rights', 'nb-recipients']),
		// Text components (src/lib/components/text/): <RightToObject>'s section, named by its heading;
		// <Details>, open or closed; <Term>'s link to the glossary.
		section: extend('section', ['className', 'footnotes', 'nb-object'], 'ariaLabel'),
		details: [['className', 'nb-disclosure'], 'open'],
		summary: [['className', 'nb-disclosure__summary']],
		th: extend('th', ['scope', 'col']),
		input: extend('input', 'ariaLabel'),
		img: extend('img', 'width', 'height'),
	},
} satisfies Schema;

/** Attributes whose values are URLs, and how each is checked. */
export const URL_ATTRIBUTES = { href: 'link', src: 'resource' } as const;

/** What to write instead of an element notices may not contain, by element. */
export const ELEMENT_FIXES: Record<string, string> = {
	script: 'Notice pages run no code: remove it. Ask a developer if the site needs a new feature.',
	iframe: 'Link to the page instead: [what it is](https://…).',
	object: 'Link to the file or page instead: [what it is](https://…).',
	embed: 'Link to the file or page instead: [what it is](https://…).',
	video: 'Link to the video instead: [what it shows](https://…). Readers\' browsers would contact its host.',
	audio: 'Link to the recording instead: [what it is](https://…). Readers\' browsers would contact its host.',
	link: 'Remove it: the site\'s design and files come from the site.',
	style: 'Styles come from the site\'s design: remove it, and use Markdown for emphasis (**bold**, *italic*).',
	form: 'Link to the form instead: [what it is for](https://…).',
	svg: 'Save the picture as a PNG or JPEG in content/images/<organisation>/ and write ![what it shows](/images/<organisation>/file.png).',
};
