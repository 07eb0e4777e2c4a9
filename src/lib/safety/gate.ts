import type { Element, Nodes } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { contentSchema, EDITOR_ELEMENTS, ELEMENT_FIXES, URL_ATTRIBUTES } from './allow-list.ts';
import { isAllowedLink, isLocalResource, urlScheme } from './url.ts';

/** One thing in content's HTML that the allow-list refuses, said so that an editor can fix it. */
export interface Violation {
	message: string;
	fix: string;
	/** Text to look for in the source to find the line: the start of the tag, or the URL. */
	needle: string;
	/** The attribute, as written in HTML, when the problem is one attribute. */
	attribute?: string;
}

/** One entry of a schema's attribute list: a property name, or a name and its allowed values. */
type PropertyDefinition = NonNullable<Schema['attributes']>[string][number];
const propertyOf = (definition: PropertyDefinition) => (typeof definition === 'string' ? definition : definition[0]);

/** A schema indexed for lookups: they are made for every attribute of every element. */
interface Rules {
	tagNames: Set<string>;
	definitions: Record<string, PropertyDefinition[] | undefined>;
	byTag: Map<string, Map<string, PropertyDefinition>>;
	ancestors: Record<string, string[] | undefined>;
}
const indexed = new WeakMap<Schema, Rules>();
function rulesOf(schema: Schema): Rules {
	let rules = indexed.get(schema);
	if (!rules) {
		const definitions = (schema.attributes ?? {}) as Record<string, PropertyDefinition[] | undefined>;
		rules = {
			tagNames: new Set(schema.tagNames ?? []),
			definitions,
			byTag: new Map(Object.entries(definitions).map(([tag, list]) => [tag, new Map((list ?? []).map((d) => [propertyOf(d), d]))])),
			ancestors: (schema.ancestors ?? {}) as Record<string, string[] | undefined>,
		};
		indexed.set(schema, rules);
	}
	return rules;
}
const editorElements = EDITOR_ELEMENTS.map((name) => `<${name}>`).join(', ');

/** How an attribute is spelt in HTML (`onclick`, `aria-label`), from its hast property name. */
const attributeName = (property: string) => find(html, property).attribute;

function valueAllowed(definition: PropertyDefinition, value: unknown): boolean {
	if (typeof definition === 'string') return true;
	const [, ...allowed] = definition;
	if (allowed.length === 0) return true;
	const values = Array.isArray(value) ? value : [value];
	return values.every((item) => allowed.some((rule) => (rule instanceof RegExp ? typeof item === 'string' && rule.test(item) : rule === item)));
}

function attributeViolation(rules: Rules, tagName: string, property: string, value: unknown): Violation | undefined {
	const definition = rules.byTag.get(tagName)?.get(property);
	if (definition && valueAllowed(definition, value)) {
		const kind = URL_ATTRIBUTES[property as keyof typeof URL_ATTRIBUTES];
		if (!kind) return undefined;
		const url = String(value);
		const attribute = attributeName(property);
		if (kind === 'link' && !isAllowedLink(url)) {
			return {
				message: `The link "${url}" uses a "${urlScheme(url)}:" address, which a notice may not use: it could run code or hide what it does.`,
				fix: 'Use an https:// address, a mailto: or tel: address, or a path on this site such as /acme/website/.',
				needle: url,
				attribute,
			};
		}
		if (kind === 'resource' && !isLocalResource(url)) {
			return {
				message: `The image "${url}" is not a file on this site. Images from another host make every reader's browser contact that host, which can track who reads the notice.`,
				fix: 'Save the image in content/images/<organisation>/ and write ![what it shows](/images/<organisation>/file.png).',
				needle: url,
				attribute,
			};
		}
		return undefined;
	}
	const attribute = attributeName(property);
	const needle = `<${tagName}`;
	if (/^on/i.test(attribute)) {
		return { message: `<${tagName}> has an event handler (${attribute}), which would run code.`, fix: 'Remove it.', needle, attribute };
	}
	if (attribute === 'style') {
		return { message: `<${tagName}> has a style attribute, which could restyle or cover the page.`, fix: "Remove it: styles come from the site's design. Use Markdown for emphasis (**bold**, *italic*).", needle, attribute };
	}
	if (attribute === 'id' || attribute === 'name') {
		return { message: `<${tagName}> has ${attribute}="${String(value)}": the site makes ids from headings, and others could clash with them.`, fix: 'Remove it, and link to a section by its heading instead (#heading-text).', needle, attribute };
	}
	const allowed = (rules.definitions[tagName] ?? []).map((d) => attributeName(propertyOf(d)));
	return {
		message: `<${tagName}> has the attribute ${attribute}${definition ? `="${String(value)}"` : ''}, which notices may not use.`,
		fix: allowed.length > 0 ? `Remove it. <${tagName}> may have: ${[...new Set(allowed)].join(', ')}${definition ? ', with the values Markdown gives them' : ''}.` : 'Remove it.',
		needle,
		attribute,
	};
}

/**
 * Everything the allow-list refuses about one element, given the tag names of its ancestors
 * (asked for only where the schema needs them). An element not on the list is one violation (its
 * attributes are not looked at); otherwise each refused attribute, value or URL is one. `schema`
 * is what editors may make, unless said otherwise: components are held to what may be published.
 */
export function elementViolations(element: Pick<Element, 'tagName' | 'properties'>, ancestors: () => readonly string[], schema: Schema = contentSchema): Violation[] {
	const { tagName } = element;
	const rules = rulesOf(schema);
	if (!rules.tagNames.has(tagName)) {
		return [{ message: `<${tagName}> is not allowed in a notice.`, fix: ELEMENT_FIXES[tagName] ?? `Write it in Markdown. The HTML allowed is ${editorElements}.`, needle: `<${tagName}` }];
	}
	const required = rules.ancestors[tagName];
	if (required && !ancestors().some((name) => required.includes(name))) {
		return [{ message: `<${tagName}> is allowed only inside ${required.map((name) => `<${name}>`).join(' or ')}.`, fix: 'Use Markdown: "- [ ] task" makes a checkbox in a list.', needle: `<${tagName}` }];
	}
	return Object.entries(element.properties ?? {}).flatMap(([property, value]) => {
		if (value === undefined || value === null || value === false) return [];
		// An empty style sets nothing. Sätteri cannot delete a property, so align-cells.ts empties it.
		if (property === 'style' && value === '') return [];
		const found = attributeViolation(rules, tagName, property, value);
		return found ? [found] : [];
	});
}

/** Every violation in a materialised hast tree, in document order: the same rules as the render's gate. */
export function treeViolations(tree: Nodes, schema: Schema = contentSchema): Violation[] {
	const found: Violation[] = [];
	const visit = (node: Nodes, ancestors: string[]) => {
		if (node.type === 'doctype' || node.type === 'raw') {
			found.push({ message: 'This HTML could not be read as elements.', fix: 'Write it in Markdown.', needle: '<' });
			return;
		}
		if (node.type === 'element') {
			found.push(...elementViolations(node, () => ancestors, schema));
		}
		if ('children' in node) for (const child of node.children) visit(child, node.type === 'element' ? [...ancestors, node.tagName] : ancestors);
	};
	visit(tree, []);
	return found;
}
