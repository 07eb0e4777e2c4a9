import fc from 'fast-check';

// Generators for the property tests: Markdown, MDX and HTML fragments as editors and attackers
// write them, with the URL, attribute, entity and reference-definition tricks that slip past
// deny-lists. Weighted so that many samples are ordinary enough to pass the check.

/** A 2 × 2 PNG, for the site's one image. */
export const PNG = Uint8Array.from(
	Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGM2Nk9jYGBgAmIAB6sBDn2iF9kAAAAASUVORK5CYII=', 'base64'),
);

const safeUrls = ['https://trust.example/about', 'http://trust.example', 'mailto:privacy@trust.example', 'tel:+441174960412', '/trust/website/', '/trust/website/#who-we-are', '#who-we-are', '/images/trust/logo.png', 'https://ico.org.uk/make-a-complaint/'];
const trickUrls = [
	'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java&#x09;script:alert(1)',
	'&#106;avascript:alert(1)', '&#x6a;avascript:alert(1)', 'javascript&colon;alert(1)', 'javascript&#58;alert(1)', 'jav&#97;script:alert(1)',
	'\u0001javascript:alert(1)', '%6Aavascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/png;base64,iVBORw0KGgo=',
	'//evil.example/x.png', '/\\evil.example/x.png', '\\\\evil.example\\x.png', 'https://evil.example/pixel.gif', 'http:/\\evil.example/x.png',
	'file:///etc/passwd', 'blob:https://evil.example/1', 'https:evil.example', '/images/trust/../../x.png', '/images/trust/logo.png?x=//evil.example',
];
const url = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...safeUrls) }, { weight: 2, arbitrary: fc.constantFrom(...trickUrls) });

const word = fc.constantFrom('we', 'keep', 'your', 'records', 'for', 'six', 'years', 'Ymddiriedolaeth', 'ddata', '🙂', '£5', 'naïve', '&amp;', '&lt;', '&#x3C;script&#x3E;', '\\{', '“quoted”', 'x²');
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((list) => list.join(' '));

const allowedTags = ['abbr', 'br', 'sub', 'sup'];
const otherTags = ['script', 'SCRIPT', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'video', 'audio', 'source', 'link', 'meta', 'base', 'form', 'button', 'textarea', 'template', 'noscript', 'xmp', 'title', 'select', 'picture', 'img', 'a', 'span', 'div', 'p', 'table', 'td', 'input', 'details', 'marquee', 'font'];
const tag = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...allowedTags) }, { weight: 1, arbitrary: fc.constantFrom(...otherTags) });
const attributeName = fc.constantFrom('title', 'title', 'title', 'href', 'src', 'srcset', 'style', 'onclick', 'OnError', 'onload', 'id', 'name', 'class', 'lang', 'dir', 'alt', 'formaction', 'xlink:href', 'background', 'poster', 'data-x', 'aria-label', 'tabindex', 'http-equiv', 'rel', 'target', 'ping');
const attributeValue = fc.oneof(words, url, fc.constantFrom('color:red', 'position:fixed;inset:0', 'refresh', 'stylesheet', '0'));
const attribute = fc.tuple(attributeName, attributeValue, fc.constantFrom('"', "'", '')).map(([name, value, quote]) => ` ${name}=${quote}${quote === '' ? value.replace(/[\s"'>]/g, '') : value.replaceAll(quote, '')}${quote}`);
const trickAttribute = fc
	.tuple(fc.constantFrom('title', 'style', 'onclick', 'onerror', 'id', 'name', 'srcset', 'class', 'href', 'src', 'lang', 'formaction'), attributeValue)
	.map(([name, value]) => ` ${name}="${value.replaceAll('"', '')}"`);
const attributes = fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.array(attribute, { maxLength: 3 }).map((list) => list.join('')) });

