/**
 * Where each pinned figure lets go: a scrolly section's figure track ends where its last card
 * begins (`--tail` on the track, the distance from that card's top to the end of the card list),
 * so the last card rides up beneath the figure instead of sliding under it.
 *
 * One ResizeObserver serves every section and reads every section before it writes any, and it
 * writes on the track alone, whose `--tail` is registered as not inherited: written on the
 * section, one observer per section, each write restyled the whole section and the next read
 * (the next section's, or the scroller's own) laid the page out again, a task of 50–70 ms at
 * 4× CPU just after hydration.
 */

interface Pinned {
	track: HTMLElement;
	list: HTMLElement;
	last: HTMLElement;
	tail: number | null;
}

const pinned = new Map<Element, Pinned>();
let observer: ResizeObserver | null = null;

/** The track's end below the last card's top, in CSS pixels. */
export function tailLength(listHeight: number, lastTop: number): number {
	return Math.max(0, Math.round(listHeight - lastTop));
}

function measure(entries: readonly ResizeObserverEntry[]): void {
	const changed: [Pinned, number][] = [];
	// Reads first: the layout is clean when the observer reports, so none of them lays out again.
	for (const entry of entries) {
		const p = pinned.get(entry.target);
		if (!p) continue;
		const tail = tailLength(p.list.offsetHeight, p.last.offsetTop);
		if (tail !== p.tail) changed.push([p, tail]);
	}
	for (const [p, tail] of changed) {
		p.tail = tail;
		p.track.style.setProperty('--tail', `${tail}px`);
	}
}

/** Keeps `track`'s `--tail` in step with its card list; returns the cleanup. */
export function pinUntilLastCard(track: HTMLElement, list: HTMLElement, last: HTMLElement) {
	observer ??= new ResizeObserver(measure);
	pinned.set(list, { track, list, last, tail: null });
	observer.observe(list);
	return () => {
		observer?.unobserve(list);
		pinned.delete(list);
		if (pinned.size === 0) {
			observer?.disconnect();
			observer = null;
		}
	};
}
