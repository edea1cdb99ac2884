/**
 * Slides and the printable handout draw from the prerendered artboard files (one per chart, board
 * and language). A deck fetches every file it will need once, when it opens, so stepping through
 * the slides or printing makes no request (a venue's network may drop mid-talk).
 */
import { resolve } from '$app/paths';
import { boardId, type Artboard } from '$lib/charts/artboards/boards';
import { artboardUrl, loadArtboards } from '$lib/charts/artboards/load';
import type { ChartId } from '$lib/charts/types';
import type { Locale } from '$lib/format/dates';

/** Fetches each chart's file for each board (once per page; failures show on the chart). */
export function preloadCharts(
	locale: Locale,
	charts: Iterable<ChartId>,
	boards: readonly Artboard[]
): void {
	const root = new URL(resolve('/'), location.href).pathname.replace(/\/$/, '');
	for (const chart of new Set(charts))
		for (const board of boards)
			loadArtboards(artboardUrl(root, locale, chart, boardId(board))).catch(() => {});
}
