import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import { toMembershipData, type MembershipData } from '../../../src/lib/charts/membership/data';
import {
	MEMBERSHIP_DOMAIN,
	overlaps,
	segmentHitsBox,
	textWidth,
	toMembershipLabel,
	toMembershipLayout as layoutIn,
	type Box,
	type MembershipLayout
} from '../../../src/lib/charts/membership/layout';
import { MEMBERSHIP_STATES } from '../../../src/lib/charts/membership/states';
import { CHART_STRINGS } from '../../../src/lib/i18n/charts';
import type { Dataset } from '../../../src/lib/data/types';
import type { Locale } from '../../../src/lib/format/dates';
import { LABEL_SIZE } from '../../../src/lib/theme';
import { LOCALES, textFor } from './locales';

const dataset = loadDataset();
const data = toMembershipData(dataset, 'en');
const toMembershipLayout = (
	d: MembershipData,
	state: string,
	w: number,
	h: number,
	locale: Locale = 'en'
) => layoutIn(d, state, w, h, textFor('membership', locale));
const SIZES = [
	[288, 320],
	[360, 420],
	[700, 600]
] as const;
const EPS = 0.5;
const inside = (b: Box, l: MembershipLayout) =>
	b.x >= -EPS && b.y >= -EPS && b.x + b.width <= l.width + EPS && b.y + b.height <= l.height + EPS;
const dotBox = (p: MembershipLayout['points'][number]): Box => ({
	x: p.cx - p.r,
	y: p.cy - p.r,
	width: 2 * p.r,
	height: 2 * p.r
});

describe('toMembershipData on the real data', () => {
	it('takes every ogp_members_ figure, in date order, as stated', () => {
		const rows = dataset.figures.filter((f) => f.figure_id.startsWith('ogp_members_'));
		expect(data.figures).toHaveLength(rows.length);
		expect(data.figures.map((f) => [f.value, f.unit, f.date?.value])).toEqual([
			[8, 'countries', '2011-09-20'],
			[58, 'countries', '2012-12-14'],
			[65, 'countries', '2014-09-24'],
			[63, 'governments', '2014'],
			[66, 'countries', '2015-09']
		]);
	});

	it('keeps a year-only date as the whole year', () => {
		const f = data.figures.find((x) => x.date?.precision === 'year')!;
		expect(f.date).toMatchObject({ start: Date.UTC(2014, 0, 1), end: Date.UTC(2015, 0, 1) });
	});

	it('is plain JSON (it is shipped to the browser)', () => {
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});

	it('words units, dates and descriptions in Spanish, with the same numbers', () => {
		const es = toMembershipData(dataset, 'es');
		expect(es.figures.map((f) => [f.value, f.unit, f.unitLabel, f.date?.label])).toEqual([
			[8, 'countries', 'países', '20 de septiembre de 2011'],
			[58, 'countries', 'países', '14 de diciembre de 2012'],
			[65, 'countries', 'países', '24 de septiembre de 2014'],
			[63, 'governments', 'gobiernos', '2014'],
			[66, 'countries', 'países', 'septiembre de 2015']
		]);
		const rows = dataset.figures.filter((f) => f.figure_id.startsWith('ogp_members_'));
		for (const f of es.figures)
			expect(f.description).toBe(rows.find((r) => r.figure_id === f.id)!.description_es);
	});

	it('fails the build on a unit it has no words for, rather than print it untranslated', () => {
		const odd: Dataset = {
			...dataset,
			figures: dataset.figures.map((f) =>
				f.figure_id === 'ogp_members_2015' ? { ...f, unit: 'member states' } : f
			)
		};
		expect(() => toMembershipData(odd, 'es')).toThrow(/ogp_members_2015: unit "member states"/);
	});
});

