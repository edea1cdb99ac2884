/**
 * Build time only: the parts of the story page that never change once drawn (the intro, each step
 * card's text, the findings/methods/sources), rendered to HTML with the same components, and each
 * section's first chart drawing. They reach the page through the universal load on the server
 * only, so the browser neither downloads their text twice (HTML and page data) nor spends time
 * hydrating them: it adopts the HTML as it is (see StaticHtml.svelte).
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { renderArtboard, renderStepDrawings, stripComments } from '$lib/charts/artboards/render';
import { NOMINAL_BOARD } from '$lib/charts/artboards/boards';
import { sectionState, toSections } from '$lib/scroll/sections';
import type { Locale } from '$lib/format/dates';
import { contextFor, pageContext } from '$lib/context.svelte';
import { buildStory, storyText, type StoryText } from './build';
import { loadDataset } from '$lib/data/load';
import { heroRows } from './hero';
import FlatStepFigure from './FlatStepFigure.svelte';
import Lede from './Lede.svelte';
import StepCard from './StepCard.svelte';
import StoryEnd from './StoryEnd.svelte';

/** What the story page carries as prerendered HTML only (see static.ts). */
export interface StaticParts {
	/** Each section's first chart state, by section id. */
	drawings: Record<string, string>;
	intro: string;
	/** Each step card's text, by step id. */
	cards: Record<string, string>;
	/**
	 * Without JavaScript, each step's own chart state (drawing, title, text alternative, sources),
	 * by step id; the page carries them in `<noscript>`, so a reader with JavaScript never parses them.
	 */
	figures: Record<string, string>;
	/** Findings, methods, citation and sources. */
	end: string;
}

/**
 * The story's HTML: each section's first state on the nominal artboard, with the figure's own id
 * prefix, keyed by section id.
 */
export function renderFirstDrawings(story: StoryText): Record<string, string> {
	return Object.fromEntries(
		toSections(story.steps).map((section) => [
			section.id,
			renderArtboard(
				section.chart,
				sectionState(section, story.steps, null),
				NOMINAL_BOARD,
				story.locale,
				`fig-${section.id}`
			)
		])
	);
}

export function renderStaticParts(locale: Locale): StaticParts {
	const story = storyText(buildStory(locale));
	// The context the story page sets, for the components rendered here on their own.
	const context = contextFor({ locale, sources: story.sources });
	const html = <P extends Record<string, unknown>>(component: Component<P>, props: P) =>
		stripComments(render(component, { props, context }).body);
	const ui = pageContext({ locale, sources: story.sources }).ui;
	const rows = heroRows(loadDataset(), story.copy.hero);
	const svgs = renderStepDrawings(story.steps, locale);
	return {
		drawings: renderFirstDrawings(story),
		intro: html(Lede, { copy: story.copy, rows }),
		cards: Object.fromEntries(
			story.copy.steps.map((s) => [s.id, html(StepCard, { step: s, moreLabel: ui.more })])
		),
		figures: Object.fromEntries(
			story.steps.map((step) => [
				step.id,
				html(FlatStepFigure, { step, svg: svgs[step.id]!, sources: story.chartSources[step.chart] })
			])
		),
		end: html(StoryEnd, { story })
	};
}
