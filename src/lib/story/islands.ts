/**
 * The story's sections are hydrated one task each, after the page (see Story.svelte): hydrated
 * with the page, the seven sections made one task of about 140 ms at 4× CPU, which a phone spends
 * unresponsive just after the story appears; one section at a time, none takes 20.
 */

/** The element a section's server render sits in (static-parts.ts), holding its section id. */
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
