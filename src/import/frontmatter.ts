import { stringify } from 'yaml';
import type { Extracted } from './extract.ts';

// The YAML the importer writes, in the scaffolds' style: each value it could not read is a
// placeholder with a "# TODO:" mark, which `npm run check` reports as "Fill in …" until an editor
// replaces it, so an import is never published unread.

/** A YAML scalar on one line, quoted only when YAML needs it. */
const scalar = (value: string | number | boolean) => stringify(value, { lineWidth: 0 }).trimEnd();

/** `key: value`, with a TODO mark when `todo` says what to fill in. */
const line = (indent: string, key: string, value: string, todo?: string) => `${indent}${key}: ${value}${todo ? ` # TODO: ${todo}` : ''}`;

/** What the notice's frontmatter is made from. */
export interface NoticeFields {
	title?: string;
	/** The title to use, marked TODO, when none was found: the notice type's. */
	fallbackTitle: string;
	/** What the title was to have been, when the template filled it in. */
	titleNote?: string;
	summary?: string;
	organisationName?: string;
	updated?: string;
	/** True when the notice already has versions: this one needs a change class and note. */
	laterVersion: boolean;
	extracted: Extracted;
}

/** The frontmatter of an imported notice, between its `---` lines. */
export function noticeFrontmatter(fields: NoticeFields): string {
	const { extracted } = fields;
	const out = [
		fields.title ? line('', 'title', scalar(fields.title)) : line('', 'title', scalar(fields.fallbackTitle), fields.titleNote ?? "the notice's title; none was found"),
		fields.summary
			? line('', 'summary', scalar(fields.summary), 'check this summary, taken from the page description')
			: line('', 'summary', scalar(`How ${fields.organisationName ?? 'we'} ${fields.organisationName ? 'uses' : 'use'} information about you.`), 'one sentence on what this notice covers'),
	];
	if (fields.laterVersion) {
		out.push(line('', 'changeClass', 'major', 'the change class, major for a change in substance or minor for wording'));
		out.push(line('', 'changeNote', scalar('We changed this notice.'), 'the change note, saying in a sentence what changed'));
	}
	if (fields.updated) out.push(line('', 'updated', fields.updated));
	if (extracted.purposes.length > 0) {
		out.push('facts:', line('  ', 'collection', 'direct', 'direct (from the person), indirect (from elsewhere) or both'), '  purposes:');
		for (const purpose of extracted.purposes) {
			out.push(purpose.purpose ? line('    - ', 'purpose', scalar(purpose.purpose)) : line('    - ', 'purpose', scalar('Providing our services'), `what the information is used for, on the basis "${purpose.basis}"`));
			out.push(line('      ', 'basis', purpose.basis));
			if (purpose.basis === 'legitimate_interests') out.push(line('      ', 'legitimateInterests', scalar('Running our services'), 'the legitimate interests this purpose serves'));
			if (purpose.retention) out.push(line('      ', 'retention', scalar(purpose.retention)));
		}
		if (extracted.automatedDecisionsNo) out.push(line('  ', 'automatedDecisions', '"no"'));
		if (extracted.rights.length > 0) out.push(line('  ', 'rights', `[${extracted.rights.join(', ')}]`));
	} else {
		// Facts need at least one purpose and its lawful basis; with none read, the check's completeness report lists what is missing.
		out.push('# facts: no lawful basis could be read with confidence; npm run check lists what the facts need');
	}
	return `---\n${out.join('\n')}\n---\n`;
}

/** A new organisation's file, with what the notice said about it and TODO marks for the rest. */
export function organisationStub(found: Extracted['organisation'], website: string | undefined): string {
	const address = found.address;
	return [
		found.name ? line('', 'name', scalar(found.name), 'check the name people know it by, read from the notice') : line('', 'name', 'New organisation', 'the name people know it by'),
		line('', 'kind', 'other', 'one of company, charity, public-body, health-or-care, education, membership-body, other'),
		...(found.companyNumber ? [line('', 'companyNumber', scalar(found.companyNumber))] : []),
		...(found.charityNumber ? [line('', 'charityNumber', scalar(found.charityNumber))] : []),
		found.icoRegistration ? line('', 'icoRegistration', found.icoRegistration) : line('', 'icoRegistration', 'ZA000000', 'the ICO registration number'),
		'address:',
		address ? line('  ', 'lines', `[${address.lines.map((l) => scalar(l)).join(', ')}]`, 'check the postal address, read from the notice') : line('  ', 'lines', '[1 Example Street, Exampletown]', 'the postal address for data protection enquiries'),
		address ? line('  ', 'postcode', address.postcode) : line('  ', 'postcode', 'AA1 1AA', 'the postcode'),
		found.email ? line('', 'email', found.email) : line('', 'email', 'privacy@example.org', 'the email address for data protection enquiries'),
		...(found.phone ? [line('', 'phone', scalar(found.phone))] : []),
		...(found.dpo ? ['dpo:', line('  ', 'name', scalar(found.dpo.name), 'check the name or role of the data protection officer'), line('  ', 'email', found.dpo.email)] : []),
		website ? line('', 'website', website) : line('', 'website', 'https://example.org', "the organisation's website"),
	].join('\n') + '\n';
}
