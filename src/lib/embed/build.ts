/**
 * Build time: what a single-chart embed needs, cut from the story so the embed ships only its own
 * chart's data, steps and sources.
 */
import {
	CHARTS,
	EMBED_ALIASES,
	EMBED_CHART_IDS,
	isChartId,
	resolveEmbedChart,
	type ChartId,
	type EmbedChartId
} from '$lib/charts/registry';
import type { Locale } from '$lib/format/dates';
import { buildStory, type SourceEntry, type StoryPage, type StoryStep } from '$lib/story/build';
import { citedIds } from '$lib/story/copy';
import { EMBED_STRINGS } from '$lib/i18n/embed';
import { UI } from '$lib/i18n/ui';
import { embedPath, type EmbedName } from './editions';
import { siteRootOf, toOEmbed, type OEmbedRich } from './oembed';

export { isChartId };

/** `entries` for the chart embeds: every embeddable chart (retired ids included, so old embed
 * links keep working), in English (no `lang` segment) and in Spanish. */
export function chartEntries(): { lang?: 'es'; chart: EmbedChartId }[] {
	return EMBED_CHART_IDS.flatMap((chart) => [{ chart }, { lang: 'es' as const, chart }]);
}

/** The state an embed of this id opens on: the chart's default, or a retired chart's equivalent. */
function defaultStateOf(id: EmbedChartId): string {
	return isChartId(id) ? CHARTS[id].defaultState : EMBED_ALIASES[id].defaultState;
}

/** The states an embed of this id shows: all of the chart's, or those a retired chart had. */
function statesOf(id: EmbedChartId): readonly string[] {
	return isChartId(id) ? CHARTS[id].states : Object.values(EMBED_ALIASES[id].states);
}

export interface ChartEmbedPage {
	locale: Locale;
	chart: ChartId;
	/** The story's headline, for the page title and the link back. */
	headline: string;
	/** This chart's steps, in story order: the states the embed can show. */
	steps: StoryStep[];
	/** The step whose state is the chart's default. */
	defaultStep: string;
	/** Every other step and its chart, so a wrong `step=` gets a helpful message. */
	otherSteps: [string, ChartId][];
	chartSources: StoryPage['chartSources'][ChartId];
	/** The sources the chart and its descriptions cite, numbered as in the story. */
	sources: SourceEntry[];
}

/** The chart's step whose state is its default (every chart's default state has a step). */
export function defaultStepOf(
	chart: EmbedChartId,
	steps: readonly { id: string; state: string }[]
) {
	const step = steps.find((s) => s.state === defaultStateOf(chart)) ?? steps[0];
	if (!step) throw new Error(`embed: chart "${chart}" has no step in steps.ts`);
	return step.id;
}

export function buildChartEmbed(locale: Locale, id: EmbedChartId): ChartEmbedPage {
	const story = buildStory(locale);
	const chart = resolveEmbedChart(id);
	const states = statesOf(id);
	const steps = story.steps.filter((s) => s.chart === chart && states.includes(s.state));
	const chartSources = story.chartSources[chart];
	const cited = new Set([
		...chartSources.map((s) => s.id),
		...steps.flatMap((s) => citedIds(s.description))
	]);
	return {
		locale,
		chart,
		headline: story.copy.headline,
		steps,
		defaultStep: defaultStepOf(id, steps),
		otherSteps: story.steps.filter((s) => !steps.includes(s)).map((s) => [s.id, s.chart]),
		chartSources,
		sources: story.sources.filter((s) => cited.has(s.id))
	};
}

/** Absolute site URL from SITE_URL (no trailing slash), or null. */
export function siteUrlFromEnv(): string | null {
	return process.env.SITE_URL?.replace(/\/+$/, '') || null;
}

/**
 * The oEmbed file of an embed page, from the file's own URL at build time (which gives the base
 * path); absolute with SITE_URL.
 */
export function buildOEmbed(locale: Locale, name: EmbedName, fileUrl: URL): OEmbedRich {
	const siteRoot = siteRootOf(fileUrl, embedPath(locale, name), siteUrlFromEnv());
	if (!siteRoot)
		throw new Error(`oEmbed: ${fileUrl.pathname} is not next to ${embedPath(locale, name)}`);
	const headline = buildStory(locale).copy.headline;
	return toOEmbed({
		siteRoot,
		name,
		locale,
		title:
			name === 'story' || name === 'story-short'
				? EMBED_STRINGS[locale].storyFrameTitle(headline)
				: UI[locale].chartTitles[resolveEmbedChart(name)],
		providerName: headline
	});
}
