import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import {
	toCyclesData,
	type CyclesData,
	type CyclesPlan
} from '../../../src/lib/charts/cycles/data';
import { toCyclesLayout, type CyclesLayout } from '../../../src/lib/charts/cycles/layout';
import { toCyclesState } from '../../../src/lib/charts/cycles/states';
import { CYCLES_STRINGS } from '../../../src/lib/charts/cycles/strings';
import { durationRange, missingDates, planWindows } from '../../../src/lib/charts/cycles/windows';
import { inside, LABEL, overlaps } from '../../../src/lib/charts/kit';
import { ARTBOARDS, DRAWN_BOARDS } from '../../../src/lib/charts/artboards/boards';
import { LOCALES } from './locales';

/** Synthetic plan dates (made up for the test; not from data/). */
const date = (value: string, precision: 'day' | 'month' | 'year', start: number, end: number) => ({
	value,
	precision,
	start,
	end,
	label: value
});
const plan = (over: Partial<CyclesPlan>): CyclesPlan => ({
	id: 'extended-2012',
	name: 'Synthetic plan',
	commitments: 10,
	draftingStart: null,
	presented: null,
	implementationEnd: null,
	editorial: [],
	sourceIds: [],
	...over
});
const D = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const JUN6 = date('2012-06-06', 'day', D(2012, 6, 6), D(2012, 6, 7));
const SEP = date('2012-09', 'month', D(2012, 9, 1), D(2012, 10, 1));
const DEC = date('2011-12', 'month', D(2011, 12, 1), D(2012, 1, 1));

describe('plan windows (synthetic)', () => {
	it.each([
		{
			name: 'drafting and carrying out between three known dates',
			p: plan({
				draftingStart: DEC,
				presented: JUN6,
				implementationEnd: SEP,
				editorial: ['draftingStart']
			}),
			kinds: ['drafting:true', 'carryingOut:false'],
			missing: []
		},
		{
			name: 'no presentation date: one unsplit window',
			p: plan({ draftingStart: DEC, implementationEnd: SEP }),
			kinds: ['unsplit:false'],
			missing: ['presented']
		},
		{
			name: 'one date only: no window',
			p: plan({ presented: JUN6 }),
			kinds: [],
			missing: ['draftingStart', 'implementationEnd']
		}
	])('$name', ({ p, kinds, missing }) => {
		expect(planWindows(p).map((w) => `${w.kind}:${w.editorial}`)).toEqual(kinds);
		expect(missingDates(p)).toEqual(missing);
	});

	it('gives a month-precise end as a range of days, never a point guess', () => {
		const [w] = planWindows(plan({ presented: JUN6, implementationEnd: SEP }));
		expect([w!.minDays, w!.maxDays]).toEqual([87, 116]);
		expect(durationRange(w!)).toEqual({ unit: 'months', from: 3, to: 4 });
		expect(durationRange({ minDays: 10, maxDays: 40 })).toEqual({ unit: 'days', from: 10, to: 40 });
	});

	it('maps the old state ids to windows', () => {
		for (const s of ['cycles', 'dashboard', 'windows', 'nonsense'])
			expect(toCyclesState(s)).toBe('windows');
	});
});

function expectReadable(l: CyclesLayout) {
	const box = { x: 0, y: 0, width: l.width, height: l.height };
	for (const x of l.labels) {
		expect(inside(x.box, box)).toBe(true);
		expect(x.fontSize).toBeGreaterThanOrEqual(LABEL.min);
		expect(x.lines.join(' ')).not.toContain('…');
	}
	for (let i = 0; i < l.labels.length; i++)
		for (let j = i + 1; j < l.labels.length; j++)
			expect(
				overlaps(l.labels[i]!.box, l.labels[j]!.box),
				`${l.labels[i]!.id} × ${l.labels[j]!.id}`
			).toBe(false);
	for (const b of l.bars) expect(inside(b, box)).toBe(true);
}

describe('plan windows layout (synthetic fixture)', () => {
	const FIXTURE: CyclesData = {
		domain: [D(2011, 1, 1), D(2013, 1, 1)],
		plans: [
			plan({ draftingStart: DEC, presented: JUN6, implementationEnd: SEP }),
			plan({
				id: 'original-2011',
				presented: date('2011-09-20', 'day', D(2011, 9, 20), D(2011, 9, 21)),
				commitments: null
			})
		]
	};
	it.each([
		[360, 370],
		[656, 540]
	])(
		'at %i×%i: bars where windows are known, windowless plans named once, text readable',
		(w, h) => {
			const l = toCyclesLayout(FIXTURE, 'windows', w, h, {
				strings: CYCLES_STRINGS.en,
				locale: 'en'
			});
			expect(l.bars.map((b) => b.id)).toEqual([
				'extended-2012:drafting',
				'extended-2012:carryingOut'
			]);
			const note = l.labels.find((x) => x.id === 'extended-2012:note')!.lines.join(' ');
			expect(note).toContain('carrying out: 3–4 months');
			expect(l.labels.find((x) => x.id === 'no-window')!.lines.join(' ')).toBe(
				'No window in the sources for the Synthetic plan.'
			);
			expect(l.dropped).toEqual([]);
			expectReadable(l);
		}
	);
});

describe.each(LOCALES)('plan windows on real data in %s (end to end)', (locale) => {
	const data = toCyclesData(loadDataset(), locale);
	it('holds every row and the conclusion on every board at least 320 px tall, readable', () => {
		// Shorter phone boxes (the story's current 214–255 px) cannot hold four rows of 13 px text;
		// the contract's phone plot boxes are 330–420 px tall.
		for (const b of DRAWN_BOARDS.filter((x) => x.height >= 320 || !ARTBOARDS.includes(x))) {
			const l = toCyclesLayout(data, 'windows', b.width, b.height, {
				strings: CYCLES_STRINGS[locale],
				locale
			});
			expect({ board: b, dropped: l.dropped }).toEqual({ board: b, dropped: [] });
			expectReadable(l);
		}
	});

	it('never draws outside a shorter board: what has no room is reported, not overflowed', () => {
		for (const b of ARTBOARDS.filter((x) => x.height < 320)) {
			const l = toCyclesLayout(data, 'windows', b.width, b.height, {
				strings: CYCLES_STRINGS[locale],
				locale
			});
			expectReadable(l);
		}
	});

	it('draws the Extended Plan’s windows and the 2013–2015 plan unsplit', () => {
		const l = toCyclesLayout(data, 'windows', 360, 390, {
			strings: CYCLES_STRINGS[locale],
			locale
		});
		expect(l.bars.map((b) => b.id)).toEqual([
			'extended-2012:drafting',
			'extended-2012:carryingOut',
			'plan-2013-2015:unsplit'
		]);
	});
});
