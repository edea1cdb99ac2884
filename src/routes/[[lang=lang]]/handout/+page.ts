import { handoutDrawings } from '$lib/present/drawings';
import type { PageLoad } from './$types';

/** The printed charts as SVG drawn at build time, in the HTML only (null in the browser). */
export const load: PageLoad = async ({ data }) => ({
	...data,
	drawings: await handoutDrawings(data.story.steps, data.story.locale)
});
