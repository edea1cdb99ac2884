/**
 * The handout page's printed charts: each step's chart in its state on the print board, drawn at
 * build time into the HTML only (null in the browser, which keeps the server's SVG), so the page
 * ships no chart code and fetches nothing to print.
 */
import type { Locale } from '$lib/format/dates';
import type { StoryStep } from '$lib/story/build';

/** Each step's drawing, by step id. */
export type Drawings = Record<string, string>;

/** The island id of a step's page in the slides' handout (see handout-islands.ts). */
export const handoutIsland = (step: string) => `handout-page-${step}`;

/** The id prefix of a handout figure (its title, description and the drawing's clip paths). */
export const handoutUid = (step: string) => `handout-${step}-figure`;

export async function handoutDrawings(
	steps: readonly StoryStep[],
	locale: Locale
): Promise<Drawings | null> {
	if (!import.meta.env.SSR) return null;
	const { renderStepDrawings } = await import('$lib/charts/artboards/render');
	const { PRINT_BOARD } = await import('$lib/charts/artboards/boards');
	return renderStepDrawings(steps, locale, PRINT_BOARD, handoutUid);
}
