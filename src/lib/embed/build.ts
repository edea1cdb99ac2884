/**
 * Build time: what a single-chart embed needs, cut from the story so the embed ships only its own
 * chart's data, steps and sources.
 */
import { CHART_IDS, type ChartId } from '$lib/charts/types';
import { DEFAULT_TIMELINE_STATE } from '$lib/charts/timeline';
import { DEFAULT_FLOW_STATE } from '$lib/charts/flow';
import { DEFAULT_COMPLETION_STATE } from '$lib/charts/completion';
import { DEFAULT_CYCLES_STATE } from '$lib/charts/cycles';
import { DEFAULT_MEMBERSHIP_STATE } from '$lib/charts/membership';
import type { Locale } from '$lib/format/dates';
import { buildStory, type SourceEntry, type StoryPage, type StoryStep } from '$lib/story/build';
import { citedIds } from '$lib/story/copy';
import { EMBED_STRINGS } from '$lib/i18n/embed';
import { UI } from '$lib/i18n/ui';
import { embedPath, type EmbedName } from './editions';
import { siteRootOf, toOEmbed, type OEmbedRich } from './oembed';

const DEFAULT_STATES: Record<ChartId, string> = {
	timeline: DEFAULT_TIMELINE_STATE,
	flow: DEFAULT_FLOW_STATE,
	completion: DEFAULT_COMPLETION_STATE,
	cycles: DEFAULT_CYCLES_STATE,
	membership: DEFAULT_MEMBERSHIP_STATE
};

/** `entries` for the chart embeds: every chart, in English (no `lang` segment) and in Spanish. */
export function chartEntries(): { lang?: 'es'; chart: ChartId }[] {
	return CHART_IDS.flatMap((chart) => [{ chart }, { lang: 'es' as const, chart }]);
}

export function isChartId(id: string): id is ChartId {
	return (CHART_IDS as readonly string[]).includes(id);
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
export function defaultStepOf(chart: ChartId, steps: readonly { id: string; state: string }[]) {
	const step = steps.find((s) => s.state === DEFAULT_STATES[chart]) ?? steps[0];
	if (!step) throw new Error(`embed: chart "${chart}" has no step in steps.ts`);
	return step.id;
}

export function buildChartEmbed(locale: Locale, chart: ChartId): ChartEmbedPage {
	const story = buildStory(locale);
	const steps = story.steps.filter((s) => s.chart === chart);
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
		defaultStep: defaultStepOf(chart, steps),
		otherSteps: story.steps.filter((s) => s.chart !== chart).map((s) => [s.id, s.chart]),
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
			name === 'story'
				? EMBED_STRINGS[locale].storyFrameTitle(headline)
				: UI[locale].chartTitles[name],
		providerName: headline
	});
}
