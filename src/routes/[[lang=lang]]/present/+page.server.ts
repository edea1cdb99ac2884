import { editionEntries, localeOf } from '$lib/paths';
import { buildStory, deckText, storyText } from '$lib/story/build';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionEntries;

/** Build time only: the story's steps and the words the slides show (charts come as artboards). */
export const load: PageServerLoad = ({ params }) => ({
	story: deckText(storyText(buildStory(localeOf(params))))
});
