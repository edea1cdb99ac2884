/**
 * oEmbed (https://oembed.com) for each embed page: a static JSON file next to the page, found
 * through a discovery link in its head. Its `html` is the same code the Embed dialog gives.
 */
import type { Locale } from '$lib/format/dates';
import type { EmbedName } from './editions';
import { embedCode, FALLBACK_HEIGHT_PX } from './snippets';

/** The file's name, next to each embed page. */
export const OEMBED_FILE = 'oembed.json';
/** Nominal width for consumers that need one; the iframe itself is 100% wide. */
export const OEMBED_WIDTH_PX = 640;

export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
}

/**
 * `siteRoot` ends in "/": absolute (SITE_URL) so consumers can use the code as is, or a path from
 * the server root when SITE_URL is not set.
 */
export function toOEmbed(opts: {
	siteRoot: string;
	name: EmbedName;
	locale: Locale;
	title: string;
	providerName: string;
}): OEmbedRich {
	const code = embedCode({ ...opts, step: null });
	return {
		version: '1.0',
		type: 'rich',
		title: opts.title,
		provider_name: opts.providerName,
		provider_url: opts.siteRoot,
		html: code.iframe,
		width: OEMBED_WIDTH_PX,
		height: FALLBACK_HEIGHT_PX[opts.name === 'story' ? 'story' : 'chart']
	};
}

/** Site root from a prerendered file's URL and its path below the root, e.g. "embed/flow/". */
export function siteRootOf(url: URL, pathBelowRoot: string, siteUrl: string | null): string | null {
	const dir = url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
	if (!dir.endsWith(`/${pathBelowRoot}`)) return null;
	const rootPath = dir.slice(0, dir.length - pathBelowRoot.length);
	return siteUrl ? `${siteUrl}/` : rootPath;
}
