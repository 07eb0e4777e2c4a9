// Loaded with `node --import` into each build the bench times (`npm run bench`): when the process
// exits, it writes its CPU time and peak memory to the file named by BENCH_PROBE, so Noticeboard's
// build and the plain Astro baseline are measured the same way.
import { writeFileSync } from 'node:fs';

const out = process.env['BENCH_PROBE'];
if (out) {
	process.on('exit', () => {
		const usage = process.resourceUsage();
		writeFileSync(out, JSON.stringify({ userMs: Math.round(usage.userCPUTime / 1000), systemMs: Math.round(usage.systemCPUTime / 1000), maxRssKiB: usage.maxRSS }));
	});
}
