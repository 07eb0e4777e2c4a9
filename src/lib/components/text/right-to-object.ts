import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { z } from 'astro/zod';
import type { lawfulBases } from '../../../schemas/facts.ts';
import { strings } from '../../../i18n/index.ts';
import { defineComponent, wordsOf } from '../define.ts';

/**
 * The lawful bases the right to object covers: public task and legitimate interests (Article
 * 21(1)), and recognised legitimate interests, which the Data (Use and Access) Act 2025 added to it.
 */
const OBJECTABLE: ReadonlySet<(typeof lawfulBases)[number]> = new Set(['public_task', 'recognised_legitimate_interest', 'legitimate_interests']);

/**
 * The right to object, as UK GDPR Article 21(4) asks it to be told: explicitly, clearly and apart
 * from everything else. It is a section of its own, named by its heading, which is in the table of
 * contents and has its "#" link; it says in plain words what Article 21(1)–(3) give, which of
 * the version's purposes it covers (from its facts), and how to object. Text written inside it follows.
 */
export const RightToObject = defineComponent({
	name: 'RightToObject',
	summary: 'A section of its own telling readers of their right to object, and how to use it, as UK GDPR Article 21(4) asks.',
	example: '<RightToObject>\n\nYou can also tell any member of staff.\n\n</RightToObject>',
	placement: 'block',
	children: 'optional',
	props: z.strictObject({}),
	// The section's heading, which the content check needs too, for links to it.
	section: (_, language = 'en') => strings(language).components.rightToObject.heading,
	// Facts that leave out the right would contradict the section: one or the other is wrong.
	unavailable: (_, { facts }) =>
		facts && !facts.rights.includes('object')
			? {
					message: 'it tells readers they have the right to object, but this version\'s facts.rights does not list "object".',
					fix: 'Add object to facts.rights, or remove <RightToObject> if the right does not apply to what this notice describes.',
				}
			: undefined,
	render: (_, context, children) => {
		const { facts, organisation, level } = context;
		const words = wordsOf(context).components.rightToObject;
		const controller = facts?.controller ?? organisation;
		const covered = (facts?.purposes ?? []).filter((p) => OBJECTABLE.has(p.basis)).map((p) => p.purpose);
		const coverage: ElementContent[] = covered.length > 0 ? [h('p', words.covers), h('ul', covered.map((purpose) => h('li', purpose)))] : [];
		return [
			h('section', { className: ['nb-object'], ariaLabel: words.heading }, [
				h(`h${level}`, words.heading),
				h('p', [words.grounds]),
				h('p', words.then),
				...coverage,
				h('p', words.marketing),
				h('p', words.how(controller.name, h('a', { href: `mailto:${controller.email}` }, controller.email))),
				...children,
			]),
		];
	},
});
