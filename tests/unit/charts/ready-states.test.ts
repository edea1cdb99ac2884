import { afterEach, describe, expect, it, vi } from 'vitest';
import { besideState, ReadyStates } from '$lib/charts/artboards/ready';
import { ID_TOKEN } from '$lib/charts/artboards/token';

describe('besideState', () => {
	const order = ['plan-2011', 'extended', 'self-report', 'second'];
	it('names the states before and after the one shown', () => {
		expect(besideState(order, 'extended')).toEqual(['plan-2011', 'self-report']);
		expect(besideState(order, 'plan-2011')).toEqual(['extended']);
		expect(besideState(order, 'second')).toEqual(['self-report']);
	});
	it('names none for a state the file lacks', () => {
		expect(besideState(order, 'nowhere')).toEqual([]);
	});
});

describe('ReadyStates', () => {
	/** A document whose templates record what they parse: enough to count parses. */
	let parsed: string[] = [];
	function fakeDocument() {
		parsed = [];
		vi.stubGlobal('document', {
			createElement: () => {
				let html = '';
				return {
					set innerHTML(v: string) {
						html = v;
						parsed.push(v);
					},
					content: { querySelector: () => ({ html }) }
				};
			}
		});
	}
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	const states = {
		a: `<svg id="${ID_TOKEN}-a"></svg>`,
		b: `<svg id="${ID_TOKEN}-b"></svg>`,
		c: `<svg id="${ID_TOKEN}-c"></svg>`,
		d: `<svg id="${ID_TOKEN}-d"></svg>`
	};

	/** A ReadyStates whose idle moments come only when `idle()` is called (all of them). */
	function readyStates(uid: string) {
		fakeDocument();
		const waiting: (() => void)[] = [];
		const ready = new ReadyStates(uid, (run) => waiting.push(run));
		const idle = () => {
			while (waiting.length) waiting.shift()!();
		};
		return { ready, idle };
	}

	it('parses the states beside the one shown while idle, and hands them over unparsed again', () => {
		const { ready, idle } = readyStates('fig-1');
		ready.prepare('flow.json', states, 'b');
		expect(parsed).toEqual([]);
		idle();
		expect(parsed).toEqual(['<svg id="fig-1-a"></svg>', '<svg id="fig-1-c"></svg>']);
		expect(ready.take('flow.json', states, 'c')).toEqual({ html: '<svg id="fig-1-c"></svg>' });
		expect(parsed).toHaveLength(2);
		// A state nobody prepared is parsed on the spot.
		expect(ready.take('flow.json', states, 'd')).toEqual({ html: '<svg id="fig-1-d"></svg>' });
		expect(parsed).toHaveLength(3);
	});

	it('keeps only the neighbours of the latest state, and stops a plan that was overtaken', () => {
		const { ready, idle } = readyStates('f');
		ready.prepare('flow.json', states, 'b');
		ready.prepare('flow.json', states, 'c');
		idle();
		// Only c's neighbours were parsed: the plan for b was dropped before it ran.
		expect(parsed).toEqual(['<svg id="f-b"></svg>', '<svg id="f-d"></svg>']);
		ready.prepare('flow.json', states, 'a');
		idle();
		// b was kept (beside a too); d was dropped, so taking it parses again.
		expect(parsed).toHaveLength(2);
		ready.take('flow.json', states, 'd');
		expect(parsed).toHaveLength(3);
	});

	it('holds nothing once cleared, and a cleared plan parses nothing more', () => {
		const { ready, idle } = readyStates('f');
		ready.prepare('flow.json', states, 'b');
		ready.clear();
		idle();
		expect(parsed).toEqual([]);
		expect(ready.take('flow.json', states, 'nowhere')).toBeNull();
	});
});
