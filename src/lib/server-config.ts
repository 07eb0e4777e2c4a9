// The security headers as lines of web server configuration, for hosts that read no `_headers`
// file. The README shows them for a site at the root, and a unit test keeps it in step.
import { SECURITY_HEADERS } from './security-headers.ts';

// Both servers take the value in double quotes; the policy's own quotes are single, and no value
// contains a double quote or a backslash, so nothing needs escaping.
const quoted = (value: string) => `"${value}"`;

/**
 * nginx lines that send every security header under `base`. `always` sends them with error
 * pages too; the lines go in the `location` itself, because nginx drops `add_header` lines
 * inherited from an outer block as soon as a block has one of its own.
 */
export function nginxConfig(base: string): string {
	return [
		`location ${base} {`,
		...SECURITY_HEADERS.map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`),
		'}',
	].join('\n');
}

/**
 * Apache lines (mod_headers) that send every security header under `base`. In a `.htaccess`
 * file in the site's folder, the lines between the `<Location>` tags are enough.
 */
export function apacheConfig(base: string): string {
	return [
		`<Location "${base}">`,
		...SECURITY_HEADERS.map(([name, value]) => `    Header always set ${name} ${quoted(value)}`),
		'</Location>',
	].join('\n');
}
