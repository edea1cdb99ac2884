import { describe, expect, it } from 'vitest';
import {
	createHeightReporter,
	datawrapperMessage,
	MAX_HEIGHT_PX,
	parsePymWidth,
	pymMessage
} from '../../src/lib/embed/height';

describe('message formats', () => {
	it('speaks pym.js', () => {
		expect(pymMessage('graphic', 'height', 612)).toBe('pymxPYMxgraphicxPYMxheightxPYMx612');
	});

	it('speaks Datawrapper', () => {
		expect(datawrapperMessage('graphic', 612)).toEqual({ 'datawrapper-height': { graphic: 612 } });
	});

	it.each([
		['pymxPYMxgraphicxPYMxwidthxPYMx640', 640],
		['pymxPYMxgraphicxPYMxwidthxPYMx0', 0]
	])('reads the parent’s width message %s', (data, width) => {
		expect(parsePymWidth(data, 'graphic')).toBe(width);
	});

	it.each([
		['another child', 'pymxPYMxotherxPYMxwidthxPYMx640'],
		['another type', 'pymxPYMxgraphicxPYMxnavigateToxPYMxhttps://evil.example'],
		['scroll position', 'pymxPYMxgraphicxPYMxviewport-iframe-positionxPYMx1 2 3 4 5 6'],
		['a non-number', 'pymxPYMxgraphicxPYMxwidthxPYMx640px'],
		['a negative number', 'pymxPYMxgraphicxPYMxwidthxPYMx-1'],
		['trailing text', 'pymxPYMxgraphicxPYMxwidthxPYMx640xPYMxextra'],
		['a prefix', 'xpymxPYMxgraphicxPYMxwidthxPYMx640'],
		['an object', { 'datawrapper-height': { graphic: 640 } }],
		['nothing', undefined],
		['a huge string', `pymxPYMxgraphicxPYMxwidthxPYMx${'9'.repeat(500)}`]
	])('ignores %s', (_, data) => {
		expect(parsePymWidth(data, 'graphic')).toBeNull();
	});

	it('treats the child id literally, not as a pattern', () => {
		expect(parsePymWidth('pymxPYMxaXbxPYMxwidthxPYMx10', 'a.b')).toBeNull();
		expect(parsePymWidth('pymxPYMxa.bxPYMxwidthxPYMx10', 'a.b')).toBe(10);
	});
});

describe('createHeightReporter', () => {
	function setup(initial: number) {
		let height = initial;
		const posted: unknown[] = [];
		const frames: (() => void)[] = [];
		const reporter = createHeightReporter('graphic', {
			measure: () => height,
			post: (m) => posted.push(m),
			requestFrame: (cb) => frames.push(cb),
			cancelFrame: () => frames.splice(0)
		});
		return {
			reporter,
			posted,
			setHeight: (h: number) => (height = h),
			runFrame: () => frames.splice(0).forEach((cb) => cb()),
			pendingFrames: () => frames.length
		};
	}

	it('reports in both formats on start', () => {
		const { reporter, posted } = setup(500);
		reporter.sendNow();
		expect(posted).toEqual([
			'pymxPYMxgraphicxPYMxheightxPYMx500',
			{ 'datawrapper-height': { graphic: 500 } }
		]);
	});

	it('coalesces many changes into one report per frame', () => {
		const { reporter, posted, setHeight, runFrame, pendingFrames } = setup(500);
		reporter.sendNow();
		posted.length = 0;
		for (const h of [510, 520, 530]) {
			setHeight(h);
			reporter.schedule();
		}
		expect(pendingFrames()).toBe(1);
		runFrame();
		expect(posted).toEqual([
			'pymxPYMxgraphicxPYMxheightxPYMx530',
			{ 'datawrapper-height': { graphic: 530 } }
		]);
	});

	it('sends nothing when the height has not changed', () => {
		const { reporter, posted, runFrame } = setup(500);
		reporter.sendNow();
		posted.length = 0;
		reporter.schedule();
		runFrame();
		expect(posted).toEqual([]);
	});

	it('answers a pym width message with the height, and nothing else', () => {
		const { reporter, posted } = setup(500);
		reporter.sendNow();
		posted.length = 0;
		reporter.receive('pymxPYMxotherxPYMxwidthxPYMx600');
		reporter.receive({ 'datawrapper-height': { graphic: 1 } });
		reporter.receive('hello');
		expect(posted).toEqual([]);
		reporter.receive('pymxPYMxgraphicxPYMxwidthxPYMx600');
		expect(posted[0]).toBe('pymxPYMxgraphicxPYMxheightxPYMx500');
	});

	it.each([0, -5, Number.NaN, Infinity, MAX_HEIGHT_PX + 1])('never sends a height of %s', (h) => {
		const { reporter, posted } = setup(h);
		reporter.sendNow();
		expect(posted).toEqual([]);
	});

	it('cancels a pending frame when stopped', () => {
		const { reporter, setHeight, pendingFrames } = setup(500);
		setHeight(600);
		reporter.schedule();
		reporter.stop();
		expect(pendingFrames()).toBe(0);
	});
});
