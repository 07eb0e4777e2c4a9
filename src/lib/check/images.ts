import { paths } from '../urls.ts';
import { unreadable, type ContentFile } from './inputs.ts';
import type { Problem } from './problem.ts';

/** The folder images live in, one sub-folder per organisation: `content/images/<org>/<file>`. */
export const IMAGES_FOLDER = 'content/images';

// Raster formats only: an SVG file can hold script, which runs when it is opened on its own.
const FORMATS: Record<string, { name: string; signature: (bytes: Uint8Array) => boolean }> = {
	png: { name: 'PNG', signature: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
	jpg: { name: 'JPEG', signature: (b) => starts(b, [0xff, 0xd8, 0xff]) },
	jpeg: { name: 'JPEG', signature: (b) => starts(b, [0xff, 0xd8, 0xff]) },
	gif: { name: 'GIF', signature: (b) => starts(b, [0x47, 0x49, 0x46, 0x38]) },
	webp: { name: 'WebP', signature: (b) => starts(b, [0x52, 0x49, 0x46, 0x46]) && ascii(b, 8, 4) === 'WEBP' },
	avif: { name: 'AVIF', signature: (b) => ascii(b, 4, 4) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 4)) },
};

/** The largest image published: a notice's diagram or logo needs far less, and readers on phones pay for every byte. */
export const IMAGE_SIZE_LIMIT = 1024 * 1024;

const NAME = /^([a-z0-9]+(?:[-_.][a-z0-9]+)*)\.([a-z0-9]+)$/;

function starts(bytes: Uint8Array, signature: number[]): boolean {
	return signature.every((byte, i) => bytes[i] === byte);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
	return String.fromCharCode(...bytes.subarray(start, start + length));
}

/**
 * Checks the image files in `content/images/`: each in its organisation's folder, named in
 * lowercase, a PNG, JPEG, GIF, WebP or AVIF file whose bytes are what its name says, and at most
 * {@link IMAGE_SIZE_LIMIT}. Returns the site path of each good one, so links to them can be checked.
 */
export function checkImages(files: readonly ContentFile[], organisations: ReadonlySet<string>, problems: Problem[]): Set<string> {
	const published = new Set<string>();
	const formats = Object.keys(FORMATS).map((ext) => `.${ext}`).join(', ');
	for (const file of files) {
		const report = (message: string, fix: string) => problems.push({ file: file.path, message, fix, severity: 'error' });
		if (unreadable(file, problems)) continue;
		const [org, name, ...rest] = file.path.slice(`${IMAGES_FOLDER}/`.length).split('/');
		if (!org || !name || rest.length > 0) {
			report('Images must sit at content/images/<organisation>/<file>.', 'Move it into the folder of the organisation whose notices show it.');
			continue;
		}
		if (!organisations.has(org)) {
			report(`The folder "${org}" is not an organisation: there is no content/organisations/${org}.yaml.`, 'Move the image into an organisation\'s folder under content/images/.');
			continue;
		}
		const match = NAME.exec(name);
		const format = match ? FORMATS[match[2]!] : undefined;
		if (!match || !format) {
			report(`"${name}" is not an image name Noticeboard publishes: lowercase letters, digits and hyphens, ending ${formats}.`, 'Rename it, such as "data-flow.png". Save drawings (SVG) as PNG: an SVG file can hold code.');
			continue;
		}
		const bytes = typeof file.source === 'string' ? new TextEncoder().encode(file.source) : file.source;
		const size = file.size ?? bytes.length;
		if (size > IMAGE_SIZE_LIMIT) {
			report(`The image is ${Math.ceil(size / 1024)} KB, more than the ${IMAGE_SIZE_LIMIT / 1024} KB an image may be.`, 'Make it smaller: fewer pixels, or JPEG or WebP for photographs.');
			continue;
		}
		if (!format.signature(bytes)) {
			report(`The file is named .${match[2]} but is not a ${format.name} image.`, `Save it as ${format.name}, or rename it to what it is.`);
			continue;
		}
		published.add(paths.image(org, name));
	}
	return published;
}
