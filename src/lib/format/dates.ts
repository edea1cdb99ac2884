/** Human dates that say no more than the data knows: "2013", "October 2013", "6 June 2012". */
import type { PartialDate } from '$lib/data/types';

export type Locale = 'en' | 'es';
const LOCALES: Record<Locale, string> = { en: 'en-GB', es: 'es-MX' };

export function formatPartialDate(d: PartialDate, locale: Locale = 'en'): string {
	const [y, m, day] = d.value.split('-').map(Number) as [number, number?, number?];
	const date = new Date(Date.UTC(y, (m ?? 1) - 1, day ?? 1));
	const opts: Intl.DateTimeFormatOptions =
		d.precision === 'year'
			? { year: 'numeric', timeZone: 'UTC' }
			: d.precision === 'month'
				? { year: 'numeric', month: 'long', timeZone: 'UTC' }
				: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(LOCALES[locale], opts).format(date);
}
