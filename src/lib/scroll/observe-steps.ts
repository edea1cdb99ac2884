/**
 * The only code that knows about scrolling. Scrollama's IntersectionObservers say when a step
 * crosses the trigger line, and the step under the line is then read from the page; one more
 * check when scrolling ends (after a fast fling) and after a resize settles on the step actually
 * under the line, so the story always ends in the right state.
 */
import scrollama from 'scrollama';

export interface ObserveOptions {
	/**
	 * Trigger line as a share of the viewport height, from the top; read again after a resize, as
	 * the layout (and with it the line) changes between phones and wide screens.
	 */
	offset?: () => number;
	/** Called with the id of the step that became active (only when it changes). */
	onstep: (id: string) => void;
}

/**
 * How long the layout must stay still after a resize before the anchored step is let go; long
 * enough for a window being dragged or a phone turning, short enough that a reader never waits.
 */
export const LAYOUT_QUIET_MS = 400;

/**
 * How long the page must stay still after a `scrollend` before the step under the line is read.
 * Browsers fire `scrollend` after every wheel notch, key press and programmatic jump, not only at
 * the end of a fling; reading every step's box each time forced a layout in frames of a scroll.
 */
export const SCROLL_QUIET_MS = 100;

/**
 * What Scrollama is told it scrolls in. Scrollama tracks the scroll's direction on every `scroll`
 * event of the document by reading its container's `scrollTop`, or `window.pageYOffset` without
 * one, and either read makes the browser bring style and layout up to date inside the event: while
 * a chart moves, every frame of a scroll computed the page's style twice (3–5 ms a frame at 4×
 * CPU, up to 27 ms in the frame after a step change). The story uses no direction (the step is
 * read from the page, see `settle`), so Scrollama reads a number that never changes. Its
 * IntersectionObservers, which say when a step crosses the line, watch the viewport as before
 * (their root is Scrollama's `root` option, not its container).
 */
export const STILL_CONTAINER = { scrollTop: 0 };

/** Scrollama's options, with the `container` option its own types leave out. */
type SetupOptions = scrollama.ScrollamaOptions & { container?: { scrollTop: number } };

/** The step whose box holds the trigger line, or the last one above it. */
export function stepAtLine(root: ParentNode, lineY: number): string | null {
	let found: string | null = null;
	for (const el of root.querySelectorAll<HTMLElement>('[data-step]')) {
		if (el.getBoundingClientRect().top <= lineY) found = el.dataset.step ?? found;
		else break;
	}
	return found;
}

/** Scrolls so the step `id` is under the line at `lineY`, if it is not. */
export function keepUnderLine(root: ParentNode, id: string, lineY: number): void {
	const el = root.querySelector<HTMLElement>(`[data-step="${CSS.escape(id)}"]`);
	if (!el) return;
	const { top, bottom } = el.getBoundingClientRect();
	if (top <= lineY && bottom > lineY) return;
	window.scrollBy({ top: top - lineY + 1, behavior: 'instant' });
}

/** Start observing `[data-step]` elements under `root`; returns the cleanup. */
export function observeSteps(
	root: HTMLElement,
	{ offset: lineShare = () => 0.6, onstep }: ObserveOptions
): () => void {
	let offset = lineShare();
	let current: string | null = null;
	const report = (id: string | null) => {
		if (id && id !== current) {
			current = id;
			onstep(id);
		}
	};
	// Scrollama says when a step crosses the line; which step is under it is read from the page,
	// so its own bookkeeping can never leave the story on a stale step (e.g. after a resize).
	// While the layout is changing under a reader who has not moved (see `anchor` below), what
	// crosses the line is layout, not reading, so it never changes the step.
	let anchor: string | null = null;
	const settle = () => {
		if (!anchor) report(stepAtLine(root, window.innerHeight * offset));
	};
	// A step crossing the line is two of Scrollama's callbacks in one task (one step leaves, the
	// next enters), and the page's updates for the first ran before the second: reading the steps'
	// boxes again then laid the new step's page out inside the task (5–15 ms at 4× CPU), before the
	// frame that lays it out anyway. Both are answered by one reading, in a task of its own.
	let crossing: ReturnType<typeof setTimeout> | undefined;
	const onCross = () => {
		clearTimeout(crossing);
		crossing = setTimeout(settle);
	};
	let scroller = scrollama();
	const setup = () =>
		scroller
			.setup({
				step: Array.from(root.querySelectorAll<HTMLElement>('[data-step]')),
				offset: offset as scrollama.DecimalType,
				container: STILL_CONTAINER
			} satisfies SetupOptions as scrollama.ScrollamaOptions)
			.onStepEnter(onCross)
			.onStepExit(onCross);
	setup();
	let stillTimer: ReturnType<typeof setTimeout> | undefined;
	const onScrollEnd = () => {
		clearTimeout(stillTimer);
		stillTimer = setTimeout(settle, SCROLL_QUIET_MS);
	};
	window.addEventListener('scrollend', onScrollEnd, { passive: true });
	// Scrollama places its trigger line in pixels of the viewport it was set up in: after a resize
	// or a phone's rotation it must measure again, or no step would cross the line any more.
	// The reader keeps their step too: when the page reflows to a new width (a phone turned, a
	// window resized, or a burst of both), the step they were reading is anchored, brought back
	// under the line after every change of layout, and let go once the layout has been still for
	// LAYOUT_QUIET_MS or the reader moves. Height-only changes (a phone's toolbar hiding while
	// the reader scrolls) never move the page.
	let frame = 0;
	let quiet: ReturnType<typeof setTimeout> | undefined;
	let width = window.innerWidth;
	const release = () => {
		clearTimeout(quiet);
		anchor = null;
	};
	const realign = () => {
		const next = lineShare();
		if (next !== offset) {
			offset = next;
			scroller.destroy();
			scroller = scrollama();
			setup();
		} else scroller.resize();
		if (anchor) keepUnderLine(root, anchor, window.innerHeight * offset);
	};
	/** The layout changed: realign in the next frame and hold the anchor a while longer. */
	const onLayout = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(realign);
		if (!anchor) return;
		clearTimeout(quiet);
		quiet = setTimeout(() => {
			release();
			settle();
		}, LAYOUT_QUIET_MS);
	};
	const onResize = () => {
		if (window.innerWidth !== width) anchor ??= current;
		width = window.innerWidth;
		onLayout();
	};
	// The story's height changes after a reflow too (charts drawn for their new boxes, fonts).
	const layout = new ResizeObserver(() => {
		if (anchor) onLayout();
	});
	layout.observe(root);
	// The reader's own hand ends the hold at once: from then on, what crosses the line is reading.
	const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
	for (const type of READER_INPUT) window.addEventListener(type, release, { passive: true });
	window.addEventListener('resize', onResize, { passive: true });
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(crossing);
		release();
		layout.disconnect();
		for (const type of READER_INPUT) window.removeEventListener(type, release);
		clearTimeout(stillTimer);
		window.removeEventListener('scrollend', onScrollEnd);
		window.removeEventListener('resize', onResize);
		scroller.destroy();
	};
}
