import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { imageSize } from 'image-size';
import type { Problem } from '../check/problem.ts';
import { CONFIG_FILE } from './parse.ts';

/** The largest logo published: a header logo needs a few kilobytes. */
export const LOGO_LIMIT = 200 * 1024;

/** The logo as the pages show it. */
export interface PublishedLogo {
	/** Its address on the site, without the base: `/_noticeboard/logo-<hash>.svg`, a new name for new bytes. */
	path: string;
	/** Its size in pixels, so the header keeps its shape while it loads. */
	width: number;
	height: number;
	/** `image/svg+xml` or `image/png`. */
	type: string;
}

// The SVG elements a logo may use: shapes, text, gradients, clips and their grouping. Nothing that
// runs, embeds another document or loads another file (script, foreignObject, image, a, animate…).
const SVG_ELEMENTS = new Set([
	'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'metadata',
	'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
	'text', 'tspan', 'textPath',
	'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'filter',
	'feGaussianBlur', 'feOffset', 'feBlend', 'feColorMatrix', 'feComposite', 'feFlood', 'feMerge', 'feMergeNode',
]);

const problem = (message: string, fix: string): Problem => ({ file: CONFIG_FILE, field: 'noticeboard.logo.src', message, fix, severity: 'error' });

/**
 * Checks a logo's bytes, as the file it claims to be, and says where the site publishes it. An SVG
 * may hold only drawing: no script, event handler, embedded document or link to another file,
 * so it is safe even opened on its own, at the site's own address.
 */
export function checkLogo(src: string, bytes: Uint8Array): { logo: PublishedLogo; problems: [] } | { logo: undefined; problems: Problem[] } {
	if (bytes.length > LOGO_LIMIT) {
		return { logo: undefined, problems: [problem(`The logo ${src} is ${Math.ceil(bytes.length / 1024)} KB; a logo can be at most ${LOGO_LIMIT / 1024} KB.`, 'Save it smaller: an SVG without embedded pictures, or a PNG about twice the height it is shown at (80 pixels).')] };
	}
	const svg = /\.svg$/i.test(src);
	const problems = svg ? svgProblems(src, new TextDecoder().decode(bytes)) : pngProblems(src, bytes);
	if (problems.length > 0) return { logo: undefined, problems };
	let size: { width?: number; height?: number };
	try {
		size = imageSize(bytes);
	} catch {
		size = {};
	}
	if (!size.width || !size.height) {
		return { logo: undefined, problems: [problem(`The logo ${src} does not say how big it is.`, svg ? 'Give its <svg> element a viewBox, or width and height.' : 'Save it again as a PNG.')] };
	}
	const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
	return { logo: { path: `/_noticeboard/logo-${hash}.${svg ? 'svg' : 'png'}`, width: size.width, height: size.height, type: svg ? 'image/svg+xml' : 'image/png' }, problems: [] };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngProblems(src: string, bytes: Uint8Array): Problem[] {
	return PNG_SIGNATURE.every((byte, i) => bytes[i] === byte) ? [] : [problem(`The logo ${src} is named .png but is not a PNG file.`, 'Save it as PNG, or give the file its real type.')];
}

function svgProblems(src: string, text: string): Problem[] {
	if (/<!DOCTYPE|<!ENTITY/i.test(text)) return [problem(`The logo ${src} has a DOCTYPE, which can define entities that expand without limit.`, 'Remove the <!DOCTYPE …> line: SVG needs none.')];
	let tree: XmlNode[];
	try {
		tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', allowBooleanAttributes: true }).parse(text) as XmlNode[];
	} catch (error) {
		return [problem(`The logo ${src} could not be read as SVG: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}.`, 'Save it again from your drawing program as plain SVG.')];
	}
	const found: string[] = [];
	const walk = (nodes: readonly XmlNode[]) => {
		for (const node of nodes) {
			const name = Object.keys(node).find((key) => key !== ':@');
			if (!name || name === '#text' || name === '?xml' || name === '#comment') continue;
			const local = name.replace(/^svg:/, '');
			if (local === 'style') {
				// A stylesheet may colour the drawing, but not bring in another file.
				const css = ((node[name] as XmlNode[] | undefined) ?? []).map((child) => String(child['#text'] ?? '')).join('');
				if (/@import|url\(\s*['"]?(?!#)/i.test(css)) found.push(`a stylesheet that loads another file`);
				continue;
			}
			if (!SVG_ELEMENTS.has(local)) found.push(`the element <${name}>`);
			for (const [attribute, value] of Object.entries(node[':@'] ?? {})) {
				if (/^on/i.test(attribute)) found.push(`the event handler ${attribute} on <${name}>`);
				else if (/(^|:)href$/i.test(attribute) && !String(value).startsWith('#')) found.push(`a link to "${String(value)}" on <${name}>`);
				else if (/url\(\s*['"]?(?!#)/i.test(String(value))) found.push(`a url(…) to another file in ${attribute} on <${name}>`);
			}
			walk((node[name] as XmlNode[] | undefined) ?? []);
		}
	};
	walk(tree);
	const root = tree.find((node) => Object.keys(node).some((key) => key === 'svg' || key === 'svg:svg'));
	if (!root) return [problem(`The logo ${src} has no <svg> element.`, 'Save it again from your drawing program as plain SVG.')];
	const unique = [...new Set(found)];
	if (unique.length === 0) return [];
	return [
		problem(
			`The logo ${src} has ${unique.slice(0, 5).join(', ')}${unique.length > 5 ? ` and ${unique.length - 5} more` : ''}; a logo may hold only shapes, text and gradients.`,
			'Save it as plain SVG without scripts, links, embedded pictures or animation (in Inkscape: "Optimized SVG"), or as a PNG.',
		),
	];
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, unknown> };
