/**
 * Every chart of the story, one line each. A chart is a folder with a `chart.ts` that declares,
 * through `defineChart`, its states, its default state, its words, how it reduces the dataset to
 * what it draws, which sources that data rests on, and its component. Steps are type-checked
 * against these states (see `Step` in story/steps.ts). Build time and the browser-run editions
 * (slides, whole-story embed) import this; the story page itself draws artboards and never does.
 *
 * Old embed URLs of charts that were merged into another (`/embed/completion/`) stay alive through
 * EMBED_ALIASES: the page shows the replacement chart's equivalent states.
 */
import type { Component } from 'svelte';
import type { Dataset } from '$lib/data/types';
import type { Locale } from '$lib/format/dates';
import type { ChartRenderProps } from './define';
import { timelineChart } from './timeline/chart';
import { flowChart } from './flow/chart';
import { cyclesChart } from './cycles/chart';
import { membershipChart } from './membership/chart';

export const CHARTS = {
	timeline: timelineChart,
	flow: flowChart,
	cycles: cyclesChart,
	membership: membershipChart
} as const;

export type ChartId = keyof typeof CHARTS;
export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

/** Each chart's build-time data, as its registry entry reduces the dataset. */
export type ChartsData = { [C in ChartId]: ReturnType<(typeof CHARTS)[C]['toData']> };

/** Every chart's data from one dataset, in one language. */
export function chartsData(dataset: Dataset, locale: Locale): ChartsData {
	return Object.fromEntries(
		CHART_IDS.map((id) => [id, CHARTS[id].toData(dataset, locale)])
	) as ChartsData;
}

/** A retired chart id whose embed URL still works: the chart now showing it, state by state. */
export interface EmbedAlias {
	chart: ChartId;
	/** Old state id → new state id. */
	states: Record<string, string>;
	defaultState: string;
}

export const EMBED_ALIASES = {
	/** The completion chart's views now live on the flow's marks. */
	completion: {
		chart: 'flow',
		states: { 'self-report': 'self-report', claim: 'claim', irm: 'verdict', dispute: 'dispute' },
		defaultState: 'claim'
	}
} as const satisfies Record<string, EmbedAlias>;

export type EmbedChartId = ChartId | keyof typeof EMBED_ALIASES;
/** Every chart id an embed URL may carry: the charts and the retired ids that map to one. */
export const EMBED_CHART_IDS = [...CHART_IDS, ...Object.keys(EMBED_ALIASES)] as EmbedChartId[];

export function isChartId(id: string): id is ChartId {
	return Object.hasOwn(CHARTS, id);
}

export function isEmbedChartId(id: string): id is EmbedChartId {
	return isChartId(id) || Object.hasOwn(EMBED_ALIASES, id);
}

/** The chart an embed id draws. */
export function resolveEmbedChart(id: EmbedChartId): ChartId {
	return isChartId(id) ? id : EMBED_ALIASES[id].chart;
}

/** Any chart's state list. */
export function chartStates(chart: ChartId): readonly string[] {
	return CHARTS[chart].states;
}

/** A chart's component, typed for the one renderer that passes each chart its own data. */
export function chartComponent(
	chart: ChartId
): Component<ChartRenderProps<unknown> & Record<string, unknown>> {
	return CHARTS[chart].component as Component<ChartRenderProps<unknown> & Record<string, unknown>>;
}
