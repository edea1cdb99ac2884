/** Where each page of an edition lives, resolved against the base path. One place for both languages. */
import { resolve } from '$app/paths';
import type { Locale } from '$lib/format/dates';

export interface EditionPaths {
	story: string;
	present: string;
	speaker: string;
	handout: string;
}

export function editionPaths(locale: Locale): EditionPaths {
	return locale === 'es'
		? {
				story: resolve('/es'),
				present: resolve('/es/present'),
				speaker: resolve('/es/present/speaker'),
				handout: resolve('/es/handout')
			}
		: {
				story: resolve('/'),
				present: resolve('/present'),
				speaker: resolve('/present/speaker'),
				handout: resolve('/handout')
			};
}
