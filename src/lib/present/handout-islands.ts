/**
 * Build time only: the slides' poster (see poster.ts) and their printable copy of the handout has each step's page rendered on its
 * own (hydration markers kept), for Presentation.svelte to hydrate one task each (see islands.ts):
 * with the slides, its eighteen charts made the page's hydration one task of about 200 ms at 4×
 * CPU.
 */
import { render } from 'svelte/server';
import { stripComments } from '$lib/charts/artboards/render';
import { contextFor } from '$lib/context.svelte';
import { PRESENT } from '$lib/i18n/present';
import { ISLAND_ATTRIBUTE } from '$lib/islands';
import type { StoryText } from '$lib/story/build';
import { handoutIsland } from './drawings';
import HandoutSources from './HandoutSources.svelte';
import HandoutStep from './HandoutStep.svelte';
import { SLIDE_SIZE, type Orientation } from './layout';
import { POSTER_SCALE } from './poster';
import Slide from './Slide.svelte';

export function renderHandoutIslands(story: StoryText): string {
	const context = contextFor({ locale: story.locale, sources: story.sources });
	const t = PRESENT[story.locale];
	const steps = story.steps.map((step, index) => {
		const props = { story, step, index, t, drawing: undefined };
		const { body } = render(HandoutStep, { props, context });
		return `<div class="island" ${ISLAND_ATTRIBUTE}="${handoutIsland(step.id)}">${body}</div>`;
	});
	// The sources page never changes: HTML only, never hydrated.
	const sources = render(HandoutSources, { props: { sources: story.sources, t }, context }).body;
	return steps.join('') + stripComments(sources);
}

/**
 * The title slide in each orientation, each in a box the head script's scale fits to the screen
 * (see poster.ts); HTML only, so the browser spends nothing on it before the live slide replaces it.
 */
export function renderPoster(story: StoryText): string {
	const context = contextFor({ locale: story.locale, sources: story.sources });
	const t = PRESENT[story.locale];
	return (Object.keys(SLIDE_SIZE) as Orientation[])
		.map((orientation) => {
			const props = {
				story,
				index: 0,
				t,
				animate: false,
				orientation,
				uid: `poster-${orientation}`
			};
			const { body } = render(Slide, { props, context });
			return `<div class="fit poster-${orientation}" style="transform: translate(-50%, -50%) scale(var(${POSTER_SCALE}, 1))">${stripComments(body)}</div>`;
		})
		.join('');
}
