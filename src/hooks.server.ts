import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { paintFirst } from '$lib/boot';
import { localeOf } from '$lib/paths';

/**
 * Pages that show their first screen without JavaScript (the story and its embeds; the slides,
 * whose title slide the server draws for every screen, see present/poster.ts), both editions:
 * their scripts wait for the first paint (see $lib/boot).
 */
const PAINT_FIRST_ROUTES = new Set([
	'/[[lang=lang]]',
	'/[[lang=lang]]/present',
	'/[[lang=lang]]/embed/[chart]',
	'/[[lang=lang]]/embed/story',
	'/[[lang=lang]]/embed/story-short'
]);

/** `<html lang>` per page; prerendered pages that read without scripts load them after painting. */
export const handle: Handle = ({ event, resolve }) => {
	const page = (html: string) => html.replace('%lang%', localeOf(event.params));
	if (!building || !PAINT_FIRST_ROUTES.has(event.route.id ?? '')) {
		return resolve(event, { transformPageChunk: ({ html }) => page(html) });
	}
	const boot = paintFirst(event.url.pathname);
	return resolve(event, {
		preload: boot.preload,
		transformPageChunk: ({ html }) => boot.defer(page(html))
	});
};
