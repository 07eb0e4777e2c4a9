import type { PhrasingContent } from 'mdast';

// The line model every plain-text module shares: a source line keeps its number for the report,
// and a unit is one logical line (wrapped lines joined back) with what came before it.

/** One line of the source, after page chrome is removed; `text` keeps its indentation. */
export interface Line {
	text: string;
	/** 1-based line number in the source. */
	no: number;
	/** Set on the blank line left where a page's footer, number and the next page's header were. */
	pageBreak?: true;
}

/** One logical line: a paragraph, heading, list item or table row the layout broke into lines. */
export interface Unit {
	/** The text, trimmed, wrapped lines joined with spaces. */
	text: string;
	/** Leading spaces of its first line, tabs counted as four. */
	indent: number;
	/** The source line it starts on. */
	no: number;
	/** The source line it ends on. */
	last: number;
	/** True when a blank line (or a page break) comes before it. */
	blankBefore: boolean;
}

/** A bullet marker and what follows it. */
export const BULLET = /^([-*•·▪◦–])\s+(.*)$/;
/** "Label: value", the label short and capitalised. */
export const LABEL = /^([A-Z][\w’'()&/ -]{0,40}?):\s+(\S.*)$/;
/** A line of rule characters only, as drawn under headings and around tables. */
export const RULE = /^[\s=+|_~*-]+$/;
/** The words a privacy notice's table headers start with: a run of them is a table's header flattened into lines. */
export const HEADER_CELL = /^(?:our |your |the )?(?:purpose|purposes|why|what|reason|use|usage|type|types|category|categories|data|information|personal data|lawful basis|legal basis|basis|condition|retention|retention period|how long|kept for|recipients?|shared with|who|source|sources)\b/i;
/** A UK postcode. */
export const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;

/** How many words a line has. */
export const wordCount = (line: string) => line.trim().split(/\s+/).filter(Boolean).length;
/** True when a line does not end as a sentence or clause does. */
export const unpunctuated = (line: string) => !/[.,;:!]$/.test(line.trim());
/** Leading white space as columns, a tab counting four. */
export const indentOf = (line: string) => /^\s*/.exec(line.replace(/\t/g, '    '))![0].length;
/** A short line: an address line, a list item without its bullet, a heading. */
export const isShort = (line: string) => line.trim().length <= 60 && wordCount(line) <= 8;

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** Text with its web and email addresses as links, so they stay links whatever the escaping. */
export function linkify(value: string): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	let last = 0;
	for (const match of value.matchAll(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)'’]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) {
		if (match.index > last) out.push(text(value.slice(last, match.index)));
		const url = match[0].includes('@') && !match[0].startsWith('http') ? `mailto:${match[0]}` : match[0];
		out.push({ type: 'link', url, children: [text(match[0])] });
		last = match.index + match[0].length;
	}
	if (last < value.length) out.push(text(value.slice(last)));
	return out;
}

/** Lines in a paragraph that keep their breaks; "Label: value" lines get a bold label. */
export function brokenLines(lines: readonly string[]): PhrasingContent[] {
	return lines.flatMap((line, k): PhrasingContent[] => {
		const label = LABEL.exec(line.trim());
		const content = label ? [{ type: 'strong', children: [text(`${label[1]}:`)] } as PhrasingContent, ...linkify(` ${label[2]}`)] : linkify(line.trim());
		return k > 0 ? [{ type: 'break' }, ...content] : content;
	});
}
