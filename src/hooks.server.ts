import type { Handle } from '@sveltejs/kit';

/** `<html lang>` per route: the Spanish edition lives under /es/. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = /\/es(\/|$)/.test(event.url.pathname) ? 'es' : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
