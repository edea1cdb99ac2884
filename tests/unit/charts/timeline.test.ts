import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import { toTimelineData, type TimelineData } from '../../../src/lib/charts/timeline/data';
import {
	orientationFor,
	toTimelineLayout,
	type TimelineLayout
} from '../../../src/lib/charts/timeline/layout';
import { BEATS, TIMELINE_STATES, TIMELINE_STEPS } from '../../../src/lib/charts/timeline/states';
import { TIMELINE_STRINGS } from '../../../src/lib/charts/timeline/strings';
import { inside, LABEL, overlaps, segmentsCross } from '../../../src/lib/charts/kit';
import { DRAWN_BOARDS } from '../../../src/lib/charts/artboards/boards';
import { LOCALES } from './locales';

/** A small synthetic fixture: four made-up events (synthetic, not from data/). */
const day = (v: string) => ({ value: v, precision: 'day' as const });
const FIXTURE: TimelineData = {
	kinds: ['plan', 'institution', 'conflict', 'summit', 'milestone'],
	domain: [Date.UTC(2011, 0, 1), Date.UTC(2014, 0, 1)],
	items: [
		{
			id: 'a',
			date: day('2011-03-01'),
			start: Date.UTC(2011, 2, 1),
			end: Date.UTC(2011, 2, 2),
			kind: 'plan',
			text: 'synthetic event a'
		},
		{
			id: 'b',
			date: day('2011-03-02'),
			start: Date.UTC(2011, 2, 2),
			end: Date.UTC(2011, 2, 3),
			kind: 'conflict',
			text: 'synthetic event b'
		},
		{
			id: 'c',
			date: { value: '2012', precision: 'year' },
			start: Date.UTC(2012, 0, 1),
			end: Date.UTC(2013, 0, 1),
			kind: 'summit',
			text: 'synthetic event c'
		},
		{
			id: 'd',
			date: day('2013-06-01'),
			start: Date.UTC(2013, 5, 1),
			end: Date.UTC(2013, 5, 2),
			kind: 'milestone',
			text: 'synthetic event d'
		}
	]
};

/** Checks every layout must pass: inside the box, no overlaps, no crossing leaders, ≥ 12 px. */
function expectReadable(l: TimelineLayout) {
	const box = { x: 0, y: 0, width: l.width, height: l.height };
	const texts = [...l.labels.map((x) => x.box), ...l.ticks.map((t) => t.label.box)];
	for (const b of texts) expect(inside(b, box)).toBe(true);
	for (let i = 0; i < texts.length; i++)
		for (let j = i + 1; j < texts.length; j++) expect(overlaps(texts[i]!, texts[j]!)).toBe(false);
	const leaders = l.labels.flatMap((x) => (x.leader ? [x.leader] : []));
	for (let i = 0; i < leaders.length; i++)
		for (let j = i + 1; j < leaders.length; j++) {
			const a = leaders[i]!;
			const b = leaders[j]!;
			expect(segmentsCross([a.x1, a.y1], [a.x2, a.y2], [b.x1, b.y1], [b.x2, b.y2])).toBe(false);
		}
	for (const x of [...l.labels, ...l.ticks.map((t) => t.label)])
		expect(x.fontSize).toBeGreaterThanOrEqual(LABEL.min);
	for (const x of l.labels) expect(x.lines.join(' ')).not.toContain('…');
}

describe('timeline layout on a synthetic fixture', () => {
	const strings = { label: () => '', notes: { a: 'note a', b: 'note b', d: 'note d' } };
	it.each([
		[360, 370, 'down'],
		[390, 420, 'down'],
		[656, 540, 'across'],
		[760, 520, 'across']
	] as const)('at %i×%i time runs %s the box', (w, h, o) => {
		expect(orientationFor(w, h)).toBe(o);
		const l = toTimelineLayout(FIXTURE, 'overview', w, h, { strings, locale: 'en' });
		expect(l.orientation).toBe(o);
		// The line runs the whole box: at least 85% of its length.
		const run = o === 'down' ? l.axis.y2 - l.axis.y1 : l.axis.x2 - l.axis.x1;
		expect(run).toBeGreaterThan(0.85 * (o === 'down' ? h : w));
		expect(l.ticks.map((t) => t.year)).toEqual([2011, 2012, 2013]);
	});

	it('draws a year-only event as the stretch of line it covers, a day as a dot', () => {
		const l = toTimelineLayout(FIXTURE, 'overview', 360, 370, { strings, locale: 'en' });
		const c = l.marks.find((m) => m.id === 'c')!;
		expect(c.span!.y2 - c.span!.y1).toBeGreaterThan(80);
		expect(l.marks.find((m) => m.id === 'a')!.span).toBeNull();
	});
});

const dataset = loadDataset();
const BOARDS = [
	...DRAWN_BOARDS.map((b) => [b.width, b.height] as const),
	[1280 / 2, 800 / 2] as const
];

describe('timeline data', () => {
	const data = toTimelineData(dataset, 'en');
	it('holds every event, in order, with year-only dates spanning their year', () => {
		expect(data.items).toHaveLength(dataset.events.length);
		const reject = data.items.find((i) => i.id === '2011-csos-reject-plan')!;
		expect(new Date(reject.start).toISOString().slice(0, 10)).toBe('2011-01-01');
		expect(new Date(reject.end).toISOString().slice(0, 10)).toBe('2012-01-01');
	});

	it('lights and annotates only events that exist, each with words in both languages', () => {
		const ids = new Set(data.items.map((i) => i.id));
		for (const s of Object.values(TIMELINE_STEPS))
			for (const id of [...s.lit, ...s.notes]) {
				expect(ids).toContain(id);
				for (const locale of LOCALES) expect(TIMELINE_STRINGS[locale].notes[id]).toBeTruthy();
			}
		for (const id of BEATS) expect(ids).toContain(id);
	});

	it('holds the 2017 walkout and the three dashboard cuts', () => {
		for (const id of [
			'2017-csos-leave-stt',
			'2014-10-27-dashboard-cut-1',
			'2015-03-08-dashboard-cut-2',
			'2015-07-22-dashboard-cut-3'
		])
			expect(data.items.map((i) => i.id)).toContain(id);
	});
});

describe.each(LOCALES)('timeline on every artboard in %s (real data, end to end)', (locale) => {
	const data = toTimelineData(dataset, locale);
	const text = { strings: TIMELINE_STRINGS[locale], locale };
	it.each(TIMELINE_STATES)('%s: every note placed, readable, beside its mark', (state) => {
		for (const [w, h] of BOARDS) {
			const l = toTimelineLayout(data, state, w, h, text);
			expect({ w, h, dropped: l.dropped }).toEqual({ w, h, dropped: [] });
			expect(l.labels.map((x) => x.id).sort()).toEqual([...TIMELINE_STEPS[state].notes].sort());
			expect(l.marks).toHaveLength(data.items.length);
			expect(
				l.marks
					.filter((m) => m.tone === 'lit')
					.map((m) => m.id)
					.sort()
			).toEqual([...TIMELINE_STEPS[state].lit].sort());
			expectReadable(l);
			// Each note starts within a few lines of its mark along the time axis.
			for (const x of l.labels) {
				const m = l.marks.find((mm) => mm.id === x.id)!;
				const gap =
					l.orientation === 'down'
						? Math.abs(x.y - m.cy)
						: Math.min(Math.abs(x.box.x - m.cx), Math.abs(x.box.x + x.box.width - m.cx));
				expect(gap).toBeLessThan(l.orientation === 'down' ? 120 : 10);
			}
		}
	});
});
