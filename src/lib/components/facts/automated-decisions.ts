import { h } from 'hastscript';
import { z } from 'astro/zod';
import { defineComponent, wordsOf } from '../define.ts';
import { controllerOf } from './details.ts';
import { explainRight } from './rights.ts';
import { factsNeeded } from './table.ts';

/**
 * Decisions made about people by computer, including profiling, from `facts.automatedDecisions`:
 * `no` is said as a sentence; a description is followed by the right to challenge such a decision,
 * in the words `<Rights />` uses for it.
 */
export const AutomatedDecisions = defineComponent({
	name: 'AutomatedDecisions',
	summary: 'Whether decisions about people are made by computer alone, and if so what they are and how to challenge one, from facts.automatedDecisions.',
	example: '<AutomatedDecisions />',
	placement: 'block',
	children: 'none',
	props: z.strictObject({}),
	unavailable: (_, { facts }) => factsNeeded(facts, 'automatedDecisions'),
	render: (_, context) => {
		const t = wordsOf(context);
		const decisions = context.facts?.automatedDecisions ?? 'no';
		if (decisions === 'no') return [h('p', t.components.noAutomatedDecisions)];
		return [h('p', decisions.description), h('p', [...explainRight('automated_decision_safeguards', controllerOf(context).email, t)])];
	},
});
