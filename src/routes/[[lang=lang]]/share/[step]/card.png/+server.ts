import { error } from '@sveltejs/kit';
import { siteUrlFromEnv } from '$lib/embed/build';
import { localeOf } from '$lib/paths';
import { findStep, shareEntries } from '$lib/share/build';
import { cardPng } from '$lib/share/render.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = shareEntries;

/** The step's social card: its chart in that state with its takeaway title (1200×630). */
export const GET: RequestHandler = ({ params }) => {
	const locale = localeOf(params);
	const step = findStep(locale, params.step);
	if (!step) error(404, `No step "${params.step}"`);
	const { png } = cardPng(locale, step.chart, step.state, siteUrlFromEnv());
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
