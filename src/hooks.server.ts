import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { paintFirst } from '$lib/boot';
import { localeOf } from '$lib/paths';

/** The story page (both editions), whose scripts wait for the first paint (see $lib/boot). */
const STORY_ROUTE = '/[[lang=lang]]';

/** `<html lang>` per page; prerendered story pages load their scripts after the first paint. */
export const handle: Handle = ({ event, resolve }) => {
	const page = (html: string) => html.replace('%lang%', localeOf(event.params));
	if (!building || event.route.id !== STORY_ROUTE) {
		return resolve(event, { transformPageChunk: ({ html }) => page(html) });
	}
	const boot = paintFirst(event.url.pathname);
	return resolve(event, {
		preload: boot.preload,
		transformPageChunk: ({ html }) => boot.defer(page(html))
	});
};
