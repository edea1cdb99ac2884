/**
 * What the slides' page carries as build-time HTML only (see handout-islands.ts): made on the
 * server, null in the browser, where the page adopts the server's HTML.
 */
import type { Locale } from '$lib/format/dates';

/** The slides' build-time HTML. */
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
