import { describe, expect, test } from 'vitest';
import { body, checkFilledIn, importSource } from './import-helpers.ts';

// Headings, clause numbers and blocks read from plain text, each on a few lines of fictional text.

const txt = (text: string) => importSource(text, { name: 'notice.txt' });
const read = async (text: string) => body((await txt(text)).mdx);

describe('headings in plain text', () => {
	test('keeps a section number after a run of sub-clauses as the heading it is', async () => {
		const text = await read('Privacy notice\n\n3. HOW WE USE IT\n- 3.1 We use your name to book your tower visit.\n- 3.2 We use your phone number to reach you on the day.\n4. HOW IS YOUR INFORMATION KEPT SAFE\n- 4.1 Paper forms are kept in a locked cupboard.\n');
		expect(text).toContain('## 3. HOW WE USE IT\n\n3.1 We use your name to book your tower visit.\n\n3.2 We use your phone number to reach you on the day.\n\n## 4. HOW IS YOUR INFORMATION KEPT SAFE\n\n4.1 Paper forms');
	});

	test('sets heading levels from Part, Section and clause numbers, skipping none', async () => {
		const text = await read('Privacy notice\n\nPart 1 – About us\nWe are the Quillby Bell Foundry, and we repair church bells.\n\nSection 2 Visitors\nWe keep the names of people who visit the tower.\n\n2.1 Booking a visit\nWe keep your phone number until the day of your visit.\n');
		expect(text).toMatch(/^## Part 1 – About us$/m);
		expect(text).toMatch(/^### Section 2 Visitors$/m);
		expect(text).toMatch(/^#### 2\.1 Booking a visit$/m);
	});

	test('reads 1.0 at the depth of 1, and lettered headings below numbered ones', async () => {
		const text = await read('Privacy notice\n\n1.0 Who we are\nWe are the Quillby Bell Foundry, a charity.\n\n(a) Volunteers\nOur volunteers ring the bells on Sundays and at weddings.\n');
		expect(text).toContain('## 1.0 Who we are');
		expect(text).toContain('### (a) Volunteers');
	});

	test('sets the levels of indented numbered headings from their indentation', async () => {
		const text = await read('Privacy notice\n\n1. About us\nWe are the Quillby Bell Foundry, a charity that repairs bells.\n\n  1. Our volunteers\n  Our volunteers ring the bells on Sundays and at weddings.\n\n    1. Training\n    We train new ringers on Tuesday evenings in the tower.\n');
		expect(text).toMatch(/^## 1\. About us$/m);
		expect(text).toMatch(/^### 1\. Our volunteers$/m);
		expect(text).toMatch(/^#### 1\. Training$/m);
	});

	test('takes a question on its own line above text as a heading, and says it guessed', async () => {
		const { mdx, report } = await txt('Privacy notice\n\nWhat do we keep?\nWe keep your name and the date of your visit.\n');
		expect(body(mdx)).toContain('## What do we keep?');
		expect(report.doubts).toContainEqual({ message: 'A question on a line of its own was taken as a heading', text: 'What do we keep?', line: 3 });
	});

	test('never takes a list item or a table cell for a heading', async () => {
		const text = await read('Privacy notice\n\nWe keep:\n- Your name\n- Your phone number\n\nPurpose\tLawful basis\nBooking visits\tContract\n');
		expect(text).not.toMatch(/^#/m);
	});
});

describe('clause numbers in plain text', () => {
	test('keeps the numbers of a list that skips one as written, rather than letting Markdown renumber them', async () => {
		const { mdx, report } = await txt('Privacy notice\n\nSteps:\n1. Book a visit.\n2. Arrive ten minutes early.\n4. Sign the visitors book.\n');
		expect(body(mdx)).toContain('1\\. Book a visit.\n\n2\\. Arrive ten minutes early.\n\n4\\. Sign the visitors book.');
		expect(report.doubts.map((d) => d.message)).toContain('A numbered list skips or repeats a number: its items keep their numbers as text, so none changes');
	});

	test('keeps nested numbers such as 1.2.3, (a) and (i) as written', async () => {
		const text = await read('Privacy notice\n\n1.2.3 We keep the tower log for ten years.\n(a) It records who rang.\n(i) It records which bells were rung.\n');
		expect(text).toContain('1.2.3 We keep the tower log for ten years.\n\n(a) It records who rang.\n\n(i) It records which bells were rung.');
	});

	test('nests numbered items by their indentation', async () => {
		const text = await read('Privacy notice\n\n  1. We keep your name.\n    1. On the booking form.\n    2. In the tower log.\n  2. We keep your phone number.\n');
		expect(text).toContain('1. We keep your name.\n   1. On the booking form.\n   2. In the tower log.\n2. We keep your phone number.');
	});
});

describe('blocks in plain text', () => {
	test('keeps an address and contact block on its lines', async () => {
		const text = await read('Privacy notice\n\nWrite to us\nFAO The Data Protection Lead\nQuillby Bell Foundry\n3 Tenor Row\nQuillby\nPE14 8QB\nTelephone: 01945 770 311\n');
		expect(text).toContain('FAO The Data Protection Lead\\\nQuillby Bell Foundry\\\n3 Tenor Row\\\nQuillby\\\nPE14 8QB\\\n**Telephone:** 01945 770 311');
	});

	test('makes records that repeat the same labels into one table with the labels as columns', async () => {
		const { mdx, report } = await txt('Privacy notice\n\nPurpose: Booking tower visits\nType of data: Name and phone number\nLawful basis: Contract\n\nPurpose: Sending our newsletter\nType of data: Email address\nLawful basis: Consent\n');
		expect(body(mdx)).toMatch(/\| Purpose +\| Type of data +\| Lawful basis \|\n\| -+ \| -+ \| -+ \|\n\| Booking tower visits +\| Name and phone number \| Contract +\|/);
		expect(report.doubts.map((d) => d.message)).toContain('2 records with the same labels were read as one table, lines 3–9');
		expect(mdx).toContain('    - purpose: Sending our newsletter\n      basis: consent\n');
	});

	test('makes "Label: value" lines that form a record into a table of two columns, and keeps contact lines as labelled lines', async () => {
		const { mdx, report } = await txt('Privacy notice\n\nController: Quillby Bell Foundry\nCompany number: 09876543\nICO registration: ZB123456\n\nEmail: hello@quillby-bells.example\nTelephone: 01945 770 311\n');
		expect(body(mdx)).toMatch(/\| Controller +\| Quillby Bell Foundry \|\n\| -+ \| -+ \|\n\| Company number +\| 09876543 +\|/);
		expect(body(mdx)).toContain('**Email:** [hello@quillby-bells.example](mailto:hello@quillby-bells.example)\\\n**Telephone:** 01945 770 311');
		expect(report.doubts.map((d) => d.message)).toContain('"Label: value" lines that form a record were read as a table of two columns, its first line as the header, lines 3–5');
	});

	test('rebuilds a table flattened into one cell a line when its header and cell count are clear', async () => {
		const text = await read('Privacy notice\n\nHow long we keep it\n\nInformation\nHow long\nBooking forms\nSix months\nInvoices\nSix years\n');
		expect(text).toMatch(/\| Information +\| How long +\|\n\| -+ \| -+ \|\n\| Booking forms \| Six months \|\n\| Invoices +\| Six years +\|/);
	});

	test('keeps a flattened table whose cells do not divide into its columns as a list, and says where it is', async () => {
		const { mdx, report } = await txt('Privacy notice\n\nHow long we keep it\n\nInformation\nHow long\nBooking forms\nSix months\nInvoices\n');
		expect(body(mdx)).toContain('- Information\n- How long\n- Booking forms');
		expect(report.doubts.map((d) => d.message)).toContain('This looks like a table, lines 5–9, but its cells do not divide into its 2 columns: it is kept as a list');
	});

	test('reads an indented table whose cells wrap inside their columns as a table, its header row not a heading', async () => {
		const text = await read([
			'Privacy notice',
			'',
			'How long we keep it',
			'',
			'   Information            How long we keep it',
			'   Booking forms for      Six months after the visit, then we shred the paper',
			'   tower visits           forms and delete the copy kept on the booking laptop',
			'   Invoices               Six years, as the tax rules require of a charity',
			'',
			'Your rights',
			'',
			'   You can ask for a copy of what we keep about you at any time, by email or by post.',
			'',
		].join('\n'));
		expect(text).not.toMatch(/^#+ Information/m);
		expect(text).toMatch(/\| Information +\| How long we keep it +\|\n\| -+ \| -+ \|\n\| Booking forms for +\| Six months after the visit, then we shred the paper +\|/);
	});

	test('reads a pipe table as a table', async () => {
		const text = await read('Privacy notice\n\n| Purpose | Lawful basis |\n| --- | --- |\n| Booking visits | Contract |\n');
		expect(text).toMatch(/\| Purpose +\| Lawful basis \|\n\| -+ \| -+ \|\n\| Booking visits \| Contract +\|/);
	});
});

describe('organisation facts from plain text', () => {
	const notice = 'Privacy notice\n\nQuillby Bell Foundry Ltd ("we") repairs and restores church bells across the Fens and the county beyond.\n\nFull name of legal entity: Quillby Bell Foundry Limited\nCompany number: 09876543\nICO registration number: ZB123456\nRegistered address: 3 Tenor Row, Quillby, PE14 8QB\n\nOur Data Protection Officer can be reached at dpo@quillby-bells.example.\nFor anything else, email hello@quillby-bells.example or call 01945 770 311.\n';

	test('proposes the name, numbers, registered address, email, phone and DPO, each with the words it came from', async () => {
		const { organisation, report } = await txt(notice);
		expect(organisation).toContain('name: Quillby Bell Foundry Limited # TODO: check');
		expect(organisation).toContain('companyNumber: "09876543"');
		expect(organisation).toContain('icoRegistration: ZB123456');
		expect(organisation).toContain('lines: [3 Tenor Row, Quillby] # TODO: check');
		expect(organisation).toContain('postcode: PE14 8QB');
		expect(organisation).toContain('email: hello@quillby-bells.example');
		expect(organisation).toContain('phone: 01945 770 311');
		expect(organisation).toContain('dpo:\n  name: Data Protection Officer # TODO: check the name or role of the data protection officer\n  email: dpo@quillby-bells.example');
		expect(report.found).toContainEqual({ field: 'organisation name', value: 'Quillby Bell Foundry Limited', from: 'Full name of legal entity | Quillby Bell Foundry Limited' });
	});

	test('takes the name from "the data controller is …", or else the company the first paragraph names', async () => {
		expect((await txt('Privacy notice\n\nFor this service the data controller is Fenland Ringing Trust, a charity.\n')).organisation).toMatch(/^name: Fenland Ringing Trust #/);
		expect((await txt('Privacy notice\n\nQuillby Bell Foundry Ltd repairs and restores church bells across the county.\n')).organisation).toMatch(/^name: Quillby Bell Foundry Ltd #/);
	});

	test('takes as the controller the body a service is part of, its name commas and all', async () => {
		const { organisation } = await txt('Privacy notice\n\nThe Tower Service as part of the Ministry for Bells, Ropes and Towers is the data controller for this service.\n');
		expect(organisation).toMatch(/^name: Ministry for Bells, Ropes and Towers #/);
	});

	test('writes an organisation file that passes the check once filled in', async () => {
		expect(checkFilledIn(await txt(notice))).toEqual([]);
	});
});
