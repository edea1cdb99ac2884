import { describe, expect, it } from 'vitest';
import {
	LABEL,
	fitFirst,
	lineHeight,
	nudge,
	overlaps,
	placeLabels,
	segmentsCross,
	textWidth,
	toLabel,
	wrapText
} from '$lib/charts/kit';

describe('wrapText', () => {
	const cases: {
		name: string;
		text: string;
		maxWidth: number;
		maxLines?: number;
		lines: string[];
		fits: boolean;
	}[] = [
		{
			name: 'short text stays on one line',
			text: 'OGP launches',
			maxWidth: 200,
			lines: ['OGP launches'],
			fits: true
		},
		{
			name: 'breaks at spaces',
			text: 'civil society leaves the secretariat',
			maxWidth: 120,
			lines: ['civil society', 'leaves the', 'secretariat'],
			fits: true
		},
		{
			name: 'too many lines: keeps every word, says it does not fit',
			text: 'civil society leaves the secretariat',
			maxWidth: 120,
			maxLines: 2,
			lines: ['civil society', 'leaves the', 'secretariat'],
			fits: false
		},
		{
			name: 'a word wider than the line stays whole and does not fit',
			text: 'Transparencia',
			maxWidth: 40,
			lines: ['Transparencia'],
			fits: false
		},
		{
			name: 'explicit line breaks',
			text: 'a\nb c',
			maxWidth: 300,
			lines: ['a', 'b c'],
			fits: true
		},
		{ name: 'empty text', text: '', maxWidth: 100, lines: [], fits: true }
	];
	it.each(cases)('$name', ({ text, maxWidth, maxLines, lines, fits }) => {
		const b = wrapText(text, { maxWidth, fontSize: 13, maxLines });
		expect(b.lines).toEqual(lines);
		expect(b.fits).toBe(fits);
		expect(b.height).toBe(lines.length * lineHeight(13));
		expect(b.lines.join(' ').replace(/\n/g, ' ')).not.toContain('…');
	});

	it('never ellipsises and keeps every word, at any width', () => {
		const text = 'Civil-society organisations leave the Tripartite Technical Secretariat in 2017';
		for (const maxWidth of [20, 60, 120, 240, 600]) {
			const b = wrapText(text, { maxWidth, fontSize: LABEL.text });
			expect(b.lines.join(' ')).toBe(text);
		}
	});

	it('measures bold wider', () => {
		expect(textWidth('abc', 13, true)).toBeGreaterThan(textWidth('abc', 13));
	});
});

describe('fitFirst', () => {
	it.each([
		{ maxWidth: 400, want: 'The long wording of a label' },
		{ maxWidth: 80, want: 'Short' },
		{ maxWidth: 10, want: null }
	])('at $maxWidth px picks $want', ({ maxWidth, want }) => {
		const b = fitFirst(['The long wording of a label', 'Short'], { maxWidth, maxLines: 1 });
		expect(b?.lines.join(' ') ?? null).toBe(want);
	});
});

describe('lineHeight', () => {
	it.each([
		[12, 15],
		[13, 17],
		[14, 18],
		[16, 20]
	])('%i px text takes %i px lines', (fs, lh) => expect(lineHeight(fs)).toBe(lh));
	it('label sizes never fall under the 12 px floor', () => {
		for (const v of Object.values(LABEL)) expect(v).toBeGreaterThanOrEqual(12);
	});
});

describe('toLabel', () => {
	const block = wrapText('abc def', { maxWidth: 1000, fontSize: 10 });
	it.each([
		{ anchor: 'start' as const, left: 100 },
		{ anchor: 'middle' as const, left: 100 - block.width / 2 },
		{ anchor: 'end' as const, left: 100 - block.width }
	])('$anchor anchor puts the box at $left', ({ anchor, left }) => {
		const l = toLabel('a', block, anchor, 100, 20);
		expect(l.box).toEqual({ x: left, y: 20, width: block.width, height: block.height });
	});
});

