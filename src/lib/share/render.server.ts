/**
 * Build time only: the files sharing and reuse need, drawn from the same SVG the story draws
 * (renderArtboard): each step's social card as a PNG, and each chart state's SVG, PNG (2×) and CSV.
 * Called by prerendered endpoints, so `npm run build` writes them and a failure names the file.
 */
import { chartsData, type ChartId } from '$lib/charts/registry';
import { renderArtboard } from '$lib/charts/artboards/render';
import { loadDataset } from '$lib/data/load';
import type { Locale } from '$lib/format/dates';
import { UI } from '$lib/i18n/ui';
import { CARD, cardSvg, figureSvg, type Box } from './compose';
import { frameWords, story, type DownloadFormat } from './build';
import { svgToPng } from './png.server';
import { SHARE_STRINGS } from './strings';
import { chartTable, toCsv } from './tables';

/** A desktop artboard: the chart as wide screens show it, 13 px labels and all, with little empty room. */
export const SHARE_BOARD: Box = { width: 640, height: 420 };

/** A step's social card (1200×630 PNG): its chart in that state and its takeaway title. */
export function cardPng(locale: Locale, chart: ChartId, state: string, siteUrl: string | null) {
	const drawing = renderArtboard(chart, state, SHARE_BOARD, locale, `card-${chart}`);
	const svg = cardSvg(drawing, SHARE_BOARD, frameWords(locale, chart, state, siteUrl), locale);
	const png = svgToPng(svg, 1, `card ${locale}/${chart}-${state}`);
	return { png, size: CARD };
}

/** One chart state as a figure: title, drawing, source line and credit drawn in. */
export function figure(locale: Locale, chart: ChartId, state: string, siteUrl: string | null) {
	const drawing = renderArtboard(chart, state, SHARE_BOARD, locale, `dl-${chart}`);
	return figureSvg(drawing, SHARE_BOARD, frameWords(locale, chart, state, siteUrl), locale);
}

/** The body of one download file. */
export function downloadFile(
	locale: Locale,
	chart: ChartId,
	state: string,
	ext: DownloadFormat,
	siteUrl: string | null
): { body: string | Uint8Array<ArrayBuffer>; type: string } {
	const where = `downloads/${locale}/${chart}-${state}.${ext}`;
	if (ext === 'svg')
		return { body: figure(locale, chart, state, siteUrl).svg, type: 'image/svg+xml' };
	if (ext === 'png')
		return {
			body: svgToPng(figure(locale, chart, state, siteUrl).svg, 2, where),
			type: 'image/png'
		};
	const t = SHARE_STRINGS[locale];
	const table = chartTable(chart, state, chartsData(loadDataset(), locale), loadDataset(), locale);
	const comments = [
		t.csvFrom(story(locale).copy.headline),
		t.csvWhat(UI[locale].chartTitles[chart], frameWords(locale, chart, state, siteUrl).title),
		...(siteUrl ? [siteUrl + '/'] : [])
	];
	return { body: toCsv(table, comments, locale), type: 'text/csv; charset=utf-8' };
}
