import { siteUrlFromEnv } from '$lib/embed/build';
import { buildStory } from '$lib/story/build';
import type { PageServerLoad } from './$types';

/** Build time only: the whole story, as the story page gets it. */
export const load: PageServerLoad = () => ({ story: buildStory('en'), siteUrl: siteUrlFromEnv() });
