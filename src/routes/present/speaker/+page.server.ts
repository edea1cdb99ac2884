import { buildStory } from '$lib/story/build';
import type { PageServerLoad } from './$types';

/** Build time only: the same steps, copy and chart data as the story, for the speaker view. */
export const load: PageServerLoad = () => ({ story: buildStory('en') });
