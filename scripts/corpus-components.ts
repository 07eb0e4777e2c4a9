// How the bench corpus writes a notice that uses MDX components (issue 13): the facts components
// stand where the tables were, and text components wrap text the notice already has. What a
// version says is the same with components as without, apart from what the components add.
// Every word here is made up; the glossary's definitions are plain-English sketches, not advice.
import type { Block, Org, Section } from './generate-corpus.ts';

/** The components a notice may use, with no import line: those that stand on lines of their own, and `Term`, which stands in a sentence. */
export const FLOW_COMPONENTS = ['PurposesTable', 'RetentionTable', 'Recipients', 'Transfers', 'Sources', 'AutomatedDecisions', 'Rights', 'Contact', 'DPO', 'Callout', 'RightToObject', 'Details'] as const;

/** How one notice uses components, chosen once for all its versions so that they differ only where their edits do. */
export interface ComponentPlan {
	org: Org;
	/** Whether the organisation names a data protection officer, which `<DPO />` shows. */
	dpo: boolean;
	/** The subsection whose text a `<Details>` holds (or, in a notice without one, a long paragraph), and its summary. */
	details: { sub?: Section['subs'][number]; block?: Block; summary: string };
	/** The paragraph a `<Callout>` holds, and its title. */
	callout: { block: Block; title: string };
	/** Whether `<RightToObject>` has words of its own, or stands alone. */
	objectionText: boolean;
}

const CALLOUT_TITLES = ['In short', 'Good to know', 'What this means for you', 'Keeping your information safe'];
const SUMMARIES = ['Read the details', 'More about how this works', 'The details, if you want them', 'What this means in practice'];

/** Chooses, from a random source of its own, what a notice's text components wrap and say. */
export function planComponents(random: () => number, sections: readonly Section[], org: Org, dpo: boolean): ComponentPlan {
	const choose = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const subs = sections.flatMap((s) => s.subs);
	const secure = sections.find((s) => s.title === 'How we keep it secure')!;
	const callout = { block: secure.blocks.find((b) => b.kind === 'p')!, title: choose(CALLOUT_TITLES) };
	const paragraphs = sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'p' && b !== callout.block);
	const longest = paragraphs.reduce((a, b) => (a.kind === 'p' && b.kind === 'p' && b.sentences.length > a.sentences.length ? b : a));
	const details = subs.length > 0 ? { sub: choose(subs), summary: choose(SUMMARIES) } : { block: longest, summary: choose(SUMMARIES) };
	return { org, dpo, details, callout, objectionText: random() < 0.5 };
}

/** The component that shows, from the version's facts, what a table of this role showed, and the sentence after it. */
export function tableComponent(role: 'purposes' | 'retention' | 'processors'): string[] {
	if (role === 'purposes') return ['<PurposesTable />'];
	if (role === 'retention') return ['<RetentionTable />'];
	return ['<Recipients />', 'These providers are our <Term slug="processor">processors</Term>: they use your information only as we tell them to.'];
}

/** What a section gains with components: parts after its first block, and parts at the end of its own blocks. */
export function sectionExtras(title: string, plan: ComponentPlan): { afterFirst: string[]; atEnd: string[] } {
	if (title === 'Who we are') {
		const controller = `${plan.org.name} is the <Term>controller</Term> of your <Term>personal data</Term>: we decide why and how it is used, and we answer for it.`;
		const dpo = plan.dpo ? ['Our <Term slug="dpo">data protection officer</Term> checks that we follow data protection law. You can write to them directly.', '<DPO />'] : [];
		return { afterFirst: [controller, '<Contact />', ...dpo], atEnd: [] };
	}
	if (title === 'Why we use it and our lawful basis') return { afterFirst: ['For each purpose we name the <Term>lawful basis</Term> that allows us to use your information.'], atEnd: [] };
	if (title === 'Sending information abroad') return { afterFirst: [], atEnd: ['<Transfers />'] };
	if (title === 'Automated decisions') return { afterFirst: [], atEnd: ['<AutomatedDecisions />'] };
	if (title === 'Your rights') {
		const words = `You can object by writing to privacy@${plan.org.slug}.example. We will stop unless our <Term>legitimate interests</Term> outweigh yours.`;
		return { afterFirst: ['<Rights />', ...(plan.objectionText ? ['<RightToObject>', words, '</RightToObject>'] : ['<RightToObject />'])], atEnd: [] };
	}
	return { afterFirst: [], atEnd: [] };
}

/** The glossary that `<Term>` links to: `content/glossary.yaml`, written with the corpus when any version uses components. */
export const GLOSSARY_YAML = `# Words that notices link to with <Term>. Plain-English definitions written for the bench corpus.
- term: Controller
  definition: "The organisation that decides why and how personal data is used, and is answerable for it."
  aliases: [controllers]
- term: Processor
  definition: "An organisation that handles personal data for a controller, and only as the controller instructs."
  aliases: [processors]
- term: Personal data
  definition: "Information about a living person who can be identified from it, alone or together with other information."
  aliases: [personal information]
- term: Lawful basis
  definition: "One of six reasons set out in law that allow an organisation to use personal data, such as a contract or a legal duty."
  aliases: [lawful bases]
- term: Legitimate interests
  definition: "A lawful basis for using personal data where an organisation has a fair reason that is not outweighed by the person's own interests."
- term: Special category data
  definition: "Information that needs extra protection, such as details of someone's health, religion or ethnic background."
  aliases: [special category information]
- term: Data protection officer
  slug: dpo
  definition: "The person an organisation names to check that it follows data protection law, and whom people can contact about it."
  aliases: [DPO]
`;

/** Whether an MDX version's body uses any component: a tag whose name starts with a capital. */
export function usesComponents(mdx: string): boolean {
	return /<[A-Z][A-Za-z]*[\s/>]/.test(mdx.slice(mdx.indexOf('\n---\n') + 5));
}
