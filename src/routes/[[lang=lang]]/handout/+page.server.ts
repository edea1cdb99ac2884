import { editionEntries, localeOf } from '$lib/paths';
import { buildStory, storyText } from '$lib/story/build';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionEntries;

/** Build time only: the same steps and copy as the story (charts come as artboards), for the handout. */
export const load: PageServerLoad = ({ params }) => ({
	story: storyText(buildStory(localeOf(params)))
});
