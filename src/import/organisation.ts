import type { Unit } from './extract.ts';
import type { ImportLog } from './report.ts';

// What a notice says about the organisation behind it, for the organisation file the importer
// proposes. Each value is read by a small rule and reported with the words it came from; the
// organisation's own details win over the ICO's, which most notices give too.

/** The organisation details a notice states. */
export interface OrganisationFacts {
	name?: string;
	companyNumber?: string;
	charityNumber?: string;
	icoRegistration?: string;
	email?: string;
	phone?: string;
	address?: { lines: string[]; postcode: string };
	dpo?: { name: string; email: string };
}

// A name may have a comma in a list of its own words ("Department for Science, Innovation and Technology").
const NAME = String.raw`([A-Z](?:[\w&'’() -]|\.(?=\S)|,(?= [A-Z]\w+ and [A-Z])){1,80}?)`;
const PRONOUN = /^(?:We|They|You|It|This|That|These|Those|Organisations?|Each)$/;
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const NAME_LABEL = /^(?:full name of (?:the )?legal entity|(?:legal|registered|organisation|company|controller)(?:'s)? name|name of (?:the )?(?:data )?controller|name)$/i;
const COMPANY = /\b((?:[A-Z][\w&'’-]*\s){0,5}[A-Z][\w&'’-]*\s(?:Ltd|Limited|LLP|plc|PLC|CIC|C\.I\.C\.))(?=[\s.,;:)]|$)/;

/** A "Label: value" line's value, from a paragraph's lines or a two-column table row, when its label matches. */
function labelled(all: readonly Unit[], label: RegExp): { value: string; from: string } | undefined {
	for (const unit of all) {
		for (const line of unit.lines) {
			const m = /^([^:]{2,50}):\s*(\S.*)$/.exec(line);
			if (m && label.test(m[1]!.trim())) return { value: m[2]!.trim(), from: line };
		}
		if (unit.cells?.length === 2 && label.test(unit.cells[0]!.replace(/:$/, ''))) return { value: unit.cells[1]!, from: unit.text };
	}
	return undefined;
}

/** The organisation a sentence names as the controller ("X is the data controller", "the data controller is X", "We are X"). */
function controllerName(text: string): string | undefined {
	for (const match of text.matchAll(new RegExp(`\\b${NAME} (?:is|are) the (?:data )?controller\\b`, 'g'))) {
		// "GDS as part of the Department for …": the controller is the body it is part of.
		const name = match[1]!.replace(/^.*\bas (?:a )?part of /, '').replace(/^the /i, '');
		if (!PRONOUN.test(name)) return name;
	}
	const after = new RegExp(`\\bthe (?:data )?controller (?:for [^.]{1,80}? )?is ${NAME}(?:[,.;(]|$| and\\b| who\\b| which\\b)`).exec(text)?.[1];
	if (after && !PRONOUN.test(after)) return after.replace(/^The /, '');
	return new RegExp(`\\bWe are (?:the )?${NAME}(?:[,.;]| and\\b)`).exec(text)?.[1];
}

/** An address written on one line, "1 Forge Street, Harrowgate, HG3 9TB", as its lines and postcode. */
function splitAddress(text: string): OrganisationFacts['address'] | undefined {
	const postcode = POSTCODE.exec(text)?.[1];
	if (!postcode) return undefined;
	const lines = text.slice(0, text.indexOf(postcode)).split(',').map((l) => l.trim()).filter(Boolean);
	return lines.length > 0 ? { lines, postcode } : undefined;
}

/** Reads the organisation's name, numbers, contact details, address and DPO from the notice's blocks. */
export function readOrganisation(all: readonly Unit[], texts: readonly string[], log: ImportLog): OrganisationFacts {
	const org: OrganisationFacts = {};
	const first = <T>(find: (text: string) => T | undefined): { value: T; from: string } | undefined => {
		for (const text of texts) {
			const value = find(text);
			if (value !== undefined) return { value, from: text };
		}
		return undefined;
	};
	const set = (field: 'name' | 'companyNumber' | 'charityNumber' | 'icoRegistration' | 'email' | 'phone', found: { value: string; from: string } | undefined) => {
		if (!found || org[field]) return;
		org[field] = found.value;
		log.find(`organisation ${field}`, found.value, found.from);
	};
	set('name', labelled(all, NAME_LABEL));
	set('name', first(controllerName));
	// Failing all else, the company the first paragraph names, as in "Acme Widgets Ltd ("we") …".
	const opening = all.find((u) => !u.cells && u.text.split(/\s+/).length > 8);
	set('name', opening && COMPANY.test(opening.text) ? { value: COMPANY.exec(opening.text)![1]!, from: opening.text } : undefined);
	set('icoRegistration', first((t) => (/regist/i.test(t) ? /\b(Z[A-Z0-9]\d{6})\b/.exec(t)?.[1] : undefined)));
	set('companyNumber', first((t) => /(?:compan(?:y|ies)|registered in (?:england|scotland|wales|northern ireland)[^.]{0,20}?)[^.]{0,40}?(?:number|no\.?)\s*[:|]?\s*(?:is\s*)?([A-Z]{2}\d{6}|\d{8})\b/i.exec(t)?.[1]));
	set('charityNumber', first((t) => /charity[^.]{0,30}?(?:number|no\.?)\s*[:|]?\s*(?:is\s*)?((?:SC)?\d{6,7})\b/i.exec(t)?.[1]));
	const dpoUnit = all.find((u) => /data protection officer|\bDPO\b/i.test(u.text) && [...u.text.matchAll(EMAIL)].some((m) => !/@ico\.org\.uk$/i.test(m[0])));
	if (dpoUnit) {
		const email = [...dpoUnit.text.matchAll(EMAIL)].map((m) => m[0]).find((e) => !/@ico\.org\.uk$/i.test(e))!;
		org.dpo = { name: 'Data Protection Officer', email };
		log.find('organisation dpo', email, dpoUnit.text);
	}
	// The ICO's own contact details appear in most notices: they are not the organisation's.
	set('email', first((t) => [...t.matchAll(EMAIL)].map((m) => m[0]).find((e) => !/@ico\.org\.uk$/i.test(e) && e !== org.dpo?.email)));
	set('email', org.dpo ? { value: org.dpo.email, from: dpoUnit!.text } : undefined);
	set('phone', first((t) => [...t.matchAll(/(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,9}\b/g)].map((m) => m[0]).find((p) => p.replace(/\D/g, '') !== '03031231113')));
	const address = registeredAddress(all, log) ?? addressBlock(all, log);
	return address ? { ...org, address } : org;
}

/** The registered address, from "Registered address: …" or "registered office is at …". */
function registeredAddress(all: readonly Unit[], log: ImportLog): OrganisationFacts['address'] {
	const labelledAddress = labelled(all, /^registered (?:office|address)(?: address)?$/i);
	const stated = labelledAddress ?? all.map((u) => ({ value: /registered (?:office|address)(?: is)?(?: at)?:?\s+([^.]*?\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b/i.exec(u.text)?.[1], from: u.text })).find((f) => f.value);
	const address = stated?.value ? splitAddress(stated.value) : undefined;
	if (address) log.find('organisation address (registered)', [...address.lines, address.postcode].join(', '), stated!.from);
	return address;
}

/** An address set out on lines, the last ending in a postcode, that is not the ICO's. */
function addressBlock(all: readonly Unit[], log: ImportLog): OrganisationFacts['address'] {
	const block = all.find((u) => u.lines.length >= 3 && POSTCODE.test(u.lines.at(-1)!) && !/Wycliffe House|SK9 5AF/i.test(u.text));
	if (!block) return undefined;
	const lines = block.lines.filter((l) => !/^(?:address|write to us|post|fao\b.*):?$/i.test(l) && !/@|\d{4} ?\d{3} ?\d{3,4}/.test(l)).map((l) => l.replace(/^(?:address|post|write to us):\s*/i, ''));
	const last = lines.pop()!;
	const postcode = POSTCODE.exec(last)![1]!;
	const rest = last.replace(postcode, '').replace(/[, ]+$/, '').trim();
	const address = { lines: rest ? [...lines, rest] : lines, postcode };
	log.find('organisation address', [...address.lines, postcode].join(', '), block.text);
	return address;
}
