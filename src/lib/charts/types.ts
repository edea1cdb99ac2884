/** The contract between the story page and its charts. */
import type { CHARTS } from './registry';

export type { ChartId } from './registry';
/** Build time and tests only (it loads the registry): every chart id. */
export { CHART_IDS } from './registry';

/** The state ids of one chart, as its registry entry declares them. */
export type ChartState<C extends keyof typeof CHARTS> = (typeof CHARTS)[C]['states'][number];

/** What every chart component receives. Charts never scroll, measure the page or read the URL. */
export interface ChartProps<Data> {
	/** Build-time data, already reduced to what this chart draws. */
	data: Data;
	/** The state to show: one of the chart's state ids. */
	state: string;
	/** When false, jump straight to the state (first paint, deep link, reduced motion). */
	animate: boolean;
}
