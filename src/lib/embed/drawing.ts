/**
 * A single-chart embed's universal load: its default step's drawing goes into the HTML only (made
 * on the server); in the browser it is null and the page adopts the server's SVG.
 */
import { chartDrawing } from '$lib/story/static';
import type { ChartEmbedPage } from './build';

export async function withDrawing<D extends { page: ChartEmbedPage }>(data: D) {
	const { page } = data;
	const state = page.steps.find((s) => s.id === page.defaultStep)!.state;
	const drawing = await chartDrawing(page.chart, state, page.locale, `embed-${page.chart}`);
	return { ...data, drawing };
}
