import { error } from '@sveltejs/kit';
import { CHART_IDS } from '$lib/charts/types';
import { buildChartEmbed, isChartId, siteUrlFromEnv } from '$lib/embed/build';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every chart gets its own prerendered embed page. */
export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

/** Build time only: this chart's data, steps and sources, nothing else of the story. */
export const load: PageServerLoad = ({ params }) => {
	if (!isChartId(params.chart)) error(404, `No chart "${params.chart}"`);
	return { page: buildChartEmbed('es', params.chart), siteUrl: siteUrlFromEnv() };
};
