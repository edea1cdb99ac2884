/** CSS transitions for the flow chart's marks and labels: transform and opacity only. */
import { DURATION } from '$lib/theme';

/** The `transition` style of a moving, fading element; none when the chart should jump. */
export function flowTransition(animate: boolean): string {
	return animate
		? `transform ${DURATION.state}ms ease-in-out, opacity ${DURATION.fade}ms linear`
		: 'none';
}

/** The `transition` style of an element that only fades (e.g. a mark's outline swapping in). */
export function fadeTransition(animate: boolean): string {
	return animate ? `opacity ${DURATION.fade}ms linear` : 'none';
}

/** A translate in pixels, as a CSS transform. */
export function translate(x: number, y: number): string {
	return `translate(${x}px, ${y}px)`;
}
