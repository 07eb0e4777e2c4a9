import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Organisation } from '../../../schemas/organisation.ts';
import type { ComponentContext } from '../define.ts';
import type { Cell } from './table.ts';

/** A link that writes to an email address, showing the address. */
export function emailLink(email: string): Element {
	return h('a', { href: `mailto:${email}` }, email);
}

/** A link that calls a telephone number, showing it as written. */
export function phoneLink(phone: string): Element {
	return h('a', { href: `tel:${phone.replace(/\s+/g, '')}` }, phone);
}

/** A postal address, a line to each line of the envelope. */
export function postalAddress(address: Organisation['address']): Element {
	return h('address', [...address.lines, address.postcode].flatMap((line, i) => (i === 0 ? [line] : [h('br'), line])));
}

/**
 * Who answers for the information in this notice: the controller the version's facts name, as a
 * joint notice does, or else the organisation, by its legal name.
 */
export function controllerOf({ facts, organisation }: Pick<ComponentContext, 'facts' | 'organisation'>): { name: string; email: string } {
	return facts?.controller ?? { name: organisation.legalName ?? organisation.name, email: organisation.email };
}

/** One row of a list of details: what it is, and its value. Rows without a value are left out. */
export type DetailRow = readonly [label: Cell, value: Cell | undefined];

/** A list of contact details, styled as the organisation page's (`.nb-details`). */
export function detailsList(rows: readonly DetailRow[]): ElementContent[] {
	return [
		h(
			'dl',
			{ className: ['nb-details'] },
			rows.flatMap(([label, value]) => (value ? [h('div', [h('dt', [...label]), h('dd', [...value])])] : [])),
		),
	];
}
