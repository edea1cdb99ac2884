import { editionEntries, localeOf } from '$lib/paths';
import { buildStory } from '$lib/story/build';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionEntries;

/** Build time only: the same steps, copy and chart data as the story, for the slides. */
export const load: PageServerLoad = ({ params }) => ({ story: buildStory(localeOf(params)) });
