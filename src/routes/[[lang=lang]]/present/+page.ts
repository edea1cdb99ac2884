import { presentParts } from '$lib/present/parts';
import type { PageLoad } from './$types';

/** On the server, the slides' build-time HTML: the poster and the handout's pages (null in the browser). */
export const load: PageLoad = async ({ data }) => ({
	...data,
	parts: await presentParts(data.story.locale)
});
