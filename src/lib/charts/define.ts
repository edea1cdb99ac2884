/** What a chart declares to join the registry (see registry.ts and the charts README). */
import type { Component } from 'svelte';
import type { Dataset } from '$lib/data/types';
import type { Locale } from '$lib/format/dates';

/** The props every chart component gets from the registry's one renderer. */
export interface ChartRenderProps<Data> {
	data: Data;
	state: string;
	animate: boolean;
	locale: Locale;
	/** Accessible name, from the interface words (ui.chartTitles). */
	label: string;
}

export interface ChartDefinition<Data, State extends string> {
	states: readonly State[];
	defaultState: NoInfer<State>;
	/** Build time: the dataset reduced to what the chart draws, in the page's language. */
	toData: (dataset: Dataset, locale: Locale) => Data;
	/** Build time: the source ids the chart's data rests on, in order of first use, no repeats. */
	sources: (dataset: Dataset) => string[];
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each chart adds its own props
	component: Component<ChartRenderProps<Data> & Record<string, any>>;
	/** Extra props some components still take (their words), by language. */
	extraProps?: (locale: Locale) => Record<string, unknown>;
}

/** Declares a chart; `const` keeps its state ids as literal types for step checking. */
export function defineChart<Data, const State extends string>(
	def: ChartDefinition<Data, State>
): ChartDefinition<Data, State> {
	return def;
}

/** Source ids of several rows, in order of first use, without repeats. */
export function uniqueSources(lists: Iterable<readonly string[]>): string[] {
	return [...new Set([...lists].flat())];
}
