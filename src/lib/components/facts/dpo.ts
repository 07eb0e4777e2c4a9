import { h } from 'hastscript';
import { z } from 'astro/zod';
import { defineComponent, wordsOf } from '../define.ts';
import { contactDetails, controllerOf, emailLink, phoneLink, postalAddress } from './details.ts';

/**
 * How to reach the data protection officer (Article 13(1)(b)): the version's `facts.dpo`, or else
 * the organisation's, as it is now. `dpo: none` in the facts is said as a sentence; with no DPO on
 * record at all, the component cannot be shown, as the notice would say nothing.
 */
export const DPO = defineComponent({
	name: 'DPO',
	summary: "How to reach the data protection officer, from facts.dpo or the organisation's file, or a sentence that there is none when facts.dpo is none.",
	example: '<DPO />',
	placement: 'block',
	children: 'none',
	props: z.strictObject({}),
	unavailable: (_, { facts, organisation }) =>
		facts?.dpo || organisation.dpo
			? undefined
			: {
					message: "Neither this version's facts nor the organisation's file name a data protection officer.",
					fix: 'Add dpo to the organisation\'s file in content/organisations/, write "dpo: none" in the facts if there is none, or remove <DPO />.',
				},
	render: (_, context) => {
		const { facts, organisation } = context;
		const words = wordsOf(context).components.contact;
		if (facts?.dpo === 'none') return [h('p', words.noDpo(emailLink(controllerOf(context).email)))];
		// A DPO the facts give has only a name and an email; the organisation's may have more.
		const dpo = facts?.dpo ?? organisation.dpo;
		if (!dpo) return [];
		const own = facts?.dpo ? undefined : organisation.dpo;
		return contactDetails([
			[words.dpo(dpo.name)],
			words.emailOrCall(emailLink(dpo.email), own?.phone ? phoneLink(own.phone) : undefined),
			own ? [words.writeTo(postalAddress(own.address ?? organisation.address))] : undefined,
		]);
	},
});
