import { h } from 'hastscript';
import { z } from 'astro/zod';
import { defineComponent, wordsOf } from '../define.ts';
import { contactDetails, controllerOf, emailLink, phoneLink, postalAddress } from './details.ts';

/**
 * Who is responsible for the information and how to reach them (Article 13(1)(a)), from the
 * organisation as it is now: contact details are for reaching it today (decision 0013). A joint
 * notice's `facts.controller` gives the name and email in place of the organisation's.
 */
export const Contact = defineComponent({
	name: 'Contact',
	summary: "The organisation's name, postal address, email, telephone, website and ICO registration number, from its file as it is now; facts.controller gives the name and email for a joint notice.",
	example: '<Contact />',
	placement: 'block',
	children: 'none',
	props: z.strictObject({}),
	render: (_, context) => {
		const { organisation } = context;
		const words = wordsOf(context).components.contact;
		const controller = controllerOf(context);
		return contactDetails([
			[`${controller.name}, ${postalAddress(organisation.address)}.`],
			words.emailOrCall(emailLink(controller.email), organisation.phone ? phoneLink(organisation.phone) : undefined),
			// The address in full, so that print does not add it again after a shorter one.
			words.website(h('a', { href: organisation.website }, organisation.website)),
			words.registration(h('abbr', { title: words.icoName }, 'ICO'), organisation.icoRegistration),
		]);
	},
});
