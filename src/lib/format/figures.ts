/** A figure as a reader sees it: the number with the qualifier its source gives it. */
import type { Figure } from '$lib/data/types';
import type { Locale } from './dates';

const QUALIFIER: Record<Locale, Record<Figure['qualifier'], string>> = {
	en: { exact: '', about: 'about ', 'more-than': 'more than ', 'at-least': 'at least ' },
	es: { exact: '', about: 'unos ', 'more-than': 'más de ', 'at-least': 'al menos ' }
};
const NUMBER_LOCALE: Record<Locale, string> = { en: 'en-GB', es: 'es-MX' };

/** Built once per language: `toLocaleString` builds a new formatter on every call. */
const NUMBER_FORMAT: Partial<Record<Locale, Intl.NumberFormat>> = {};

export function formatNumber(value: number, locale: Locale = 'en'): string {
	const format = (NUMBER_FORMAT[locale] ??= new Intl.NumberFormat(NUMBER_LOCALE[locale]));
	return format.format(value);
}

export function formatFigure(
	f: Pick<Figure, 'value' | 'qualifier'>,
	locale: Locale = 'en'
): string {
	return `${QUALIFIER[locale][f.qualifier]}${formatNumber(f.value, locale)}`;
}
