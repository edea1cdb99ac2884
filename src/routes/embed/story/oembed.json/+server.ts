import { json } from '@sveltejs/kit';
import { buildOEmbed } from '$lib/embed/build';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The static oEmbed file next to the whole-story embed. */
export const GET: RequestHandler = ({ url }) => json(buildOEmbed('en', 'story', url));
