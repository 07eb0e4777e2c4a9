/** Where a violation is in its source file, where it can be found there. */
export interface SourcePosition {
	line: number;
	column: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A finder of lines in one file's source. The gate sees HTML, not the source, so it says what to
 * look for: an element's start tag (with its attribute, when one attribute is wrong) or a URL.
 * Repeated finds of the same thing move on through the file, so a tag written three times is
 * found at each of its lines in turn. Undefined when it is not written as such, as with a URL
 * spelt with character references.
 */
export function sourceLocator(source: string): (needle: string, attribute?: string) => SourcePosition | undefined {
	const cursors = new Map<string, number>();
	return (needle, attribute) => {
		const key = `${needle}\u0000${attribute ?? ''}`;
		const pattern = needle.startsWith('<')
			? new RegExp(`${escape(needle)}(?![\\w-])${attribute ? `[^>]*?\\b${escape(attribute)}\\b` : ''}`, 'gi')
			: new RegExp(escape(needle), 'g');
		pattern.lastIndex = cursors.get(key) ?? 0;
		const match = pattern.exec(source);
		if (!match) return undefined;
		cursors.set(key, match.index + 1);
		const before = source.slice(0, match.index);
		const line = before.split('\n').length;
		return { line, column: match.index - before.lastIndexOf('\n') };
	};
}
