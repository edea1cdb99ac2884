import { handoutIslands } from '$lib/present/drawings';
import type { PageLoad } from './$types';

/** On the server, the printable handout's step pages, each rendered on its own (null in the browser). */
export const load: PageLoad = async ({ data }) => ({
	...data,
	handoutSteps: await handoutIslands(data.story)
});
