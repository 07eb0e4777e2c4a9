import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import type { HastPluginDefinition } from 'satteri';

/**
 * Gives each of the site's own images (`/images/<org>/<file>`, from `content/images/`) its width
 * and height, read from the file, so the browser keeps its space and the text does not jump as it
 * loads. Runs before base-links.ts puts the base path in front of the address.
 */
export function imageSizes(root = process.cwd()): HastPluginDefinition {
	return {
		name: 'noticeboard-image-sizes',
		element: {
			filter: ['img'],
			visit(image, ctx) {
				const src = image.properties['src'];
				if (typeof src !== 'string' || !src.startsWith('/images/')) return;
				let size: { width?: number; height?: number };
				try {
					size = imageSize(readFileSync(join(root, 'content', decodeURI(src))));
				} catch {
					// A missing or unreadable image is the content check's to report (src/lib/check/images.ts).
					return;
				}
				if (size.width && size.height) {
					ctx.setProperty(image, 'width', size.width);
					ctx.setProperty(image, 'height', size.height);
				}
			},
		},
	};
}
