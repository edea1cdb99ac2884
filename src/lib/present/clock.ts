/** Times for the speaker view: elapsed time as a stopwatch shows it, and the time of day. */
import type { Locale } from '$lib/format/dates';

const pad = (n: number) => String(n).padStart(2, '0');

/** "4:05", "12:00", "1:02:03": minutes and seconds, hours only once there are any. */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

const TAGS: Record<Locale, string> = { en: 'en-GB', es: 'es-MX' };

/** The time of day, hours and minutes, as people of the locale write it. */
const CLOCK: Partial<Record<Locale, Intl.DateTimeFormat>> = {};
export function formatClock(date: Date, locale: Locale): string {
	const format = (CLOCK[locale] ??= new Intl.DateTimeFormat(TAGS[locale], {
		hour: 'numeric',
		minute: '2-digit'
	}));
	return format.format(date);
}
