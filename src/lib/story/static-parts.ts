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
import { dropFadedGroups } from '$lib/charts/artboards/still';
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
import StorySection from './StorySection.svelte';
import { ISLAND_ATTRIBUTE } from '$lib/islands';

/** What the story page carries as prerendered HTML only (see static.ts). */
export interface StaticParts {
	intro: string;
	/**
	 * The scrolly sections, each in an element `[data-island="<section id>"]` holding the
	 * section's server render (hydration markers kept), which the browser hydrates on its own.
	 */
	sections: string;
	/** Findings, methods, citation and sources. */
	end: string;
}

/** What one section draws from prerendered HTML (see StorySection.svelte). */
export interface SectionParts {
	/** Each step card's text, by step id. */
	cards: Record<string, string>;
	/**
	 * Without JavaScript, each step's own chart state (drawing, title, text alternative, sources),
	 * by step id; the page carries them in `<noscript>`, so a reader with JavaScript never parses them.
	 */
	figures: Record<string, string>;
	/** The section's first chart state. */
	drawing: string;
}

/**
 * The story's HTML: each section's first state on the nominal artboard, with the figure's own id
 * prefix, keyed by section id. Marks faded out in that state are left out: the chart adds them
 * from its artboard file, fetched ahead, before its first move (see LiveChart.svelte), so the
 * HTML carries only the marks it shows.
 */
export function renderFirstDrawings(story: StoryText): Record<string, string> {
	return Object.fromEntries(
		toSections(story.steps).map((section) => [
			section.id,
			dropFadedGroups(
				renderArtboard(
					section.chart,
					sectionState(section, story.steps, null),
					NOMINAL_BOARD,
					story.locale,
					`fig-${section.id}`
				)
			)
		])
	);
}

/** Each section's prerendered pieces: step cards and no-JS figures by step id, first drawings. */
export interface SectionPieces {
	cards: Record<string, string>;
	figures: Record<string, string>;
	drawings: Record<string, string>;
}

export function renderSectionPieces(story: StoryText): SectionPieces {
	const context = contextFor({ locale: story.locale, sources: story.sources });
	const html = <P extends Record<string, unknown>>(component: Component<P>, props: P) =>
		stripComments(render(component, { props, context }).body);
	const ui = pageContext({ locale: story.locale, sources: story.sources }).ui;
	const svgs = renderStepDrawings(story.steps, story.locale);
	return {
		cards: Object.fromEntries(
			story.copy.steps.map((s) => [s.id, html(StepCard, { step: s, moreLabel: ui.more })])
		),
		figures: Object.fromEntries(
			story.steps.map((step) => [
				step.id,
				html(FlatStepFigure, { step, svg: svgs[step.id]!, sources: story.chartSources[step.chart] })
			])
		),
		drawings: renderFirstDrawings(story)
	};
}

export function renderStaticParts(locale: Locale): StaticParts {
	const story = storyText(buildStory(locale));
	// The context the story page sets, for the components rendered here on their own.
	const context = contextFor({ locale, sources: story.sources });
	const html = <P extends Record<string, unknown>>(component: Component<P>, props: P) =>
		stripComments(render(component, { props, context }).body);
	const rows = heroRows(loadDataset(), story.copy.hero);
	const { cards, figures, drawings } = renderSectionPieces(story);
	// Sections keep Svelte's hydration markers: the browser hydrates each one (see Story.svelte).
	const sections = toSections(story.steps).map((section) => {
		const props = {
			section,
			steps: story.steps,
			sources: story.chartSources[section.chart],
			locale,
			activeId: null,
			animate: false,
			parts: { cards, figures, drawing: drawings[section.id]! }
		};
		const { body } = render(StorySection, { props, context });
		return `<div class="island" ${ISLAND_ATTRIBUTE}="${section.id}">${body}</div>`;
	});
	return {
		intro: html(Lede, { copy: story.copy, rows }),
		sections: sections.join(''),
		end: html(StoryEnd, { story })
	};
}