describe('toMembershipLayout', () => {
	const cases = LOCALES.flatMap((locale) =>
		MEMBERSHIP_STATES.flatMap((state) => SIZES.map(([w, h]) => [locale, state, w, h] as const))
	);

	describe.each(cases)('in %s, %s at %i×%i', (locale, state, width, height) => {
		const t = CHART_STRINGS[locale].membership;
		const data = toMembershipData(dataset, locale);
		const layout = toMembershipLayout(data, state, width, height, locale);
		const spans = layout.points.flatMap((p) =>
			p.span ? [{ x: p.span.x0, y: p.cy - 4, width: p.span.x1 - p.span.x0, height: 8 }] : []
		);

		it('draws one dot per stated figure, inside the box', () => {
			expect(layout.points).toHaveLength(data.figures.length);
			for (const p of layout.points) expect(inside(dotBox(p), layout), p.id).toBe(true);
			for (const l of layout.labels) expect(inside(l.box, layout), l.id).toBe(true);
		});

		it('labels each dot with its number, the other unit named', () => {
			for (const f of data.figures) {
				const label = layout.labels.find((l) => l.id === `${f.id}:value`)!;
				expect(label.lines[0], f.id).toBe(
					f.unit === 'countries' ? `${f.value}` : t.withUnit(`${f.value}`, f.unitLabel)
				);
			}
		});

		it('lets no two labels overlap, nor a label cover a dot, a span or the connecting line', () => {
			for (const [i, a] of layout.labels.entries())
				for (const b of layout.labels.slice(i + 1))
					expect(overlaps(a.box, b.box), `${a.id} × ${b.id}`).toBe(false);
			for (const l of layout.labels) {
				for (const p of layout.points)
					expect(overlaps(l.box, dotBox(p)), `${l.id} × ${p.id}`).toBe(false);
				for (const s of spans) expect(overlaps(l.box, s), `${l.id} × span`).toBe(false);
			}
			const pts = layout.points.filter((p) => p.filled).map((p) => [p.cx, p.cy] as const);
			for (const l of layout.labels.filter((x) => x.kind === 'value'))
				for (let i = 1; i < pts.length; i++)
					expect(segmentHitsBox(pts[i - 1]!, pts[i]!, l.box), l.id).toBe(false);
		});

		it('sizes labels with the shared estimator, at least LABEL_SIZE.small', () => {
			for (const l of layout.labels) {
				expect(l.fontSize).toBeGreaterThanOrEqual(LABEL_SIZE.small);
				const widths = l.lines.map((t) => textWidth(t, l.fontSize));
				if (l.note) widths.push(textWidth(l.note, LABEL_SIZE.small));
				expect(l.box.width).toBeCloseTo(Math.max(...widths), 5);
			}
		});

		it('starts the value axis at zero and puts each dot at its value', () => {
			const zero = layout.yTicks.find((t) => t.value === 0)!;
			expect(zero.y).toBeCloseTo(layout.plot.bottom, 5);
			const top = layout.yTicks.at(-1)!;
			for (const p of layout.points)
				expect(p.cy).toBeCloseTo(zero.y + ((top.y - zero.y) * p.value) / top.value, 5);
		});

		it('draws a year-only date across its year, not at 1 January; a day at that day', () => {
			const px = (t: number) =>
				layout.plot.left +
				((t - MEMBERSHIP_DOMAIN[0]) / (MEMBERSHIP_DOMAIN[1] - MEMBERSHIP_DOMAIN[0])) *
					(layout.plot.right - layout.plot.left);
			const year = layout.points.find((p) => p.id === 'ogp_members_2014a')!;
			expect(year.span!.x0).toBeCloseTo(px(Date.UTC(2014, 0, 1)), 5);
			expect(year.span!.x1).toBeCloseTo(px(Date.UTC(2015, 0, 1)), 5);
			expect(year.cx).toBeCloseTo((year.span!.x0 + year.span!.x1) / 2, 5);
			const day = layout.points.find((p) => p.id === 'ogp_members_founding')!;
			expect(day.span).toBeNull();
			expect(day.cx).toBeCloseTo(px(Date.UTC(2011, 8, 20, 12)), 5);
		});

		it('marks the "governments" figure apart and leaves it off the line', () => {
			const hollow = layout.points.filter((p) => !p.filled).map((p) => p.id);
			expect(hollow).toEqual(['ogp_members_2014a']);
			expect(layout.key.map((k) => [k.id, k.filled])).toEqual([
				['key-countries', true],
				['key-governments', false]
			]);
			expect(layout.connector.split('L')).toHaveLength(4);
			const note = layout.labels.find((l) => l.id === 'ogp_members_2014a:value')!.note;
			expect(note).toBe(t.someTimeIn('2014'));
			expect(layout.labels.find((l) => l.id === 'title')!.lines.join(' ')).toBe(t.title);
			expect(layout.labels.find((l) => l.id === 'key-governments')!.lines[0]).toBe(
				t.units.governments
			);
		});
	});

	it('lays out a box not yet measured without negative sizes', () => {
		const layout = toMembershipLayout(data, 'growth', 0, 0);
		expect(layout.plot.right).toBeGreaterThan(layout.plot.left);
		expect(layout.plot.bottom).toBeGreaterThan(layout.plot.top);
	});

	it('says when a figure has no date, rather than dropping it', () => {
		const undated: MembershipData = {
			figures: [
				...data.figures,
				{ ...data.figures[0]!, id: 'ogp_members_x', value: 70, text: '70', date: null }
			]
		};
		const layout = toMembershipLayout(undated, 'growth', 360, 420);
		expect(layout.labels.find((l) => l.id === 'ogp_members_x:undated')?.lines[0]).toBe(
			'70 countries: date not in our sources'
		);
		expect(layout.points).toHaveLength(data.figures.length);
		const es = toMembershipData(dataset, 'es');
		const esUndated: MembershipData = {
			figures: [
				...es.figures,
				{ ...es.figures[0]!, id: 'ogp_members_x', value: 70, text: '70', date: null }
			]
		};
		const narrow = toMembershipLayout(esUndated, 'growth', 288, 320, 'es');
		const label = narrow.labels.find((l) => l.id === 'ogp_members_x:undated')!;
		expect(label.lines.join(' ')).toBe('70 países: la fecha no consta en nuestras fuentes');
		expect(label.box.x + label.box.width).toBeLessThanOrEqual(288);
	});

	it('names the drawing in both languages, with the years of its axis', () => {
		expect(toMembershipLabel(CHART_STRINGS.en.membership)).toBe(
			'OGP membership, 2011 to 2016, as stated by our sources'
		);
		expect(toMembershipLabel(CHART_STRINGS.es.membership)).toBe(
			'Miembros de la AGA, de 2011 a 2016, según nuestras fuentes'
		);
	});
});