describe('placeLabels', () => {
	const bounds = { x: 0, y: 0, width: 200, height: 100 };
	const at = (id: string, x: number, y: number) =>
		toLabel(id, wrapText(id, { maxWidth: 200, fontSize: 13 }), 'start', x, y);
	const cases: {
		name: string;
		requests: Parameters<typeof placeLabels>[0];
		placed: string[];
		dropped: { id: string; reason: string }[];
	}[] = [
		{
			name: 'takes the first clear candidate',
			requests: [
				{ id: 'a', priority: 1, candidates: [at('a', 0, 0)] },
				{ id: 'b', priority: 0, candidates: [at('b', 0, 0), at('b', 0, 40)] }
			],
			placed: ['a@0,0', 'b@0,40'],
			dropped: []
		},
		{
			name: 'higher priority goes first',
			requests: [
				{ id: 'low', priority: 0, candidates: [at('low', 0, 0)] },
				{ id: 'high', priority: 5, candidates: [at('high', 0, 0)] }
			],
			placed: ['high@0,0'],
			dropped: [{ id: 'low', reason: 'collides' }]
		},
		{
			name: 'outside the bounds is dropped with its reason',
			requests: [{ id: 'far', priority: 0, candidates: [at('far', 190, 0)] }],
			placed: [],
			dropped: [{ id: 'far', reason: 'outside' }]
		},
		{
			name: 'no candidates',
			requests: [{ id: 'none', priority: 0, candidates: [] }],
			placed: [],
			dropped: [{ id: 'none', reason: 'no-candidates' }]
		}
	];
	it.each(cases)('$name', ({ requests, placed, dropped }) => {
		const r = placeLabels(requests, { bounds });
		expect(r.placed.map((l) => `${l.id}@${l.x},${l.y}`)).toEqual(placed);
		expect(r.dropped).toEqual(dropped);
		for (const a of r.placed)
			for (const b of r.placed) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
	});

	it('keeps clear of obstacles', () => {
		const r = placeLabels([{ id: 'a', priority: 0, candidates: [at('a', 0, 0), at('a', 0, 50)] }], {
			bounds,
			obstacles: [{ x: 0, y: 0, width: 10, height: 10 }]
		});
		expect(r.placed[0]!.y).toBe(50);
	});

	it('refuses a leader that crosses a placed leader', () => {
		const withLeader = (id: string, x1: number, y1: number, x: number, y: number) => ({
			...at(id, x, y),
			leader: { x1, y1, x2: x, y2: y }
		});
		const r = placeLabels(
			[
				{ id: 'a', priority: 1, candidates: [withLeader('a', 0, 0, 100, 80)] },
				{ id: 'b', priority: 0, candidates: [withLeader('b', 0, 80, 100, 0)] }
			],
			{ bounds: { x: -10, y: -10, width: 400, height: 400 } }
		);
		expect(r.dropped).toEqual([{ id: 'b', reason: 'collides' }]);
	});
});

describe('segmentsCross', () => {
	it.each([
		{
			a: [
				[0, 0],
				[10, 10]
			],
			b: [
				[0, 10],
				[10, 0]
			],
			cross: true
		},
		{
			a: [
				[0, 0],
				[10, 0]
			],
			b: [
				[0, 5],
				[10, 5]
			],
			cross: false
		},
		{
			a: [
				[0, 0],
				[10, 10]
			],
			b: [
				[10, 10],
				[20, 0]
			],
			cross: false
		}
	] as const)('$a × $b → $cross', ({ a, b, cross }) =>
		expect(segmentsCross(a[0], a[1], b[0], b[1])).toBe(cross)
	);
});

describe('nudge', () => {
	it.each([
		{
			items: [
				{ at: 0, size: 10 },
				{ at: 5, size: 10 }
			],
			min: 0,
			max: 100,
			at: [0, 13],
			fits: true
		},
		{ items: [{ at: 95, size: 10 }], min: 0, max: 100, at: [90], fits: true },
		{
			items: [
				{ at: 0, size: 60 },
				{ at: 0, size: 60 }
			],
			min: 0,
			max: 100,
			at: [0, 40],
			fits: false
		}
	])('$items in [$min, $max] → $at', ({ items, min, max, at, fits }) => {
		const r = nudge(items, min, max, 3);
		expect(r.at).toEqual(at);
		expect(r.fits).toBe(fits);
	});
});
