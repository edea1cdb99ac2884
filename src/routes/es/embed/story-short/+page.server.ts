import { siteUrlFromEnv } from '$lib/embed/build';
import { buildStory } from '$lib/story/build';
import type { PageServerLoad } from './$types';

/** Build time only: the story, of which the short embed shows the key states. */
export const load: PageServerLoad = () => ({ story: buildStory('es'), siteUrl: siteUrlFromEnv() });
