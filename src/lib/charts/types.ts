/** The contract between the story page and its charts. */

export const CHART_IDS = ['timeline', 'flow', 'completion', 'cycles', 'membership'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** What every chart component receives. Charts never scroll, measure the page or read the URL. */
export interface ChartProps<Data> {
	/** Build-time data, already reduced to what this chart draws. */
	data: Data;
	/** The state to show: one of the chart's state ids. */
	state: string;
	/** When false, jump straight to the state (first paint, deep link, reduced motion). */
	animate: boolean;
}
