/**
 * Prerendered artboard files: every state of one chart on one artboard, in one language
 * (charts/<locale>/<chart>-<width>x<height>.json). The story fetches the one that fits each chart.
 */
import { error, json } from '@sveltejs/kit';
import { CHART_IDS, type ChartId } from '$lib/charts/registry';
import { parseBoardId } from '$lib/charts/artboards/boards';
import { artboardEntries, artboardFile } from '$lib/charts/artboards/render';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => artboardEntries();

export const GET: RequestHandler = ({ params }) => {
	const { locale, name } = params;
	const m = /^([a-z]+)-(\d+x\d+)$/.exec(name);
	const chart = m?.[1] as ChartId | undefined;
	const board = m ? parseBoardId(m[2]!) : undefined;
	if ((locale !== 'en' && locale !== 'es') || !chart || !CHART_IDS.includes(chart) || !board)
		error(404, `No artboard file ${locale}/${name}.json`);
	return json(artboardFile(chart, board, locale));
};
