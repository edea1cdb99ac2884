import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import { toCyclesData, editorialDates } from '../../../src/lib/charts/cycles/data';
import {
	CYCLES_DOMAINS,
	cyclesBoxes,
	overlaps,
	textWidth,
	toCyclesLabel,
	toCyclesLayout as layoutIn,
	type Box,
	type CyclesLayout
} from '../../../src/lib/charts/cycles/layout';
import { CYCLES_STATES, DEFAULT_CYCLES_STATE } from '../../../src/lib/charts/cycles/states';
import type { Dataset } from '../../../src/lib/data/types';
import { CHART_STRINGS } from '../../../src/lib/i18n/charts';
import type { Locale } from '../../../src/lib/format/dates';
import { LABEL_SIZE } from '../../../src/lib/theme';
import { LOCALES, textFor } from './locales';

const dataset = loadDataset();
const data = toCyclesData(dataset, 'en');
const toCyclesLayout = (
	d: typeof data,
	state: string,
	w: number,
	h: number,
	locale: Locale = 'en'
) => layoutIn(d, state, w, h, textFor('cycles', locale));
const SIZES = [
	[288, 320],
	[360, 420],
	[700, 600]
] as const;
const EPS = 0.5;

const inside = (b: Box, l: CyclesLayout) =>
	b.x >= -EPS && b.y >= -EPS && b.x + b.width <= l.width + EPS && b.y + b.height <= l.height + EPS;

describe('toCyclesData on the real data', () => {
	it('has one row per plan, in plan order, named as in plans.csv', () => {
		expect(data.plans.map((p) => p.id)).toEqual(dataset.plans.map((p) => p.stage_id));
		expect(data.plans.map((p) => p.name)).toEqual(dataset.plans.map((p) => p.name_en));
	});

	it.each([
		// stage, drafting window known, implementation window known, dates known (start, presented, end)
		['original-2011', false, false, [false, true, false]],
		['extended-2012', true, true, [true, true, true]],
		['plan-2013-2015', false, false, [true, false, true]],
		['plan-2016-2018', false, false, [true, false, false]]
	] as const)('%s: windows only between known dates', (id, drafting, implementation, dates) => {
		const p = data.plans.find((x) => x.id === id)!;
		expect(p.drafting !== null).toBe(drafting);
		expect(p.implementation !== null).toBe(implementation);
		expect([p.draftingStart, p.presented, p.implementationEnd].map((d) => d !== null)).toEqual(
			dates
		);
	});

	it('keeps a month date as the whole month, never its first day', () => {
		const p = data.plans.find((x) => x.id === 'plan-2013-2015')!;
		expect(p.draftingStart).toMatchObject({
			value: '2013-04',
			precision: 'month',
			start: Date.UTC(2013, 3, 1),
			end: Date.UTC(2013, 4, 1),
			label: 'April 2013'
		});
	});

	it('marks as our judgement exactly the dates plans.csv editorial_fields names', () => {
		expect(data.plans.map((p) => [p.id, p.editorial])).toEqual([
			['original-2011', []],
			['extended-2012', ['draftingStart']],
			['plan-2013-2015', ['implementationEnd']],
			// drafting_method is a judgement too, but not a date this chart draws.
			['plan-2016-2018', []]
		]);
		expect(editorialDates({ editorial_fields: ['presented', 'commitment_count'] })).toEqual([
			'presented'
		]);
		expect(editorialDates({ editorial_fields: [] })).toEqual([]);
	});

	it('names plans and dates in Spanish from the data', () => {
		const es = toCyclesData(dataset, 'es');
		expect(es.plans.map((p) => p.name)).toEqual(dataset.plans.map((p) => p.name_es));
		expect(es.plans.find((p) => p.id === 'plan-2013-2015')!.draftingStart!.label).toBe(
			'abril de 2013'
		);
		expect(es.events.map((e) => e.date.label)).toEqual([
			'27 de octubre de 2014',
			'8 de marzo de 2015',
			'22 de julio de 2015',
			'17 de septiembre de 2015'
		]);
	});

	it('takes the three dashboard cuts and the results presentation from events.csv', () => {
		expect(data.events.map((e) => [e.id, e.kind, e.date.label])).toEqual([
			['2014-10-27-dashboard-cut-1', 'dashboard-cut', '27 October 2014'],
			['2015-03-08-dashboard-cut-2', 'dashboard-cut', '8 March 2015'],
			['2015-07-22-dashboard-cut-3', 'dashboard-cut', '22 July 2015'],
			['2015-09-17-pa15-results', 'results', '17 September 2015']
		]);
	});

	it('is plain JSON (it is shipped to the browser)', () => {
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});
});

