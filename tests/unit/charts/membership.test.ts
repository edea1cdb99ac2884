import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import {
	toMembershipData,
	type MembershipData,
	type MembershipFigure
} from '../../../src/lib/charts/membership/data';
import {
	toMembershipLabel,
	toMembershipLayout,
	type MembershipLayout
} from '../../../src/lib/charts/membership/layout';
import { OTHER_MEASURES } from '../../../src/lib/charts/membership/measures';
import { MEMBERSHIP_STRINGS } from '../../../src/lib/charts/membership/strings';
import { inside, LABEL, overlaps, segmentHitsBox } from '../../../src/lib/charts/kit';
import { ARTBOARDS, DRAWN_BOARDS } from '../../../src/lib/charts/artboards/boards';
import { LOCALES } from './locales';

/** Synthetic figures (made up for the test; not from data/). */
const fig = (
	id: string,
	value: number,
	measure: string,
	date: string | null
): MembershipFigure => ({
	id,
	value,
	qualifier: 'exact',
	text: String(value),
	unit: measure,
	measure,
	measureLabel: measure,
	date: date
		? {
				value: date,
				precision: 'day',
				start: Date.parse(date),
				end: Date.parse(date) + 86_400_000,
				label: date
			}
		: null,
	description: 'synthetic',
	sourceIds: []
});
const FIXTURE: MembershipData = {
	figures: [
		fig('a', 10, 'founding', '2011-09-20'),
		fig('b', 40, 'countries', '2013-01-01'),
		fig('c', 50, 'countries', '2014-06-01'),
		fig('d', 45, 'governments', '2014-02-01'),
		fig('e', 60, 'countries', '2015-06-01')
	]
};
const t = MEMBERSHIP_STRINGS.en;

function expectReadable(l: MembershipLayout) {
	const box = { x: 0, y: 0, width: l.width, height: l.height };
	expect(l.dropped).toEqual([]);
	for (const x of l.labels) {
		expect(inside(x.box, box), x.id).toBe(true);
		expect(x.fontSize).toBeGreaterThanOrEqual(LABEL.min);
		expect(x.lines.join(' ')).not.toContain('…');
	}
	for (let i = 0; i < l.labels.length; i++)
		for (let j = i + 1; j < l.labels.length; j++)
			expect(
				overlaps(l.labels[i]!.box, l.labels[j]!.box),
				`${l.labels[i]!.id} × ${l.labels[j]!.id}`
			).toBe(false);
	for (const x of l.labels)
		for (const p of l.points)
			expect(
				overlaps(x.box, { x: p.cx - p.r, y: p.cy - p.r, width: 2 * p.r, height: 2 * p.r }),
				`${x.id} on ${p.id}`
			).toBe(false);
}

describe('membership layout (synthetic fixture)', () => {
	it.each([
		[360, 370],
		[390, 420],
		[656, 540]
	])('at %i×%i joins only the main measure; others hollow, apart, labelled', (w, h) => {
		const l = toMembershipLayout(FIXTURE, 'growth', w, h, { strings: t, locale: 'en' });
		expect(l.points.filter((p) => p.filled).map((p) => p.id)).toEqual(['b', 'c', 'e']);
		expect(l.points.filter((p) => !p.filled).map((p) => p.id)).toEqual(['a', 'd']);
		// The line goes through b, c, e and nowhere near a or d.
		const path = l.connector
			.slice(1)
			.split('L')
			.map((s) => s.split(',').map(Number) as [number, number]);
		expect(path).toHaveLength(3);
		for (const hollow of l.points.filter((p) => !p.filled))
			for (let i = 1; i < path.length; i++)
				expect(
					segmentHitsBox(path[i - 1]!, path[i]!, {
						x: hollow.cx - 1,
						y: hollow.cy - 1,
						width: 2,
						height: 2
					})
				).toBe(false);
		expect(l.labels.find((x) => x.id === 'a:value')!.lines).toEqual(['10', 'founding']);
		expect(l.labels.find((x) => x.id === 'b:value')!.lines[0]).toBe('40');
		expectReadable(l);
	});
});

describe.each(LOCALES)('membership on real data in %s (end to end)', (locale) => {
	const data = toMembershipData(loadDataset(), locale);
	it('draws the 8 founding governments and the 58 countries of participants apart from the joined countries', () => {
		for (const id of Object.keys(OTHER_MEASURES))
			expect(data.figures.map((f) => f.id)).toContain(id);
		const l = toMembershipLayout(data, 'growth', 360, 390, {
			strings: MEMBERSHIP_STRINGS[locale],
			locale
		});
		expect(l.points.filter((p) => p.filled).map((p) => p.id)).toEqual([
			'ogp_members_2014b',
			'ogp_members_2015'
		]);
		expect(
			l.points
				.filter((p) => !p.filled)
				.map((p) => p.id)
				.sort()
		).toEqual(['ogp_members_2012', 'ogp_members_2014a', 'ogp_members_founding']);
	});
	it('labels every figure on every board at least 320 px tall, readable', () => {
		for (const b of DRAWN_BOARDS.filter((x) => x.height >= 320 || !ARTBOARDS.includes(x))) {
			const l = toMembershipLayout(data, 'growth', b.width, b.height, {
				strings: MEMBERSHIP_STRINGS[locale],
				locale
			});
			expectReadable(l);
		}
	});

	it('on shorter boards leaves out at most one label, reported, and nothing overlaps', () => {
		for (const b of ARTBOARDS.filter((x) => x.height < 320)) {
			const l = toMembershipLayout(data, 'growth', b.width, b.height, {
				strings: MEMBERSHIP_STRINGS[locale],
				locale
			});
			expect(l.dropped.length).toBeLessThanOrEqual(1);
			expectReadable({ ...l, dropped: [] });
		}
	});

	it('names the drawing from its years', () => {
		expect(toMembershipLabel(MEMBERSHIP_STRINGS[locale])).toMatch(/2011.*2016/);
	});
});
