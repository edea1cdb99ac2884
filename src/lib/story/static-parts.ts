/**
 * Build time only: the parts of the story page that never change once drawn (the intro, each step
 * card's text, the findings/methods/sources), rendered to HTML with the same components, and each
 * section's first chart drawing. They reach the page through the universal load on the server
 * only, so the browser neither downloads their text twice (HTML and page data) nor spends time
 * hydrating them: it adopts the HTML as it is (see StaticHtml.svelte).
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { renderFirstDrawings, stripComments } from '$lib/charts/artboards/render';
import type { Locale } from '$lib/format/dates';
import { UI } from '$lib/i18n/ui';
import { buildStory, storyText } from './build';
import { loadDataset } from '$lib/data/load';
import { heroRows } from './hero';
import Lede from './Lede.svelte';
import StepCard from './StepCard.svelte';
import StoryEnd from './StoryEnd.svelte';
import type { StaticParts } from './static';

function html<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
	return stripComments(render(component, { props }).body);
}

export function renderStaticParts(locale: Locale): StaticParts {
	const story = storyText(buildStory(locale));
	const sourceIndex = new Map(story.sources.map((s) => [s.id, s.n]));
	const sourceTitles = new Map(story.sources.map((s) => [s.id, s.title]));
	const ui = UI[locale];
	const rows = heroRows(loadDataset(), story.copy.hero);
	return {
		drawings: renderFirstDrawings(story),
		intro: html(Lede, { copy: story.copy, rows, ui, sourceIndex, sourceTitles }),
		cards: Object.fromEntries(
			story.copy.steps.map((s) => [
				s.id,
				html(StepCard, { step: s, moreLabel: ui.more, sourceIndex, sourceTitles })
			])
		),
		end: html(StoryEnd, { story, ui, sourceIndex, sourceTitles })
	};
}
