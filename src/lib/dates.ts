/** A calendar date written `YYYY-MM-DD`. Compared as strings, which orders them correctly. */
export type IsoDate = string;

/** True when `value` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The environment variable that fixes the build's "today", for tests and reproducible builds. */
export const TODAY_VARIABLE = 'NOTICEBOARD_TODAY';

/**
 * The build date: `NOTICEBOARD_TODAY` when set, otherwise today's date in the UK.
 * Notices take effect on UK calendar days, so "today" is read in Europe/London, not UTC.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): IsoDate {
	const fixed = env[TODAY_VARIABLE];
	if (fixed !== undefined && fixed !== '') {
		if (!isIsoDate(fixed)) {
			throw new Error(
				`${TODAY_VARIABLE}="${fixed}" is not a date. Set it to a real date written YYYY-MM-DD, such as 2025-04-01, or unset it to use today.`,
			);
		}
		return fixed;
	}
	return ukDate(now);
}

// Made once: a formatter costs far more to make than to use, and a git log gives one date a version.
// en-CA formats dates as YYYY-MM-DD.
const UK_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** The calendar date in the UK (Europe/London) at an instant, such as a commit's. */
export function ukDate(instant: Date): IsoDate {
	return UK_DATE.format(instant);
}

/** The day before `date`. */
export function dayBefore(date: IsoDate): IsoDate {
	return addDays(date, -1);
}

/** The date `days` days after `date` (before it, for a negative number). */
export function addDays(date: IsoDate, days: number): IsoDate {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** How many days from `from` to `to`: 0 for the same date, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
