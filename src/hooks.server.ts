import type { Handle } from '@sveltejs/kit';
import { deferBoot } from '$lib/boot';

/** The story editions' routes, whose scripts wait for the first paint (see $lib/boot). */
const STORY_ROUTES = new Set(['/', '/es']);

/** `<html lang>` per route: the Spanish edition lives under /es/. */
export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname;
	const lang = /\/es(\/|$)/.test(path) ? 'es' : 'en';
	const story = STORY_ROUTES.has(event.route.id ?? '');
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			return story ? deferBoot(page, path) : page;
		}
	});
};
