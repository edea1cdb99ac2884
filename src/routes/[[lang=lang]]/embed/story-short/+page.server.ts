import { siteUrlFromEnv } from '$lib/embed/build';
import { editionEntries, localeOf } from '$lib/paths';
import { buildStory, storyText } from '$lib/story/build';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionEntries;

/** Build time only: the story, of which the short embed shows the key states. */
export const load: PageServerLoad = ({ params }) => ({
	story: storyText(buildStory(localeOf(params))),
	siteUrl: siteUrlFromEnv()
});
