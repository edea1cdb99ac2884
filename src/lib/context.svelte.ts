/**
 * What any component of a page may need without it being handed down: the page's language, its
 * interface words and its numbered sources. Set once per page, by the route's +page.svelte (or by
 * the server render of a prerendered part, see story/static-parts.ts); read with getPageContext().
 * The charts (src/lib/charts/) take what they need as props and do not read it.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { Locale } from '$lib/format/dates';
import { UI, type UiStrings } from '$lib/i18n/ui';

/** A numbered source as the pages list them. */
export interface NumberedSource {
	id: string;
	n: number;
	title: string;
}

export interface SourceLookup {
	/** Position of each source in the numbered source list, by id. */
	index: ReadonlyMap<string, number>;
	/** Title of each source, by id, for links' tooltips. */
	titles: ReadonlyMap<string, string>;
}

export interface PageContext {
	readonly locale: Locale;
	readonly ui: UiStrings;
	readonly sources: SourceLookup;
}

export interface PageInput {
	locale: Locale;
	sources: readonly NumberedSource[];
}

const KEY = Symbol('page');

/* eslint-disable svelte/prefer-svelte-reactivity -- lookups built once and never changed */

/** The context for a page in `locale` citing `sources`. */
export function pageContext({ locale, sources }: PageInput): PageContext {
	return {
		locale,
		ui: UI[locale],
		sources: {
			index: new Map(sources.map((s) => [s.id, s.n])),
			titles: new Map(sources.map((s) => [s.id, s.title]))
		}
	};
}

/* eslint-enable svelte/prefer-svelte-reactivity */

/** In a page component's script: sets the context, kept in step with the page's data. */
export function setPageContext(read: () => PageInput): PageContext {
	const current = $derived(pageContext(read()));
	return setContext(KEY, {
		get locale() {
			return current.locale;
		},
		get ui() {
			return current.ui;
		},
		get sources() {
			return current.sources;
		}
	});
}

export function hasPageContext(): boolean {
	return hasContext(KEY);
}

/** In a component's script: the page's context (read its fields where they are used). */
export function getPageContext(): PageContext {
	if (!hasContext(KEY)) {
		throw new Error("getPageContext(): no page context; the route's +page.svelte sets it");
	}
	return getContext<PageContext>(KEY);
}

/** For svelte/server's render(): the context a page would have set. */
export function contextFor(input: PageInput): Map<symbol, PageContext> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- handed to render(), never changed
	return new Map([[KEY, pageContext(input)]]);
}
