import { buildStory, storyShell } from '$lib/story/build';
import type { PageServerLoad } from './$types';

/** Build time only: the Spanish edition, from the same data/ and steps, with copy/es.aml. */
export const load: PageServerLoad = () => ({
	story: storyShell(buildStory('es')),
	siteUrl: process.env.SITE_URL?.replace(/\/+$/, '') || null
});
