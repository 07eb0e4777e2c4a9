import type { IsoDate } from './dates.ts';

// Scaffolds for editors. Each is valid content with placeholders marked "TODO", which the check
// reports as "Fill in …" until they are replaced, so a scaffold can never be published by mistake.
// A notice's facts are written once, in its frontmatter: its body shows them with components.

/** A new organisation's YAML file. */
export function organisationScaffold(): string {
	return `name: New organisation # TODO: the name people know it by
legalName: New Organisation Limited # TODO: the registered legal name, or delete this line
kind: other # TODO: one of company, charity, public-body, health-or-care, education, membership-body, other
icoRegistration: ZA000000 # TODO: the ICO registration number
address:
  lines: [1 Example Street, Exampletown] # TODO: the postal address for data protection enquiries
  postcode: AA1 1AA # TODO: the postcode
email: privacy@example.org # TODO: the email address for data protection enquiries
website: https://example.org # TODO: the organisation's website
`;
}

/** The first version of a new notice. */
export function noticeScaffold(organisation: string, typeTitle: string): string {
	return `---
title: ${typeTitle}
summary: How ${organisation} uses information about you. # TODO: one sentence on what this notice covers
facts:
  collection: direct # TODO: direct (from the person), indirect (from elsewhere) or both
  purposes:
    - purpose: Answering your enquiries # TODO: what the information is used for
      data: [name, email address] # TODO: the information used
      basis: legitimate_interests # TODO: the lawful basis
      legitimateInterests: Replying to people who contact us # TODO: the interests, or delete with another basis
      retention: 12 months # TODO: how long it is kept
      recipients: [our email provider] # TODO: who receives it
  transfers: none # TODO: none, or each transfer with its safeguard
  automatedDecisions: no # TODO: no, or describe the decisions
  requirement:
    kind: neither # TODO: statutory, contractual, both or neither
  rights: [access, rectification, erasure, restriction, object, portability, complain_ico]
---

## Who we are

TODO: who ${organisation} is, and what this notice covers.

<Contact />

## What information we collect

TODO: the information you collect, and where it comes from.

## Why we use it and our lawful basis

<PurposesTable />

## Who we share it with

<Recipients />

## How long we keep it

<RetentionTable />

## Your rights

<Rights />

## How to complain

TODO: how to complain to you first, if you would like people to.
`;
}

/** A new version: a copy of `current`, with a change class and change note to fill in at the top. */
export function versionScaffold(current: string): string {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(current);
	if (!frontmatter) throw new Error('The current version has no frontmatter to copy.');
	// Top-level keys only: a multi-line value never starts at the beginning of a line.
	const kept = frontmatter[1]!.split('\n').filter((line) => !/^(changeClass|changeNote|updated):/.test(line));
	const marks = [
		'changeClass: major # TODO: the change class, major for a change in substance or minor for wording',
		'changeNote: We changed this notice. # TODO: the change note, saying in a sentence what changed',
	];
	return `---\n${[...marks, ...kept].join('\n')}\n---${current.slice(frontmatter[0].length)}`;
}

/** Where a new version for `date` goes, and the date itself; the date must come after the newest. */
export function versionPath(org: string, type: string, date: IsoDate): string {
	return `content/notices/${org}/${type}/${date}.mdx`;
}
