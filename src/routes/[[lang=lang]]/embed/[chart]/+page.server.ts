import { error } from '@sveltejs/kit';
import { isEmbedChartId } from '$lib/charts/registry';
import { buildChartEmbed, chartEntries, siteUrlFromEnv } from '$lib/embed/build';
import { localeOf } from '$lib/paths';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every chart gets its own prerendered embed page, in each language. */
export const entries: EntryGenerator = chartEntries;

/** Build time only: this chart's data, steps and sources, nothing else of the story. */
export const load: PageServerLoad = ({ params }) => {
	if (!isEmbedChartId(params.chart)) error(404, `No chart "${params.chart}"`);
	return { page: buildChartEmbed(localeOf(params), params.chart), siteUrl: siteUrlFromEnv() };
};
