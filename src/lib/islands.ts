/**
 * Islands: parts of a page rendered on the server on their own and hydrated one task each after
 * the page, so no single task hydrates everything. The story's seven sections (Story.svelte),
 * hydrated with the page, made one task of about 140 ms at 4× CPU, which a phone spends
 * unresponsive just after the story appears; one at a time, none takes 20. The slides' printable
 * handout pages (Presentation.svelte) come alive the same way.
 */

import { hydrate, unmount, type Component } from 'svelte';

/** The element an island's server render sits in, holding the island's id. */
export const ISLAND_ATTRIBUTE = 'data-island';

/**
 * The order sections come alive in: the one the reader opened first (a deep link), then the
 * others in reading order.
 */
export function islandOrder(ids: readonly string[], first: string | null): string[] {
	if (first === null || !ids.includes(first)) return [...ids];
	return [first, ...ids.filter((id) => id !== first)];
}

/**
 * Runs `hydrateOne` for each id, each in a task of its own, starting in the next task. Returns
 * the cleanup, which stops what has not run yet and undoes what has.
 */
export function hydrateInTurn(ids: readonly string[], hydrateOne: (id: string) => () => void) {
	const undo: (() => void)[] = [];
	let next = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const step = () => {
		const id = ids[next++];
		if (id === undefined) return;
		undo.push(hydrateOne(id));
		timer = setTimeout(step);
	};
	timer = setTimeout(step);
	return () => {
		clearTimeout(timer);
		for (const u of undo.reverse()) u();
	};
}

/**
 * Hydrates `component` on the island `id` under `root` with `props` and the page's `context`;
 * returns the cleanup. A missing island is reported (`missing` says what the reader loses) and
 * its server HTML, if any, stays as it is.
 */
export function hydrateIsland<P extends Record<string, unknown>>(
	root: ParentNode,
	id: string,
	component: Component<P>,
	{ props, context, missing }: { props: P; context: Map<unknown, unknown>; missing: string }
): () => void {
	const target = root.querySelector<HTMLElement>(`[${ISLAND_ATTRIBUTE}="${CSS.escape(id)}"]`);
	if (!target) {
		console.error(`Island "${id}" is missing from the page: ${missing}`);
		return () => {};
	}
	const live = hydrate(component, { target, props, context });
	return () => void unmount(live);
}
