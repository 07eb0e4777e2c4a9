import { z } from 'astro/zod';

/** The kinds of organisation Noticeboard knows, shown on organisation pages and used as a filter. */
export const organisationKinds = [
	'company',
	'charity',
	'public-body',
	'health-or-care',
	'education',
	'membership-body',
	'other',
] as const;

/** A postal address: the lines as written on an envelope, and the postcode on its own. */
export const addressSchema = z.strictObject({
	/** Street, town and county lines, in order. At least one. */
	lines: z.array(z.string().trim().min(1)).min(1),
	/** UK postcode, e.g. `AB1 2CD`. */
	postcode: z
		.string()
		.trim()
		// Letters of either case, spelled out rather than with the `i` flag, which JSON Schema has not:
		// the open data's schema (/data/schema.json) carries this pattern as it is.
		.regex(/^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/, 'Expected a UK postcode such as "AB1 2CD".'),
});

/** How to reach the data protection officer (UK GDPR Articles 13(1)(b) and 14(1)(b)). */
export const dpoSchema = z.strictObject({
	/** Name or role, e.g. `Data Protection Officer`. Defaults to that role name. */
	name: z.string().trim().min(1).default('Data Protection Officer'),
	/** Email address for the DPO. */
	email: z.email('Expected an email address such as "dpo@example.org".'),
	/** Telephone number, optional. */
	phone: z.string().trim().min(1).optional(),
	/** Postal address, optional; defaults to the organisation's. */
	address: addressSchema.optional(),
});

/** One organisation: `content/organisations/<org>.yaml`. The file name is its URL slug. */
export const organisationSchema = z.strictObject({
	/** The name people know it by, e.g. `Larkspur Energy`. */
	name: z.string().trim().min(1),
	/** The registered legal name, e.g. `Larkspur Energy Limited`. Defaults to `name`. */
	legalName: z.string().trim().min(1).optional(),
	/** What kind of organisation this is: one of the kinds above. */
	kind: z.enum(organisationKinds),
	/** Companies House number: 8 characters, e.g. `01234567` or `SC123456`. */
	companyNumber: z
		.string()
		.regex(/^[A-Z0-9]{8}$/, 'Expected an 8-character Companies House number such as "01234567".')
		.optional(),
	/** Charity Commission (or OSCR/CCNI) number. */
	charityNumber: z
		.string()
		.regex(/^(SC)?\d{6,7}(-\d+)?$/, 'Expected a charity number such as "1234567" or "SC012345".')
		.optional(),
	/** ICO data protection fee registration number, e.g. `ZA123456` or `Z1234567`. */
	icoRegistration: z
		.string()
		.regex(/^Z[A-Z0-9]\d{6}$/, 'Expected an ICO registration number such as "ZA123456".'),
	/** Postal address for data protection enquiries. */
	address: addressSchema,
	/** Email address for data protection enquiries. */
	email: z.email('Expected an email address such as "privacy@example.org".'),
	/** Telephone number for data protection enquiries, optional. */
	phone: z.string().trim().min(1).optional(),
	/** Public website, a full `https://` URL. */
	website: z.url({ protocol: /^https?$/, error: 'Expected a full URL such as "https://example.org".' }),
	/** Data protection officer, where the organisation has one. */
	dpo: dpoSchema.optional(),
});

/** An organisation as an editor writes it. */
export type OrganisationInput = z.input<typeof organisationSchema>;
/** An organisation after validation and defaults. */
export type Organisation = z.output<typeof organisationSchema>;
