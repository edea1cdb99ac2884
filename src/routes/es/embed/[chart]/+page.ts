import { chartDrawing } from '$lib/story/static';
import type { PageLoad } from './$types';

/** The default step's drawing goes into the HTML only; the browser adopts it. */
export const load: PageLoad = async ({ data }) => {
	const { page } = data;
	const state = page.steps.find((s) => s.id === page.defaultStep)!.state;
	return {
		...data,
		drawing: await chartDrawing(page.chart, state, page.locale, `embed-${page.chart}`)
	};
};
