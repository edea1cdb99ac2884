/** Where each page of an edition lives, resolved against the base path. One place for both languages. */
import { resolve } from '$app/paths';
import type { Locale } from '$lib/format/dates';

export interface EditionPaths {
	story: string;
	present: string;
	speaker: string;
	handout: string;
}

/** A page's language, from its optional `[[lang=lang]]` segment (none: English). */
export function localeOf(params: { lang?: string }): Locale {
	return params.lang === 'es' ? 'es' : 'en';
}

/** `entries` for a prerendered page without other parameters: its English and Spanish editions. */
export function editionEntries(): { lang?: 'es' }[] {
	return [{}, { lang: 'es' }];
}

export function editionPaths(locale: Locale): EditionPaths {
	const params = locale === 'es' ? { lang: 'es' as const } : {};
	return {
		story: resolve('/[[lang=lang]]', params),
		present: resolve('/[[lang=lang]]/present', params),
		speaker: resolve('/[[lang=lang]]/present/speaker', params),
		handout: resolve('/[[lang=lang]]/handout', params)
	};
}
