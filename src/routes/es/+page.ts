import { firstDrawings } from '$lib/story/drawings';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	drawings: await firstDrawings(data.story)
});
