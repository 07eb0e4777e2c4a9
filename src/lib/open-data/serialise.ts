// JSON for a <script type="application/ld+json"> element. Editors write the text it carries, and
// an HTML parser ends a script element at the first `</script`, whatever JSON thinks of it; `<!--`
// changes how it looks for that end. So every `<`, `>` and `&` is written as a JSON escape, which
// no HTML parser reads as markup and every JSON parser reads as the same character. U+2028 and
// U+2029 are escaped too: JSON allows them in strings, but older JavaScript parsers did not, and
// some tools still read JSON-LD as JavaScript.

const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** A value as JSON that is safe as the whole text of a script element: nothing in it can end or open markup. */
export function scriptSafeJson(value: unknown): string {
	return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c]!);
}
