import { buildStory, storyShell } from '$lib/story/build';
import type { PageServerLoad } from './$types';

/** Build time only: data/ and the copy, checked together and reduced to what the page draws. */
export const load: PageServerLoad = () => ({
	story: storyShell(buildStory('en')),
	siteUrl: process.env.SITE_URL?.replace(/\/+$/, '') || null
});
