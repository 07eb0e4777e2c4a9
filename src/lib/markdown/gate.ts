import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { elementViolations, type Violation } from '../safety/gate.ts';

/**
 * The allow-list as a step of the Markdown rendering (src/lib/safety/allow-list.ts): it visits
 * every element the content made, after raw HTML has been parsed into elements, and records what
 * the allow-list refuses in `violations`. Rendering goes on, so one run reports every problem;
 * the caller refuses to publish a body with any. `placeholder` is the name of the elements that
 * stand for components in this body (src/lib/components/prepare.ts).
 */
export function allowListGate(violations: Violation[], placeholder?: string): HastPluginDefinition {
	return {
		name: 'noticeboard-allow-list',
		element: {
			filter: [],
			visit(element, ctx) {
				// A component's placeholder: what is inside it is checked here, and what the component makes, when it is expanded.
				if (element.tagName === placeholder) return;
				const ancestors = () => {
					const names: string[] = [];
					for (let parent = ctx.parent(element); parent?.type === 'element'; parent = ctx.parent(parent as Element)) names.push((parent as Element).tagName);
					return names;
				};
				violations.push(...elementViolations(element as Element, ancestors));
			},
		},
	};
}
