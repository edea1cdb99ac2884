/**
 * What every embed page does once in the browser: read its query parameters (explaining any
 * problem in the console), go to the asked-for language's edition if it is published, apply the
 * theme, and start reporting its height to the parent page.
 */
import type { Locale } from '$lib/format/dates';
import { editionRedirect, type EmbedName } from './editions';
import { reportHeight } from './height';
import { applyTheme, parseEmbedParams, type EmbedParams, type ParamContext } from './params';

/** Returns the parameters and the cleanup, or null when the page is being replaced. */
export function startEmbed(
	ctx: ParamContext & { name: EmbedName; locale: Locale }
): { params: EmbedParams; stop: () => void } | null {
	const { params, warnings } = parseEmbedParams(location.search, ctx);
	for (const w of warnings) console.warn(w);
	if (params.lang) {
		const to = editionRedirect(location, ctx.locale, params.lang, ctx.name);
		if (to.href) {
			location.replace(to.href);
			return null;
		}
		if (to.message) console.warn(to.message);
	}
	applyTheme(document.documentElement, params);
	return { params, stop: reportHeight(window, params.childId) };
}
