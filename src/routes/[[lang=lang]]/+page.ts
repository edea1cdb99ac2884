import { staticParts } from '$lib/story/static';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	parts: await staticParts(data.story.locale)
});