describe('toCyclesLayout', () => {
	const cases = LOCALES.flatMap((locale) =>
		CYCLES_STATES.flatMap((state) => SIZES.map(([w, h]) => [locale, state, w, h] as const))
	);

	describe.each(cases)('in %s, %s at %i×%i', (locale, state, width, height) => {
		const data = toCyclesData(dataset, locale);
		const layout = toCyclesLayout(data, state, width, height, locale);
		const { marks, labels, leaders } = cyclesBoxes(layout);

		it('draws every mark and label inside the box', () => {
			for (const m of marks) expect(inside(m.box, layout), m.id).toBe(true);
			for (const l of labels) expect(inside(l.abs, layout), l.id).toBe(true);
			for (const l of leaders) expect(l.y2 <= layout.height && l.y1 >= 0, l.id).toBe(true);
		});

		it('lets no two labels overlap, nor a label cover a mark', () => {
			for (const [i, a] of labels.entries())
				for (const b of labels.slice(i + 1))
					expect(overlaps(a.abs, b.abs), `${a.id} × ${b.id}`).toBe(false);
			for (const l of labels)
				for (const m of marks) expect(overlaps(l.abs, m.box), `${l.id} × ${m.id}`).toBe(false);
		});

		it('sizes labels with the shared estimator, at least LABEL_SIZE.small', () => {
			for (const l of labels) {
				expect(l.fontSize).toBeGreaterThanOrEqual(LABEL_SIZE.small);
				const w = Math.max(...l.lines.map((t) => textWidth(t, l.fontSize)));
				expect(l.abs.width).toBeCloseTo(w, 5);
			}
		});

		it('keeps rows and lanes apart', () => {
			const groups = layout.groups.map((g) => {
				const own = [...marks, ...labels].filter((x) => x.group === g.id);
				const boxes = own.map((x) =>
					'box' in x && !('abs' in x) ? x.box : (x as { abs: Box }).abs
				);
				return [Math.min(...boxes.map((b) => b.y)), Math.max(...boxes.map((b) => b.y + b.height))];
			});
			for (let i = 1; i < groups.length; i++)
				expect(groups[i]![0]).toBeGreaterThan(groups[i - 1]![1]!);
		});

		it('labels the axis with years, never crowded', () => {
			const years = layout.axis.labels.map((l) => Number(l.lines[0]));
			expect(years.length).toBeGreaterThanOrEqual(2);
			for (const y of years) {
				expect(Date.UTC(y + 1, 0, 1)).toBeGreaterThan(layout.domain[0]);
				expect(Date.UTC(y, 0, 1)).toBeLessThan(layout.domain[1]);
			}
		});
	});

	const at = (state: string, w = 360, h = 420) => cyclesBoxes(toCyclesLayout(data, state, w, h));
	const texts = (b: ReturnType<typeof at>) => b.labels.map((l) => l.lines.join(' '));

	it.each(SIZES)(
		'cycles at %i×%i: one row per plan, windows and dates as the data has them',
		(w, h) => {
			const layout = toCyclesLayout(data, 'cycles', w, h);
			expect(layout.groups.map((g) => g.id)).toEqual(data.plans.map((p) => p.id));
			const { marks, labels } = cyclesBoxes(layout);
			const kinds = (id: string) =>
				marks
					.filter((m) => m.group === id)
					.map((m) => m.kind)
					.sort();
			expect(kinds('original-2011')).toEqual(['date']);
			expect(kinds('extended-2012')).toEqual(['drafting', 'implementation']);
			expect(kinds('plan-2013-2015')).toEqual(['date', 'date', 'unknown-gap']);
			expect(kinds('plan-2016-2018')).toEqual(['date']);
			// As many solid windows as the data has known windows.
			const windows = data.plans.flatMap((p) => [p.drafting, p.implementation]).filter(Boolean);
			expect(
				marks.filter((m) => m.kind === 'drafting' || m.kind === 'implementation')
			).toHaveLength(windows.length);
			// Every unknown is drawn dashed or said, per row with a blank date.
			for (const p of data.plans) {
				const blank = [p.draftingStart, p.presented, p.implementationEnd].some((d) => d === null);
				const said = labels.some(
					(l) =>
						l.group === p.id &&
						l.kind === 'unknown' &&
						l.lines.join(' ').endsWith('not in our sources')
				);
				expect(said, p.id).toBe(blank);
			}
			expect(marks.filter((m) => m.unknown).map((m) => m.group)).toEqual(['plan-2013-2015']);
			const names = labels.filter((l) => l.kind === 'name').map((l) => l.lines.join(' '));
			expect(names).toEqual(data.plans.map((p) => p.name));
			// Direct labels name the two windows; the † marks the drafting start we judged.
			expect(labels.some((l) => l.lines[0]?.startsWith('drafting †'))).toBe(true);
			expect(labels.some((l) => l.lines.join(' ') === 'carrying out')).toBe(true);
			// And the 2013–2015 plan's end, which our sources date for one commitment only.
			expect(
				labels.some((l) => l.group === 'plan-2013-2015' && /ends †$/.test(l.lines.join(' ')))
			).toBe(true);
			// Each † has its note, however short the box makes it.
			for (const id of ['extended-2012', 'plan-2013-2015'])
				expect(
					labels.some((l) => l.group === id && l.kind === 'note' && l.lines[0]!.startsWith('† ')),
					id
				).toBe(true);
		}
	);

	it('draws a month date across its month, a day as a dot centred on its day', () => {
		const layout = toCyclesLayout(data, 'dashboard', 700, 600);
		const { marks } = cyclesBoxes(layout);
		const end = marks.find((m) => m.id === 'plan-2013-2015:implementationEnd')!;
		const px = (t: number) =>
			layout.plot.left +
			((t - layout.domain[0]) / (layout.domain[1] - layout.domain[0])) *
				(layout.plot.right - layout.plot.left);
		expect(end.x).toBeCloseTo(px(Date.UTC(2015, 6, 1)), 5);
		expect(end.x + end.width).toBeCloseTo(px(Date.UTC(2015, 7, 1)), 5);
		const cut = marks.find((m) => m.id === '2014-10-27-dashboard-cut-1')!;
		expect(cut.x + cut.width / 2).toBeCloseTo(px(Date.UTC(2014, 9, 27, 12)), 5);
	});

	it('never draws the 2013–2015 window between unknown ends as a solid bar', () => {
		for (const state of CYCLES_STATES) {
			const own = at(state).marks.filter((m) => m.group === 'plan-2013-2015');
			expect(own.some((m) => m.kind === 'drafting' || m.kind === 'implementation')).toBe(false);
			expect(own.find((m) => m.kind === 'unknown-gap')?.unknown).toBe(true);
		}
	});

	it('states what the sources do not date', () => {
		const t = texts(at('cycles'));
		expect(t).toContain('drafting start and end not in our sources');
		expect(t).toContain('presentation not in our sources');
		expect(t.some((x) => x.startsWith('presentation and end not'))).toBe(true);
		expect(t).toContain('† our judgement: from the secretariat’s creation');
		expect(t).toContain('† our judgement: sourced for one commitment only');
		// Where the box has no room for why, the note still says whose judgement it is.
		const narrow = texts(at('cycles', 288, 320));
		expect(narrow.filter((x) => x === '† our judgement')).toHaveLength(2);
	});

	it('states the same in Spanish', () => {
		const es = toCyclesData(dataset, 'es');
		const t = texts(cyclesBoxes(toCyclesLayout(es, 'cycles', 360, 420, 'es')));
		// Too long for this box, so said the short way.
		expect(t).toContain('sin inicio ni fin en nuestras fuentes');
		expect(t).toContain('presentación no consta en nuestras fuentes');
		expect(t).toContain('elaboración †');
		expect(t).toContain('ejecución');
		expect(t).toContain('† criterio propio: inicia con el Secretariado');
		expect(t).toContain('† criterio propio: fecha de un solo compromiso');
		const wide = texts(cyclesBoxes(toCyclesLayout(es, 'cycles', 700, 600, 'es')));
		expect(wide).toContain('inicio de la elaboración y fin no constan en nuestras fuentes');
		const d = texts(cyclesBoxes(toCyclesLayout(es, 'dashboard', 360, 420, 'es')));
		expect(d).toContain('← elaboración desde abril de 2013');
		expect(d.some((x) => x.startsWith('corte 1 del tablero'))).toBe(true);
		expect(d.some((x) => x.startsWith('presentación de resultados'))).toBe(true);
	});

	it('marks whichever dates editorial_fields names, with a note for each', () => {
		const edited: Dataset = {
			...dataset,
			plans: dataset.plans.map((p) =>
				p.stage_id === 'original-2011'
					? { ...p, editorial_fields: ['presented'] }
					: p.stage_id === 'extended-2012'
						? { ...p, editorial_fields: [] }
						: p
			)
		};
		const d = toCyclesData(edited, 'en');
		const { labels } = cyclesBoxes(toCyclesLayout(d, 'cycles', 700, 600));
		const of = (group: string) =>
			labels.filter((l) => l.group === group).map((l) => l.lines.join(' '));
		expect(of('original-2011')).toContain('presented †');
		expect(of('original-2011')).toContain(CHART_STRINGS.en.cycles.editorial.presented);
		expect(of('extended-2012').some((x) => x.includes('†'))).toBe(false);
		expect(of('plan-2013-2015')).toContain('† our judgement: sourced for one commitment only');
	});

	it('names the drawing in each state and language', () => {
		expect(toCyclesLabel(data, 'cycles', CHART_STRINGS.en.cycles)).toBe(
			'Drafting and carrying-out windows of Mexico’s OGP action plans, 2011 to 2018'
		);
		expect(toCyclesLabel(toCyclesData(dataset, 'es'), 'dashboard', CHART_STRINGS.es.cycles)).toBe(
			'Plan de Acción 2013-2015: cortes de avance del tablero público y presentación de resultados'
		);
	});

	it.each(SIZES)('dashboard at %i×%i: the cuts and the results, each with its date', (w, h) => {
		const b = at('dashboard', w, h);
		expect(b.marks.filter((m) => m.kind === 'dashboard-cut')).toHaveLength(
			data.events.filter((e) => e.kind === 'dashboard-cut').length
		);
		expect(b.marks.filter((m) => m.kind === 'results')).toHaveLength(1);
		const t = texts(b);
		for (const e of data.events)
			expect(
				t.some((x) => x.endsWith(e.date.label)),
				e.id
			).toBe(true);
		expect(t).toContain('← drafting from April 2013');
		expect(t).toContain('presentation not in our sources');
		// Only the focus plan is shown.
		expect(new Set(b.marks.map((m) => m.group))).toEqual(new Set(['plan-2013-2015', 'dashboard']));
		// Leaders never pass through another label.
		for (const l of b.leaders)
			for (const lab of b.labels.filter((x) => x.id !== l.id.replace(':leader', ':label')))
				expect(
					lab.abs.x < l.x &&
						l.x < lab.abs.x + lab.abs.width &&
						lab.abs.y < l.y2 &&
						l.y1 < lab.abs.y + lab.abs.height,
					`${l.id} × ${lab.id}`
				).toBe(false);
	});

	it('zooms: the two states show different windows; unknown state ids fall back', () => {
		expect(toCyclesLayout(data, 'dashboard', 360, 420).domain).toEqual(CYCLES_DOMAINS.dashboard);
		expect(toCyclesLayout(data, 'nope', 360, 420).state).toBe(DEFAULT_CYCLES_STATE);
	});

	it('labels every other year when a year is too narrow for its label', () => {
		const narrow = toCyclesLayout(data, 'cycles', 200, 420).axis.labels.map((l) => l.lines[0]);
		expect(narrow).toEqual(['2011', '2013', '2015', '2017']);
		const wide = toCyclesLayout(data, 'cycles', 700, 420).axis.labels.map((l) => l.lines[0]);
		expect(wide).toHaveLength(8);
	});

	it.each(SIZES)('dashboard at %i×%i: labels the short first year too', (w, h) => {
		const years = toCyclesLayout(data, 'dashboard', w, h).axis.labels.map((l) => l.lines[0]);
		expect(years).toEqual(['2013', '2014', '2015']);
	});

	it('lays out a box not yet measured without negative sizes', () => {
		for (const state of CYCLES_STATES) {
			const layout = toCyclesLayout(data, state, 0, 0);
			expect(layout.clip.plot.width).toBeGreaterThan(0);
			for (const m of cyclesBoxes(layout).marks) expect(m.width).toBeGreaterThanOrEqual(0);
		}
	});
});
