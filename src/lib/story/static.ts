/**
 * What the story page carries as prerendered HTML only (see static-parts.ts): made on the server,
 * null in the browser, where the page adopts the server's HTML without re-rendering it.
 */
import type { Locale } from '$lib/format/dates';

export interface StaticParts {
	/** Each section's first chart state, by section id. */
	drawings: Record<string, string>;
	intro: string;
	/** Each step card's text, by step id. */
	cards: Record<string, string>;
	/** Findings, methods, citation and sources. */
	end: string;
}

export async function staticParts(locale: Locale): Promise<StaticParts | null> {
	if (!import.meta.env.SSR) return null;
	const { renderStaticParts } = await import('./static-parts');
	return renderStaticParts(locale);
}
