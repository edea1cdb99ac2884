/**
 * Slides draw from the prerendered artboard files (one per chart, slide board and language). A
 * deck fetches every file it will need once, when it opens, so stepping through the slides makes
 * no request (a venue's network may drop mid-talk). The printable handout's charts fetch their own
 * board's files as soon as the page has loaded (see Handout.svelte).
 */
import { resolve } from '$app/paths';
import { boardId, SLIDE_BOARDS } from '$lib/charts/artboards/boards';
import { artboardUrl, loadArtboards } from '$lib/charts/artboards/load';
import type { ChartId } from '$lib/charts/types';
import type { Locale } from '$lib/format/dates';
import type { Orientation } from './layout';

/** Fetches every chart of the deck on the slide board of `orientation` (once per page). */
export function preloadSlides(
	story: { locale: Locale; steps: readonly { chart: ChartId }[] },
	orientation: Orientation
): void {
	const root = new URL(resolve('/'), location.href).pathname.replace(/\/$/, '');
	const board = boardId(SLIDE_BOARDS[orientation]);
	for (const chart of new Set(story.steps.map((s) => s.chart)))
		// A failed fetch shows on the chart itself, which tries again.
		loadArtboards(artboardUrl(root, story.locale, chart, board)).catch(() => {});
}
