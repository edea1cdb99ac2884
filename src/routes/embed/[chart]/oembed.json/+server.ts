import { error, json } from '@sveltejs/kit';
import { EMBED_CHART_IDS, isEmbedChartId } from '$lib/charts/registry';
import { buildOEmbed } from '$lib/embed/build';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => EMBED_CHART_IDS.map((chart) => ({ chart }));

/** The static oEmbed file next to each chart's embed page. */
export const GET: RequestHandler = ({ params, url }) => {
	if (!isEmbedChartId(params.chart)) error(404, `No chart "${params.chart}"`);
	return json(buildOEmbed('en', params.chart, url));
};
