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

	it('parses the states beside the one shown while idle, and hands them over unparsed again', () => {
		fakeDocument();
		const idle: (() => void)[] = [];
		const ready = new ReadyStates('fig-1', (run) => idle.push(run));
		ready.prepare('flow.json', states, 'b');
		expect(parsed).toEqual([]);
		while (idle.length) idle.shift()!();
		expect(parsed).toEqual(['<svg id="fig-1-a"></svg>', '<svg id="fig-1-c"></svg>']);
		expect(ready.take('flow.json', states, 'c')).toEqual({ html: '<svg id="fig-1-c"></svg>' });
		expect(parsed).toHaveLength(2);
		// A state nobody prepared is parsed on the spot.
		expect(ready.take('flow.json', states, 'd')).toEqual({ html: '<svg id="fig-1-d"></svg>' });
		expect(parsed).toHaveLength(3);
	});

	it('keeps only the neighbours of the latest state, and stops a plan that was overtaken', () => {
		fakeDocument();
		const idle: (() => void)[] = [];
		const ready = new ReadyStates('f', (run) => idle.push(run));
		ready.prepare('flow.json', states, 'b');
		ready.prepare('flow.json', states, 'c');
		while (idle.length) idle.shift()!();
		// Only c's neighbours were parsed: the plan for b was dropped before it ran.
		expect(parsed).toEqual(['<svg id="f-b"></svg>', '<svg id="f-d"></svg>']);
		ready.prepare('flow.json', states, 'a');
		while (idle.length) idle.shift()!();
		// b was kept (beside a too); d was dropped, so taking it parses again.
		expect(parsed).toHaveLength(2);
		ready.take('flow.json', states, 'd');
		expect(parsed).toHaveLength(3);
	});

	it('holds nothing once cleared, and a cleared plan parses nothing more', () => {
		fakeDocument();
		const idle: (() => void)[] = [];
		const ready = new ReadyStates('f', (run) => idle.push(run));
		ready.prepare('flow.json', states, 'b');
		ready.clear();
		while (idle.length) idle.shift()!();
		expect(parsed).toEqual([]);
		expect(ready.take('flow.json', states, 'nowhere')).toBeNull();
	});
});
