/**
 * Where each embed lives, per language. English embeds sit at `embed/<name>/` below the site root;
 * another language's at `<lang>/embed/<name>/` (e.g. `es/embed/timeline/`), prerendered from the
 * same route (`src/routes/[[lang=lang]]/embed/`) once `src/params/lang.ts` accepts that language.
 * A unit test keeps EMBED_EDITIONS and the matcher in step; a language the matcher does not accept
 * is not published, and `lang=<lang>` stays in English.
 */
import type { EmbedChartId } from '$lib/charts/registry';
import type { Locale } from '$lib/format/dates';

/** The languages whose embeds are published. */
export const EMBED_EDITIONS: readonly Locale[] = ['en', 'es'];

/** What an embed shows: one chart, the whole story, or its short version (the key states). */
export type EmbedName = EmbedChartId | 'story' | 'story-short';

/** Path of an embed below the site root, with the trailing slash the site uses. */
export function embedPath(locale: Locale, name: EmbedName): string {
	return `${locale === 'en' ? '' : `${locale}/`}embed/${name}/`;
}

/**
 * Where a `lang=` request should take the reader: the same embed in that language, keeping the
 * other query parameters, or nowhere (with the reason) when it is this page or not published.
 */
export function editionRedirect(
	location: { pathname: string; search: string; hash: string },
	current: Locale,
	wanted: Locale,
	name: EmbedName,
	editions: readonly Locale[] = EMBED_EDITIONS
): { href: string | null; message: string | null } {
	if (wanted === current) return { href: null, message: null };
	if (!editions.includes(wanted))
		return {
			href: null,
			message: `lang=${wanted}: this embed is not published in that language yet; showing it in ${current}.`
		};
	const own = embedPath(current, name);
	if (!location.pathname.endsWith(`/${own}`))
		return {
			href: null,
			message: `lang=${wanted}: cannot tell where this page sits (expected a path ending in /${own}); staying in ${current}.`
		};
	const root = location.pathname.slice(0, location.pathname.length - own.length);
	const params = new URLSearchParams(location.search);
	params.delete('lang');
	const query = params.toString();
	return {
		href: `${root}${embedPath(wanted, name)}${query ? `?${query}` : ''}${location.hash}`,
		message: null
	};
}

/** The language a page is in, from its path (the Spanish edition lives under /es/). */
export function localeOfPath(pathname: string): Locale {
	return /\/es(\/|$)/.test(pathname) ? 'es' : 'en';
}

/** The story's page in a language, from the site root (ending in "/"). */
export function storyPath(siteRoot: string, locale: Locale): string {
	return `${siteRoot}${locale === 'en' ? '' : `${locale}/`}`;
}
