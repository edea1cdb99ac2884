/**
 * Tweens the numeric attribute changes morph() hands over (bars following a zooming axis), one
 * requestAnimationFrame loop for all of them. finish() jumps to the end, for the next change.
 */
import type { AttributeChange } from './morph';

/** Svelte's cubicInOut, which the components used. */
export function cubicInOut(t: number): number {
	return t < 0.5 ? 4 * t * t * t : 0.5 * Math.pow(2 * t - 2, 3) + 1;
}

/** The value at progress t (0–1) of a change. */
export function valueAt(change: Pick<AttributeChange, 'from' | 'to'>, t: number): number {
	const e = cubicInOut(Math.min(1, Math.max(0, t)));
	return change.from + (change.to - change.from) * e;
}

export interface Tweening {
	/** Set every attribute to its final value now and stop. */
	finish(): void;
}

export function runTweens(changes: readonly AttributeChange[], duration: number): Tweening {
	const end = () => {
		for (const c of changes) c.element.setAttribute(c.name, c.value);
	};
	if (changes.length === 0 || duration <= 0) {
		end();
		return { finish() {} };
	}
	let frame = 0;
	let start: number | null = null;
	let done = false;
	const step = (now: number) => {
		start ??= now;
		const t = (now - start) / duration;
		if (t >= 1) return finish();
		for (const c of changes) c.element.setAttribute(c.name, valueAt(c, t).toFixed(2));
		frame = requestAnimationFrame(step);
	};
	const finish = () => {
		if (done) return;
		done = true;
		cancelAnimationFrame(frame);
		end();
	};
	frame = requestAnimationFrame(step);
	return { finish };
}
