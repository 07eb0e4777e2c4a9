import type { AnyComponent } from './define.ts';
import { AutomatedDecisions } from './facts/automated-decisions.ts';
import { Contact } from './facts/contact.ts';
import { CookieTable } from './facts/cookie-table.ts';
import { DPO } from './facts/dpo.ts';
import { PurposesTable } from './facts/purposes-table.ts';
import { Recipients } from './facts/recipients.ts';
import { RetentionTable } from './facts/retention-table.ts';
import { Rights } from './facts/rights.ts';
import { Sources } from './facts/sources.ts';
import { Transfers } from './facts/transfers.ts';
// Text components: src/lib/components/text/.
import { Callout } from './text/callout.ts';
import { Details } from './text/details.ts';
import { RightToObject } from './text/right-to-object.ts';
import { Term } from './text/term.ts';

/** The components every Noticeboard site has, in the order the README lists them. */
export const BUILT_IN_COMPONENTS: readonly AnyComponent[] = [
	// From the version's facts
	...[PurposesTable, RetentionTable, Recipients, Transfers, Sources, AutomatedDecisions, Rights],
	// From the organisation
	...[Contact, DPO],
	// For cookie notices
	CookieTable,
	// For the text
	...[Callout, Details, RightToObject, Term],
];

/** Components by name. */
export type ComponentRegistry = ReadonlyMap<string, AnyComponent>;

/**
 * Noticeboard's components and a site's own, by name. A site's component may not take the name
 * of another: that would change what existing notices say without anyone editing them.
 */
export function componentRegistry(own: readonly AnyComponent[] = []): ComponentRegistry {
	const registry = new Map<string, AnyComponent>();
	for (const component of [...BUILT_IN_COMPONENTS, ...own]) {
		if (!/^[A-Z][A-Za-z0-9]*$/.test(component.name)) {
			throw new Error(`astro.config.mjs, noticeboard.components: the component name "${component.name}" must start with a capital letter and have only letters and digits, such as "Helpline".`);
		}
		if (registry.has(component.name)) {
			throw new Error(`astro.config.mjs, noticeboard.components: there are two components named "${component.name}". Give the site's own component another name.`);
		}
		registry.set(component.name, component as AnyComponent);
	}
	return registry;
}

/** Noticeboard's own components, for a site that adds none (the site's: src/lib/site-settings.ts). */
export const builtInComponents: ComponentRegistry = componentRegistry();

/**
 * The components a site's module exports (`components` in astro.config.mjs): every export made
 * with `defineComponent`. A module that exports none is a mistake worth saying.
 */
export function exportedComponents(path: string, module: Record<string, unknown>): AnyComponent[] {
	const found = Object.values(module).filter(
		(value): value is AnyComponent => typeof value === 'object' && value !== null && typeof (value as AnyComponent).name === 'string' && typeof (value as AnyComponent).render === 'function',
	);
	if (found.length === 0) {
		throw new Error(`astro.config.mjs, noticeboard.components: ${path} exports no component. Export what defineComponent returns, such as "export const Helpline = defineComponent({ … })".`);
	}
	return [...new Set(found)];
}
