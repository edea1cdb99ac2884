/**
 * The code an embedder copies: an iframe with our sizing script, the pym.js variant, and the
 * plain link. Pure, so what newsrooms paste is unit-tested.
 */
import type { Locale } from '$lib/format/dates';
import { EMBED_EDITIONS, embedPath, type EmbedName } from './editions';

/** The attribute embed.js looks for on iframes (besides a src below its own folder). */
export const EMBED_ATTRIBUTE = 'data-ogp-embed';

/** Height of the frame before (or without) any script sizing it: fits a chart on most screens. */
export const FALLBACK_HEIGHT_PX: Record<'chart' | 'story', number> = { chart: 800, story: 22000 };

export interface EmbedTarget {
	/** URL of the site root, ending in "/": absolute for code to paste, or a path for oEmbed without SITE_URL. */
	siteRoot: string;
	name: EmbedName;
	/** Language of the page the reader is on. */
	locale: Locale;
	/** Step to preset (single-chart embeds), or null. */
	step: string | null;
	/** Accessible name of the iframe. */
	title: string;
}

export interface EmbedCode {
	url: string;
	iframe: string;
	pym: string;
}

const escapeAttr = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A JS string literal that is also safe inside an HTML <script>. */
const jsString = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

/**
 * The embed's URL: the page in the reader's language when that edition is published, else the
 * English page with `lang=` so it switches by itself once the edition exists.
 */
export function embedUrl({ siteRoot, name, locale, step }: EmbedTarget): string {
	const published = EMBED_EDITIONS.includes(locale);
	const params = new URLSearchParams();
	if (step) params.set('step', step);
	if (!published) params.set('lang', locale);
	const query = params.toString();
	return `${siteRoot}${embedPath(published ? locale : 'en', name)}${query ? `?${query}` : ''}`;
}

export function embedCode(target: EmbedTarget): EmbedCode {
	const url = embedUrl(target);
	const script = `${target.siteRoot}embed.js`;
	const height = FALLBACK_HEIGHT_PX[target.name === 'story' ? 'story' : 'chart'];
	const iframe =
		`<iframe src="${escapeAttr(url)}" title="${escapeAttr(target.title)}" ${EMBED_ATTRIBUTE} ` +
		`width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>\n` +
		`<script src="${escapeAttr(script)}" async></script>`;
	const id = `ogp-embed-${target.name}`;
	const pym =
		`<div id="${id}"></div>\n` +
		`<script>new pym.Parent(${jsString(id)}, ${jsString(url)}, { title: ${jsString(target.title)} });</script>`;
	return { url, iframe, pym };
}

/** The step that puts a chart in a state (each chart state belongs to one step), or null. */
export function stepForState(
	steps: readonly { id: string; chart: string; state: string }[],
	chart: string,
	state: string
): string | null {
	return steps.find((s) => s.chart === chart && s.state === state)?.id ?? null;
}
