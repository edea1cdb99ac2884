/**
 * The only code that knows about scrolling. Scrollama's IntersectionObservers report the step
 * that crosses the trigger line; after a fast fling, one check when scrolling ends settles on the
 * step actually under the line, so the story always ends in the right state.
 */
import scrollama from 'scrollama';

export interface ObserveOptions {
	/** Trigger line as a share of the viewport height, from the top (tenths, as Scrollama takes). */
	offset?: scrollama.DecimalType;
	/** Called with the id of the step that became active (only when it changes). */
	onstep: (id: string) => void;
}

/** The step whose box holds the trigger line, or the last one above it. */
export function stepAtLine(root: ParentNode, lineY: number): string | null {
	let found: string | null = null;
	for (const el of root.querySelectorAll<HTMLElement>('[data-step]')) {
		if (el.getBoundingClientRect().top <= lineY) found = el.dataset.step ?? found;
		else break;
	}
	return found;
}

/** Start observing `[data-step]` elements under `root`; returns the cleanup. */
export function observeSteps(
	root: HTMLElement,
	{ offset = 0.6, onstep }: ObserveOptions
): () => void {
	let current: string | null = null;
	const report = (id: string | null) => {
		if (id && id !== current) {
			current = id;
			onstep(id);
		}
	};
	const scroller = scrollama();
	scroller
		.setup({ step: Array.from(root.querySelectorAll<HTMLElement>('[data-step]')), offset })
		.onStepEnter(({ element }) => report((element as HTMLElement).dataset.step ?? null));
	const settle = () => report(stepAtLine(root, window.innerHeight * offset));
	window.addEventListener('scrollend', settle, { passive: true });
	return () => {
		window.removeEventListener('scrollend', settle);
		scroller.destroy();
	};
}