const htmlInline = fc.oneof(
	fc.tuple(tag, attributes, words).map(([name, attrs, text]) => (name === 'br' ? `<br${attrs}>` : `<${name}${attrs}>${text}</${name}>`)),
	fc.tuple(tag, attributes).map(([name, attrs]) => `<${name}${attrs}>`),
	fc.constantFrom('<!-- note -->', '<!-->', '</sup style=x>', '<a href="x"', '<script/x>alert(1)</script>', '<img src=x onerror=alert(1)//', '<![CDATA[x]]>', '<?php ?>'),
);
const markdownInline = fc.oneof(
	{ weight: 4, arbitrary: words },
	{ weight: 1, arbitrary: words.map((w) => `*${w}*`) },
	{ weight: 1, arbitrary: words.map((w) => `**${w}**`) },
	{ weight: 2, arbitrary: fc.tuple(words, url).map(([text, href]) => `[${text}](${href})`) },
	{ weight: 1, arbitrary: fc.tuple(words, url, words).map(([text, href, title]) => `[${text}](${href} "${title}")`) },
	{ weight: 2, arbitrary: fc.tuple(words, url).map(([alt, src]) => `![${alt}](${src})`) },
	{ weight: 1, arbitrary: words.map((text) => `[${text}][ref]`) },
	{ weight: 1, arbitrary: url.map((href) => `<${href}>`) },
	{ weight: 1, arbitrary: words.map((w) => `\`${w}\``) },
	{ weight: 1, arbitrary: fc.constantFrom('{1 + 1}', '{alert(1)}', '<Notice kind="x" />', '[^1]', '~~old~~') },
	{ weight: 2, arbitrary: htmlInline },
);
const paragraph = fc.array(markdownInline, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

const block = fc.oneof(
	{ weight: 5, arbitrary: paragraph },
	{ weight: 1, arbitrary: words.map((w) => `## ${w}`) },
	{ weight: 1, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `- ${i}`).join('\n')) },
	{ weight: 1, arbitrary: fc.tuple(paragraph, paragraph).map(([a, b]) => `| Purpose | Basis |\n|:--|:-:|\n| ${a.replaceAll('|', '')} | ${b.replaceAll('|', '')} |`) },
	{ weight: 1, arbitrary: words.map((w) => `\`\`\`text\n${w}\n\`\`\``) },
	{ weight: 1, arbitrary: paragraph.map((p) => `> ${p}`) },
	{ weight: 2, arbitrary: fc.tuple(url, fc.constantFrom('', ' "Title"')).map(([href, title]) => `[ref]: ${href}${title}`) },
	{ weight: 1, arbitrary: words.map((w) => `[^1]: ${w}`) },
	{ weight: 1, arbitrary: fc.tuple(tag, attributes, paragraph).map(([name, attrs, p]) => `<${name}${attrs}>\n${p}\n</${name}>`) },
	{ weight: 1, arbitrary: fc.constantFrom('---', '<script>\nalert(1)\n</script>', '<style>body{display:none}</style>', 'import x from "y"', 'export const a = 1') },
);

/** A notice body: a section heading, then blocks. */
export const bodyArbitrary = fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => ['## Who we are', ...blocks].join('\n\n'));

/**
 * An example notice with its frontmatter replaced, but for its facts, which its components show,
 * and one fragment inserted at a random line.
 */
export function mutationArbitrary(examples: readonly string[]) {
	const frontmatter = '---\ntitle: Website privacy notice\nsummary: How Example Trust uses information about visitors.\nchangeClass: minor\nchangeNote: We reworded a section.\n';
	return fc.tuple(fc.constantFrom(...examples), fc.nat(), fc.oneof(block, markdownInline), fc.boolean()).map(([example, at, fragment, ownLine]) => {
		const facts = /^facts:\n(?:[ \t]+.*\n|\n)*/m.exec(/^---\n([\s\S]*?\n)---\n/.exec(example)?.[1] ?? '')?.[0] ?? '';
		const lines = example.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
		const index = at % (lines.length + 1);
		if (ownLine) lines.splice(index, 0, '', fragment, '');
		else lines[Math.min(index, lines.length - 1)] += ` ${fragment}`;
		return `${frontmatter}${facts}---\n${lines.join('\n')}`;
	});
}

/** A plain body with one trick in it: an attribute, a URL or a reference definition. Most fail the check, as they should. */
export const oneTrickArbitrary = fc
	.tuple(
		paragraph.filter((p) => !/[<[{!`*~]/.test(p)),
		fc.oneof(
			fc.tuple(fc.constantFrom(...allowedTags), trickAttribute).map(([name, attr]) => (name === 'br' ? `<br${attr}>` : `<${name}${attr}>x</${name}>`)),
			fc.tuple(words, url).map(([text, href]) => `[${text}](${href})`),
			fc.tuple(words, url).map(([alt, src]) => `![${alt}](${src})`),
			url.map((href) => `[our page][ref]\n\n[ref]: ${href}`),
		),
	)
	.map(([text, trick]) => `## Who we are\n\n${text} ${trick}`);
