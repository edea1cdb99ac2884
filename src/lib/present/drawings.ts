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

/** What the slides' page carries as build-time HTML only (see handout-islands.ts). */
export interface PresentParts {
	/** The title slide for the first paint (poster.ts). */
	poster: string;
	/** The printable copy's step pages, as islands. */
	handoutSteps: string;
}

/** The slides' build-time HTML on the server; null in the browser, which adopts it. */
export async function presentParts(locale: Locale): Promise<PresentParts | null> {
	if (!import.meta.env.SSR) return null;
	const { renderHandoutIslands, renderPoster } = await import('./handout-islands');
	const { buildStory, storyText } = await import('$lib/story/build');
	const story = storyText(buildStory(locale));
	return { poster: renderPoster(story), handoutSteps: renderHandoutIslands(story) };
}
