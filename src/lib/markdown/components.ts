import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';
import type { ComponentContext } from '../components/define.ts';
import type { ComponentProblem, PreparedBody } from '../components/prepare.ts';
import { publishedSchema } from '../safety/allow-list.ts';
import { treeViolations } from '../safety/gate.ts';

/** A copy of `nodes` without any of `left`, wherever they are in it. */
function withoutNodes(nodes: readonly ElementContent[], left: ReadonlySet<ElementContent>): ElementContent[] {
	return nodes.filter((node) => !left.has(node)).map((node) => (node.type === 'element' ? { ...node, children: withoutNodes(node.children, left) } : node));
}

/** What components render from, but the level of the section each sits in. */
export type BodyContext = Omit<ComponentContext, 'level'>;

/**
 * Replaces each component's placeholder with what the component renders, after the allow-list's
 * gate has checked the text written inside it. What a component makes is held to the published
 * allow-list: a component, even a site's own, cannot put on a page what no notice may contain.
 * A use that was refused, or cannot render in this version, keeps only its text, and is reported:
 * a body with a problem is never published.
 */
export function expandComponents(prepared: PreparedBody, context: BodyContext, problems: ComponentProblem[]): HastPluginEntry {
	return {
		name: 'noticeboard-components',
		element: {
			filter: [prepared.placeholder],
			visit(placeholder, ctx) {
				const element = placeholder as Element;
				const children = element.children as ElementContent[];
				const use = prepared.uses[Number(element.properties['dataI'])];
				if (!use) {
					ctx.replaceNode(placeholder, children);
					return;
				}
				const { component, props, level, line, column } = use;
				const unavailable = component.unavailable?.(props, { ...context, level }, children);
				if (unavailable) {
					problems.push({ line, column, ...unavailable, message: `<${component.name}> cannot be shown: ${unavailable.message}` });
					ctx.replaceNode(placeholder, children);
					return;
				}
				const made = component.render(props, { ...context, level }, children);
				// The text written inside has passed the gate already, and components inside it are checked as they expand.
				const own = withoutNodes(made, new Set(children));
				const refused = new Set(treeViolations({ type: 'root', children: own }, publishedSchema).map((v) => v.message));
				for (const message of refused) {
					problems.push({
						line,
						column,
						message: `<${component.name}> made HTML that no notice may contain: ${message}`,
						fix: `This is a fault in the component, not in the notice: ask the site's developers to fix <${component.name}>.`,
					});
				}
				ctx.replaceNode(placeholder, made);
			},
		},
	};
}
