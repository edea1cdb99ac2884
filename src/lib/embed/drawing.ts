/**
 * A single-chart embed's universal load: its default step's drawing goes into the HTML only (made
 * on the server); in the browser it is null and the page adopts the server's SVG.
 */
import { chartDrawing, stepDrawings } from '$lib/story/static';
import type { ChartEmbedPage } from './build';
import type { StoryStep } from '$lib/story/build';
import type { Locale } from '$lib/format/dates';

export async function withDrawing<D extends { page: ChartEmbedPage }>(data: D) {
	const { page } = data;
	const state = page.steps.find((s) => s.id === page.defaultStep)!.state;
	const drawing = await chartDrawing(page.chart, state, page.locale, `embed-${page.chart}`);
	return { ...data, drawing };
}

/**
 * The whole-story embeds' universal load: each step's chart in its state on the nominal board,
 * drawn into the HTML only (null in the browser), with the ids FlatStory's figures use.
 */
export async function withStepDrawings<D extends { story: { steps: StoryStep[]; locale: Locale } }>(
	data: D
) {
	const { steps, locale } = data.story;
	const drawings = await stepDrawings(steps, locale);
	return { ...data, drawings };
}
