/** Human dates that say no more than the data knows: "2013", "October 2013", "6 June 2012". */
import type { PartialDate } from '$lib/data/types';

export type Locale = 'en' | 'es';
const LOCALES: Record<Locale, string> = { en: 'en-GB', es: 'es-MX' };

const OPTIONS: Record<PartialDate['precision'], Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric', timeZone: 'UTC' },
	month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
	day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
};

/**
 * One formatter per language and precision: building an Intl.DateTimeFormat costs far more than
 * using one, and a page formats hundreds of dates while it hydrates.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, precision: PartialDate['precision']): Intl.DateTimeFormat {
	const key = `${locale} ${precision}`;
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(LOCALES[locale], OPTIONS[precision])));
	return f;
}

export function formatPartialDate(d: PartialDate, locale: Locale = 'en'): string {
	const [y, m, day] = d.value.split('-').map(Number) as [number, number?, number?];
	const date = new Date(Date.UTC(y, (m ?? 1) - 1, day ?? 1));
	return formatter(locale, d.precision).format(date);
}
