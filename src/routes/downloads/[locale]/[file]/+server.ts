/**
 * Prerendered downloads: every chart state as SVG, PNG (2×) and CSV, in each language
 * (downloads/<locale>/<chart>-<state>.<ext>), linked under the charts in the story and the embeds.
 */
import { error } from '@sveltejs/kit';
import { siteUrlFromEnv } from '$lib/embed/build';
import { downloadEntries, parseDownload } from '$lib/share/build';
import { downloadFile } from '$lib/share/render.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = downloadEntries;

export const GET: RequestHandler = ({ params }) => {
	const { locale, file } = params;
	const d = parseDownload(file);
	if ((locale !== 'en' && locale !== 'es') || !d) error(404, `No download ${locale}/${file}`);
	const { body, type } = downloadFile(locale, d.chart, d.state, d.ext, siteUrlFromEnv());
	return new Response(body, { headers: { 'content-type': type } });
};
