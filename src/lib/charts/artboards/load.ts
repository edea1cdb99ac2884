/**
 * Fetches a chart's artboard file (every state of one chart on one artboard) once per page, from
 * the prerendered `charts/<locale>/<chart>-<board>.json` next to the story.
 */
import type { ChartId } from '$lib/charts/types';
import type { Locale } from '$lib/format/dates';

export interface ArtboardStates {
	states: Record<string, string>;
}

const cache = new Map<string, Promise<ArtboardStates>>();

/** Where a chart's artboard file lives, below the site root (`root` ends without a slash). */
export function artboardUrl(root: string, locale: Locale, chart: ChartId, board: string): string {
	return `${root}/charts/${locale}/${chart}-${board}.json`;
}

/** Checks a fetched file's shape, so a bad deploy says what is wrong instead of drawing nothing. */
export function parseArtboardFile(json: unknown, url: string): ArtboardStates {
	const states = (json as { states?: unknown } | null)?.states;
	if (
		typeof states !== 'object' ||
		states === null ||
		Object.values(states).some((v) => typeof v !== 'string' || !v.startsWith('<svg'))
	)
		throw new Error(`${url} is not an artboard file (no "states" of SVG markup)`);
	return { states: states as Record<string, string> };
}

export function loadArtboards(url: string): Promise<ArtboardStates> {
	let p = cache.get(url);
	if (!p) {
		p = fetch(url).then(
			async (res) => {
				if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
				return parseArtboardFile(await res.json(), url);
			},
			(e: Error) => Promise.reject(new Error(`${url}: ${e.message}`))
		);
		// A failed fetch may be retried on the next state change (the network may come back).
		p.catch(() => cache.delete(url));
		cache.set(url, p);
	}
	return p;
}
