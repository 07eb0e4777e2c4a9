// Finds a Chromium for the browser tests, installing Debian's when none is there and we may.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Makes sure the browser tests have a Chromium: CHROMIUM_PATH if set, else Debian's, installed
 * with apt-get when running as root on Debian (CI and fresh machines), else Playwright's own
 * download. Returns false, after saying what to do, when none can be had.
 */
export function ensureBrowser(): boolean {
	const configured = process.env['CHROMIUM_PATH'];
	if (configured) {
		if (existsSync(configured)) return true;
		console.error(`CHROMIUM_PATH is set to ${configured}, but there is no file there. Point it at a Chromium or Chrome binary.`);
		return false;
	}
	if (existsSync(DEBIAN_CHROMIUM)) return true;
	const isRoot = process.getuid?.() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log('\n▶ Installing Debian\'s Chromium for the browser tests (apt-get install chromium)');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
		if (install && install.status === 0 && existsSync(DEBIAN_CHROMIUM)) return true;
	}
	console.log('\n▶ Trying Playwright\'s own Chromium (npx playwright install chromium)');
	if (spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' }).status === 0) return true;
	console.error(
		'No Chromium for the browser tests. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
	);
	return false;
}
