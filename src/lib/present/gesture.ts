/**
 * Touch: a horizontal swipe or a tap on either side of the slide moves it. Pure, so the thresholds
 * are unit-tested; the component only feeds it pointer positions.
 */

/** A swipe must travel at least this far (CSS px), and more sideways than up or down. */
export const SWIPE_MIN_PX = 50;
/** A tap moves less than this (CSS px) between touching and lifting. */
export const TAP_MAX_PX = 10;
/** Taps on the left share of the screen go back; the rest go forward. */
export const TAP_BACK_SHARE = 1 / 3;

export interface Point {
	x: number;
	y: number;
}

/** `next`, `prev` or null (a scroll, a pinch, a wobble) for a touch from `start` to `end`. */
export function gestureCommand(start: Point, end: Point, width: number): 'next' | 'prev' | null {
	const dx = end.x - start.x;
	const dy = end.y - start.y;
	if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > Math.abs(dy)) return dx < 0 ? 'next' : 'prev';
	if (Math.hypot(dx, dy) <= TAP_MAX_PX && width > 0) {
		return end.x < width * TAP_BACK_SHARE ? 'prev' : 'next';
	}
	return null;
}
