import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Organisation } from '../../../schemas/organisation.ts';
import type { ComponentContext } from '../define.ts';

/** A link that writes to an email address, showing the address. */
export function emailLink(email: string): Element {
	return h('a', { href: `mailto:${email}` }, email);
}

/** A link that calls a telephone number, showing it as written. */
export function phoneLink(phone: string): Element {
	return h('a', { href: `tel:${phone.replace(/\s+/g, '')}` }, phone);
}

/** A postal address on one line, as a sentence gives it: its lines and postcode, separated by commas. */
export function postalAddress(address: Organisation['address']): string {
	return `${address.lines.join(', ')} ${address.postcode}`;
}

/**
 * Who answers for the information in this notice: the controller the version's facts name, as a
 * joint notice does, or else the organisation, by its legal name.
 */
export function controllerOf({ facts, organisation }: Pick<ComponentContext, 'facts' | 'organisation'>): { name: string; email: string } {
	return facts?.controller ?? { name: organisation.legalName ?? organisation.name, email: organisation.email };
}

/** One sentence of contact details: its parts, or undefined where the organisation has none. */
export type DetailSentence = readonly (ElementContent | string)[] | undefined;

/**
 * Contact details as sentences in an `<address>`, one to a paragraph. Sentences, not a list of
 * labels: they read as the rest of the notice does, aloud and on paper, and text copied from the
 * page keeps them whole.
 */
export function contactDetails(sentences: readonly DetailSentence[]): ElementContent[] {
	return [h('address', { className: ['nb-contact'] }, sentences.flatMap((sentence) => (sentence ? [h('p', [...sentence])] : [])))];
}
