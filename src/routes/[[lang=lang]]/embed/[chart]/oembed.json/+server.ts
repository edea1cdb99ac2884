import { error, json } from '@sveltejs/kit';
import { isEmbedChartId } from '$lib/charts/registry';
import { buildOEmbed, chartEntries } from '$lib/embed/build';
import { localeOf } from '$lib/paths';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = chartEntries;

/** The static oEmbed file next to each chart's embed page. */
export const GET: RequestHandler = ({ params, url }) => {
	if (!isEmbedChartId(params.chart)) error(404, `No chart "${params.chart}"`);
	return json(buildOEmbed(localeOf(params), params.chart, url));
};
