/**
 * Build time only: the slides' printable copy of the handout has each step's page rendered on its
 * own (hydration markers kept), for Presentation.svelte to hydrate one task each (see islands.ts):
 * with the slides, its eighteen charts made the page's hydration one task of about 200 ms at 4×
 * CPU.
 */
import { render } from 'svelte/server';
import { contextFor } from '$lib/context.svelte';
import { PRESENT } from '$lib/i18n/present';
import { ISLAND_ATTRIBUTE } from '$lib/islands';
import type { StoryText } from '$lib/story/build';
import { handoutIsland } from './drawings';
import HandoutStep from './HandoutStep.svelte';

export function renderHandoutIslands(story: StoryText): string {
	const context = contextFor({ locale: story.locale, sources: story.sources });
	const t = PRESENT[story.locale];
	return story.steps
		.map((step, index) => {
			const props = { story, step, index, t, drawing: undefined };
			const { body } = render(HandoutStep, { props, context });
			return `<div class="island" ${ISLAND_ATTRIBUTE}="${handoutIsland(step.id)}">${body}</div>`;
		})
		.join('');
}
