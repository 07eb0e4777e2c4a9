// WCAG 2.2's contrast ratio, for checking the site's accent colour at build time.

/** The six-digit form of a CSS hex colour, lower case: `#15a` is `#1155aa`. */
export function fullHex(hex: string): string {
	const digits = hex.slice(1).toLowerCase();
	return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}

/** A colour's relative luminance, as WCAG 2.2 defines it (0 for black, 1 for white). */
export function relativeLuminance(hex: string): number {
	const full = fullHex(hex);
	const [r, g, b] = [1, 3, 5].map((at) => {
		const channel = parseInt(full.slice(at, at + 2), 16) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (lighter + 0.05) / (darker + 0.05);
}

/**
 * A ratio as people quote it, "4.48:1", rounded down so that a colour just short of 4.5:1 never
 * reads as passing.
 */
export const formatRatio = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
