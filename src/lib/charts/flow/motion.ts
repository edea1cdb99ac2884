/** CSS transitions for the flow chart's marks and labels: transform and opacity only. */
import { DURATION } from '$lib/theme';

/** The `transition` style of a moving, fading element; none when the chart should jump. */
export function flowTransition(animate: boolean): string {
	return animate
		? `transform ${DURATION.state}ms ease-in-out, opacity ${DURATION.fade}ms linear`
		: 'none';
}

/** The stylesheet rule that moves and fades every mark of an animated flow. */
export const MARK_TRANSITION_RULE = `g[data-chart="flow"][data-animate] [data-mark]{transition:${flowTransition(true)}}`;

/** A translate in pixels (to a tenth), as a CSS transform. */
export function translate(x: number, y: number): string {
	const r = (n: number) => Math.round(n * 10) / 10;
	return `translate(${r(x)}px, ${r(y)}px)`;
}
