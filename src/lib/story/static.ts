/**
 * What the story page carries as prerendered HTML only (see static-parts.ts): made on the server,
 * null in the browser, where the page adopts the server's HTML without re-rendering it.
 */
import type { ChartId } from '$lib/charts/types';
import type { Locale } from '$lib/format/dates';
// Types only: the renderer itself is imported on the server, below.
import type { StaticParts } from './static-parts';

export type { StaticParts };

export async function staticParts(locale: Locale): Promise<StaticParts | null> {
	if (!import.meta.env.SSR) return null;
	const { renderStaticParts } = await import('./static-parts');
	return renderStaticParts(locale);
}

/** One chart state on the nominal artboard, for a page's HTML (a single-chart embed). */
export async function chartDrawing(
	chart: ChartId,
	state: string,
	locale: Locale,
	idPrefix: string
): Promise<string | null> {
	if (!import.meta.env.SSR) return null;
	const { renderArtboard } = await import('$lib/charts/artboards/render');
	const { NOMINAL_BOARD } = await import('$lib/charts/artboards/boards');
	return renderArtboard(chart, state, NOMINAL_BOARD, locale, idPrefix);
}

/** Each step's chart in its state on the nominal artboard, by step id, with ids `fig-<step>`. */
export async function stepDrawings(
	steps: readonly { id: string; chart: ChartId; state: string }[],
	locale: Locale
): Promise<Record<string, string> | null> {
	if (!import.meta.env.SSR) return null;
	const { renderStepDrawings } = await import('$lib/charts/artboards/render');
	const { NOMINAL_BOARD } = await import('$lib/charts/artboards/boards');
	return renderStepDrawings(steps, locale, NOMINAL_BOARD, (id) => `fig-${id}`);
}
