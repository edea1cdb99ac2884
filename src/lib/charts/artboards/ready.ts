/**
 * States parsed ahead. Turning a state's markup into elements took 2–6 ms at 4× CPU inside the
 * task that morphs the chart, the one that has to fit between two frames of a scroll; the states
 * a reader reaches next (the ones beside the state shown, in the file's order, which is the
 * story's) are parsed while the page is idle instead, and only those are kept.
 */
import { ID_TOKEN } from './token';

/** The states beside `current` in `order`: the one before and the one after. */
export function besideState(order: readonly string[], current: string): string[] {
	const i = order.indexOf(current);
	if (i < 0) return [];
	return [order[i - 1], order[i + 1]].filter((s): s is string => s !== undefined);
}

/** A state's drawing as an element to morph from, with the figure's own id prefix. */
export function parseState(markup: string, uid: string): Element | null {
	const tpl = document.createElement('template');
	tpl.innerHTML = markup.replaceAll(ID_TOKEN, uid);
	return tpl.content.querySelector('svg');
}

type Idle = (run: () => void) => void;
/** When the page has nothing else to do (a short timer where browsers lack requestIdleCallback). */
const whenIdle: Idle = (run) =>
	typeof requestIdleCallback === 'function'
		? void requestIdleCallback(run, { timeout: 1000 })
		: void setTimeout(run, 200);

/** One chart's parsed states, keyed by file and state. */
export class ReadyStates {
	#kept = new Map<string, Element>();
	#plan = 0;
	constructor(
		private uid: string,
		private idle: Idle = whenIdle
	) {}

	/** The drawing of `state` from `file` (parsed now if it was not ready). */
	take(file: string, states: Record<string, string>, state: string): Element | null {
		const kept = this.#kept.get(`${file}#${state}`);
		if (kept) return kept;
		const markup = states[state];
		return markup === undefined ? null : parseState(markup, this.uid);
	}

	/** Keeps only the states beside `state`, parsing the missing ones one idle moment each. */
	prepare(file: string, states: Record<string, string>, state: string): void {
		const plan = ++this.#plan;
		const want = besideState(Object.keys(states), state).map((s) => [s, `${file}#${s}`] as const);
		const keys = new Set<string>(want.map(([, key]) => key));
		for (const key of this.#kept.keys()) if (!keys.has(key)) this.#kept.delete(key);
		const next = () => {
			if (plan !== this.#plan) return;
			const todo = want.find(([, key]) => !this.#kept.has(key));
			if (!todo) return;
			const svg = parseState(states[todo[0]]!, this.uid);
			if (svg) this.#kept.set(todo[1], svg);
			this.idle(next);
		};
		this.idle(next);
	}

	/** Forgets everything (the chart is going away). */
	clear(): void {
		this.#plan++;
		this.#kept.clear();
	}
}
