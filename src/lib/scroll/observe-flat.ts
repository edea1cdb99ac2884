/**
 * Scrolling for the flat sequence (the whole-story embed): the step in view is the one showing the
 * most of itself on screen. Inside an auto-height iframe the page never scrolls; the reader scrolls
 * the parent page. An IntersectionObserver with the implicit root measures against the top-level
 * viewport even from a cross-origin iframe, so that is all this uses (rootMargin is ignored there,
 * hence no trigger line: visible heights instead).
 */

/** Ratios at which the observer reports, so visible heights stay current while scrolling. */
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

/** The id with the largest visible height (the earliest on a tie), or null if none shows. */
export function mostVisible(
	order: readonly string[],
	visible: ReadonlyMap<string, number>
): string | null {
	let best: string | null = null;
	let bestPx = 0;
	for (const id of order) {
		const px = visible.get(id) ?? 0;
		if (px > bestPx) {
			best = id;
			bestPx = px;
		}
	}
	return best;
}

/**
 * Observe `[data-step]` elements under `root`; `onstep` gets the step in view whenever it changes
 * (it keeps the last one while nothing of the story shows). Returns the cleanup.
 */
export function observeFlatSteps(
	root: HTMLElement,
	{ onstep }: { onstep: (id: string) => void }
): () => void {
	const elements = Array.from(root.querySelectorAll<HTMLElement>('[data-step]'));
	const order = elements.map((el) => el.dataset.step ?? '');
	const visible = new Map<string, number>();
	let current: string | null = null;
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				const id = (entry.target as HTMLElement).dataset.step ?? '';
				visible.set(id, entry.isIntersecting ? entry.intersectionRect.height : 0);
			}
			const id = mostVisible(order, visible);
			if (id && id !== current) {
				current = id;
				onstep(id);
			}
		},
		{ threshold: THRESHOLDS }
	);
	for (const el of elements) observer.observe(el);
	return () => observer.disconnect();
}
