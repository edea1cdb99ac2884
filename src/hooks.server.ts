import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { paintFirst } from '$lib/boot';

/** The story editions' routes, whose scripts wait for the first paint (see $lib/boot). */
const STORY_ROUTES = new Set(['/', '/es']);

/** `<html lang>` per page; prerendered story pages load their scripts after the first paint. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = /\/es(\/|$)/.test(event.url.pathname) ? 'es' : 'en';
	const page = (html: string) => html.replace('%lang%', lang);
	if (!building || !STORY_ROUTES.has(event.route.id ?? '')) {
		return resolve(event, { transformPageChunk: ({ html }) => page(html) });
	}
	const boot = paintFirst(event.url.pathname);
	return resolve(event, {
		preload: boot.preload,
		transformPageChunk: ({ html }) => boot.defer(page(html))
	});
};
