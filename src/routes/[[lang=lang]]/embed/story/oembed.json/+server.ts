import { json } from '@sveltejs/kit';
import { buildOEmbed } from '$lib/embed/build';
import { editionEntries, localeOf } from '$lib/paths';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = editionEntries;

/** The static oEmbed file next to the whole-story embed. */
export const GET: RequestHandler = ({ params, url }) =>
	json(buildOEmbed(localeOf(params), 'story', url));
