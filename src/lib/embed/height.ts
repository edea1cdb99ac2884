/**
 * Auto-height: the embed tells its parent page how tall it is, in the formats CMSs already
 * listen for, and nothing else.
 *   pym.js:       "pym" xPYMx <childId> xPYMx "height" xPYMx <pixels>
 *   Datawrapper:  { "datawrapper-height": { "<childId>": <pixels> } }
 * Changes (from a ResizeObserver) are coalesced to at most one report per animation frame, and
 * only a changed height is sent. The only messages listened to are pym's own parent messages
 * ("width"), checked against the exact format; they are answered with the current height.
 */

export const PYM_DELIMITER = 'xPYMx';
/** Heights outside this range are not a real page: never sent, never accepted by embed.js. */
export const MAX_HEIGHT_PX = 200_000;

export function pymMessage(childId: string, type: string, value: string | number): string {
	return ['pym', childId, type, String(value)].join(PYM_DELIMITER);
}

export function datawrapperMessage(
	childId: string,
	px: number
): { 'datawrapper-height': Record<string, number> } {
	return { 'datawrapper-height': { [childId]: px } };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pym.js parent's "width" message addressed to this child, or null for anything else
 * (other ids, other types, objects, malformed numbers).
 */
export function parsePymWidth(data: unknown, childId: string): number | null {
	if (typeof data !== 'string' || data.length > 200) return null;
	const d = PYM_DELIMITER;
	const match = new RegExp(`^pym${d}${escapeRegExp(childId)}${d}width${d}(\\d{1,6})$`).exec(data);
	return match ? Number(match[1]) : null;
}

/** Height of the page's content in CSS pixels (not the viewport's: that would never shrink). */
export function contentHeight(doc: Document): number {
	return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

export interface ReporterDeps {
	measure: () => number;
	post: (message: unknown) => void;
	requestFrame: (callback: () => void) => number;
	cancelFrame: (handle: number) => void;
}

/** The reporting logic without the DOM, so coalescing and de-duplication are unit-testable. */
export function createHeightReporter(childId: string, deps: ReporterDeps) {
	let last = -1;
	let frame: number | null = null;

	function send(force: boolean) {
		const px = deps.measure();
		if (!Number.isFinite(px) || px <= 0 || px > MAX_HEIGHT_PX) return;
		if (px === last && !force) return;
		last = px;
		deps.post(pymMessage(childId, 'height', px));
		deps.post(datawrapperMessage(childId, px));
	}

	return {
		/** Something may have changed size: report once, on the next frame. */
		schedule() {
			if (frame !== null) return;
			frame = deps.requestFrame(() => {
				frame = null;
				send(false);
			});
		},
		/** Report now (first load, or a parent asking): the height even if unchanged. */
		sendNow() {
			send(true);
		},
		/** A message from the parent: answer pym's width messages, ignore everything else. */
		receive(data: unknown) {
			if (parsePymWidth(data, childId) !== null) send(true);
		},
		stop() {
			if (frame !== null) deps.cancelFrame(frame);
			frame = null;
		}
	};
}

/**
 * Start reporting this window's height to its parent (no-op when not framed). Returns the cleanup.
 */
export function reportHeight(win: Window, childId: string): () => void {
	if (win.parent === win) return () => {};
	const doc = win.document;
	const reporter = createHeightReporter(childId, {
		measure: () => contentHeight(doc),
		// Sizes only, so any parent may read them: the embedding page's origin is not known.
		post: (message) => win.parent.postMessage(message, '*'),
		requestFrame: (cb) => win.requestAnimationFrame(cb),
		cancelFrame: (h) => win.cancelAnimationFrame(h)
	});
	const onMessage = (event: MessageEvent) => {
		if (event.source === win.parent) reporter.receive(event.data);
	};
	const schedule = () => reporter.schedule();
	const observer = new ResizeObserver(schedule);
	observer.observe(doc.documentElement);
	observer.observe(doc.body);
	win.addEventListener('message', onMessage);
	win.addEventListener('load', schedule);
	// Text reflows when the web fonts arrive; offscreen frames may not run the observer until seen.
	doc.fonts?.ready.then(schedule, () => {});
	reporter.sendNow();
	return () => {
		observer.disconnect();
		win.removeEventListener('message', onMessage);
		win.removeEventListener('load', schedule);
		reporter.stop();
	};
}
