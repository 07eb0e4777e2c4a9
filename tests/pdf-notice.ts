// A fictional privacy notice, written for these tests, to print as a PDF with Chromium: headings
// (numbered, and one bold at body size), nested lists with text bullets (• and ◦: Chromium draws
// CSS's disc bullets as shapes, not text), a numbered list, a table, a paragraph long
// enough to cross a page break, words that break with a hyphen at a line end, and a page header
// and footer. No real notice's text is used.

/** The headings a reader of the printed notice sees, in order: what a PDF import should find. */
export const NOTICE_HEADINGS = [
	'Privacy notice for members of the Wrenfield Allotment Society',
	'1. Who we are',
	'2. What we collect',
	'From you',
	'From other members',
	'3. Why we use it',
	'4. How we use it',
	'How long we keep it',
	'5. Your rights',
	'Contact us',
];

const longParagraph = Array.from(
	{ length: 9 },
	(_, k) =>
		`When a plot changes hands for the ${['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'][k]} time in a season, the committee writes to the new tenant, records the date of the handover in the plot book, and keeps the old tenant's forwarding address only until any deposit has been returned.`,
).join(' ');

// Soft hyphens let Chromium break these long words at a line end with a visible hyphen, as a
// word processor's hyphenation does; the reader of the source sees each word whole.
const shy = (word: string) => word.replace(/\|/g, '\u00AD');

/** The notice as an HTML page: what Chromium prints, and the text a reader of it sees. */
export const NOTICE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Wrenfield Allotment Society privacy notice</title>
<style>
  body { font: 11pt/1.4 "DejaVu Serif", serif; margin: 0; }
  h1 { font-size: 22pt; } h2 { font-size: 15pt; } h3 { font-size: 12.5pt; }
  .narrow { width: 58mm; text-align: justify; }
  table { border-collapse: collapse; } td, th { padding: 2pt 12pt 2pt 0; text-align: left; vertical-align: top; }
  .label { font-weight: bold; margin: 12pt 0 4pt; }
  ul { list-style-type: "\\2022  "; } ul ul { list-style-type: "\\25E6  "; }
</style></head>
<body>
<h1>Privacy notice for members of the Wrenfield Allotment Society</h1>
<h2>1. Who we are</h2>
<p>The Wrenfield Allotment Society runs forty plots on Mill Lane for its members. The committee, elected each spring, decides how members' details are used and is the data controller for them.</p>
<h2>2. What we collect</h2>
<h3>From you</h3>
<ul>
  <li>your name and postal address</li>
  <li>how to reach you:
    <ul><li>a telephone number</li><li>an email address, if you give one</li></ul>
  </li>
  <li>the plot you rent and the dates of your tenancy</li>
</ul>
<h3>From other members</h3>
<p>A member who shares a plot may give us the name of the person they share it with.</p>
<h2>3. Why we use it</h2>
<p class="narrow">We use your details for the ${shy('admin|istra|tion')} of the waiting list, for the ${shy('correspond|ence')} about rent, and for ${shy('notifi|cations')} of work days and ${shy('extra|ordinary')} general meetings.</p>
<table>
  <thead><tr><th>Purpose</th><th>Lawful basis</th><th>Kept for</th></tr></thead>
  <tbody>
    <tr><td>Renting you a plot</td><td>Contract</td><td>Two years</td></tr>
    <tr><td>The waiting list</td><td>Legitimate interests</td><td>One year</td></tr>
    <tr><td>Newsletters</td><td>Consent</td><td>Until you stop them</td></tr>
  </tbody>
</table>
<h2>4. How we use it</h2>
<ol>
  <li>We send the rent invoice each October.</li>
  <li>We post the work-day rota in the shed.</li>
  <li>We never sell or lend the members' list.</li>
</ol>
<p class="label">How long we keep it</p>
<p>${longParagraph}</p>
<h2>5. Your rights</h2>
<p>You can ask to see the details we hold about you, to have them corrected, or to have them deleted when you leave the society. You can complain to the Information Commissioner's Office.</p>
<h2>Contact us</h2>
<p>Write to the Secretary, Wrenfield Allotment Society, The Pavilion, Mill Lane, Wrenfield.</p>
</body></html>`;

/** The header and footer Chromium prints on every page: a running title and "Page n of N". */
export const PRINT_OPTIONS = {
	format: 'A5',
	displayHeaderFooter: true,
	headerTemplate: '<div style="font-size:8pt;width:100%;text-align:center">Wrenfield Allotment Society: privacy notice</div>',
	footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
	margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' },
} as const;

/** A page with no text, only an image: what a scanned notice looks like to a PDF reader. */
export const SCANNED_HTML = `<!doctype html><html><body style="margin:0"><canvas id="scan" width="600" height="800"></canvas>
<script>const c = document.getElementById('scan').getContext('2d'); c.fillStyle = '#eee'; c.fillRect(0, 0, 600, 800);
c.fillStyle = '#333'; for (let y = 40; y < 760; y += 24) c.fillRect(40, y, 400 + (y % 120), 10);</script></body></html>`;
