import { editionEntries, localeOf } from '$lib/paths';
import { buildStory, storyShell } from '$lib/story/build';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionEntries;

/** Build time only: data/ and the edition's copy, checked together and reduced to what the page draws. */
export const load: PageServerLoad = ({ params }) => ({
	story: storyShell(buildStory(localeOf(params))),
	siteUrl: process.env.SITE_URL?.replace(/\/+$/, '') || null
});
