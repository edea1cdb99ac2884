import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { NOT_IN_SOURCES } from '$lib/data/derive';
import type { Dataset } from '$lib/data/types';
import { toFlowData } from '$lib/charts/flow/data';
import {
	estimateTextWidth,
	toFlowLayout as layoutIn,
	wrapText,
	type FlowLayout,
	type LaidLabel
} from '$lib/charts/flow/layout';
import { DEFAULT_FLOW_STATE, FLOW_STATES } from '$lib/charts/flow/states';
import { CHART_STRINGS } from '$lib/i18n/charts';
import type { Locale } from '$lib/format/dates';
import { LABEL_SIZE } from '$lib/theme';
import { LOCALES, textFor } from './locales';

const EN = CHART_STRINGS.en.flow;
const dataset = loadDataset();
const data = toFlowData(dataset, 'en');
const toFlowLayout = (
	d: typeof data,
	state: string,
	width: number,
	height: number,
	locale: Locale = 'en'
) => layoutIn(d, state, width, height, textFor('flow', locale));
const plan = (stage: string) => dataset.plans.find((p) => p.stage_id === stage)!;
const rows = (stage: string) =>
	dataset.commitments.filter((c) => c.stage === stage && c.row_kind === 'commitment');

// The brief's sizes, plus the README's 320 and 1280 px.
const SIZES = [288, 320, 360, 700, 1280].flatMap((width) =>
	[320, 420, 600].map((height) => ({ width, height }))
);
const CASES = LOCALES.flatMap((locale) =>
	FLOW_STATES.flatMap((state) => SIZES.map((size) => ({ locale, state, ...size })))
);

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (r: Rect, width: number, height: number) =>
	r.x >= 0 && r.y >= 0 && r.x + r.width <= width && r.y + r.height <= height;
const visibleLabels = (l: FlowLayout) => l.labels.filter((x) => x.opacity > 0);
const visibleMarks = (l: FlowLayout, stage?: string) =>
	l.marks.filter((m) => m.opacity > 0 && (!stage || m.stage === stage));
const text = (l: LaidLabel) => l.lines.join(' ');
/** Label texts, with a header line of several runs ("jointly built · 36 commitments") split. */
const counts = (l: FlowLayout) =>
	visibleLabels(l).flatMap((x) =>
		x.runs ? x.runs.map((r) => r.text.replace(/^ · /, '')) : [text(x)]
	);
const markRect = (m: { x: number; y: number; size: number }) => ({
	x: m.x,
	y: m.y,
	width: m.size,
	height: m.size
});

describe('toFlowData on the real data', () => {
	it('has the three plans in order, with the counts plans.csv states', () => {
		expect(data.stages.map((s) => s.stage)).toEqual([
			'original-2011',
			'extended-2012',
			'plan-2013-2015'
		]);
		for (const s of data.stages) expect(s.count).toBe(plan(s.stage).commitment_count);
	});

	it.each([
		['original-2011', 'September 2011 plan', 'government-drafted', 'count not in our sources'],
		['extended-2012', 'Extended Plan, 2012', 'jointly built', '36 commitments'],
		['plan-2013-2015', '2013–2015 plan', 'co-created', '26 commitments']
	])('names %s "%s", %s, %s', (stage, name, method, count) => {
		const s = data.stages.find((x) => x.stage === stage)!;
		expect([s.name, s.methodLabel, s.countLabel]).toEqual([name, method, count]);
	});

	it('draws no marks for the plan whose count is not in our sources', () => {
		const s = data.stages[0]!;
		expect(plan('original-2011').commitment_count).toBeNull();
		expect(s.count).toBeNull();
		expect(s.marks).toHaveLength(0);
	});

	it('generates the Extended Plan marks from its count, with no titles', () => {
		const s = data.stages[1]!;
		expect(s.marks).toHaveLength(plan('extended-2012').commitment_count!);
		expect(s.marks[0]!.id).toBe('extended-1');
		expect(s.marks.at(-1)!.id).toBe(`extended-${plan('extended-2012').commitment_count}`);
		expect(s.marks.every((m) => m.title === null && !m.unlisted)).toBe(true);
	});

	it('gives the 2013–2015 plan one mark per row, keyed by row_id, titled only from the data', () => {
		const s = data.stages[2]!;
		expect(s.marks.map((m) => m.id)).toEqual(rows('plan-2013-2015').map((c) => c.row_id));
		expect(s.marks).toHaveLength(plan('plan-2013-2015').commitment_count!);
		const title = (id: string) => s.marks.find((m) => m.id === id)!.title;
		expect(title('pa15-c05')).toBe('Commitment 5: Base de datos de personas desaparecidas');
		expect(title('pa15-c07')).toBe('Commitment 7: title not in our sources');
		// C26 has only our description (topic_en), which is never a title.
		expect(title('pa15-c26')).toBe('Commitment 26: title not in our sources');
	});

	it('groups by cluster in report order, the unplaced last, none dropped', () => {
		expect(data.groups.map((g) => g.id)).toEqual([
			'competitiveness',
			'justice-security',
			'social-education',
			'environment',
			NOT_IN_SOURCES
		]);
		expect(data.groups[0]!.name).toBe('Competitiveness and economic growth');
		const unknown = data.groups.at(-1)!;
		const blank = rows('plan-2013-2015').filter((c) => c.irm_cluster === null);
		expect(unknown.known).toBe(false);
		expect(unknown.count).toBe(blank.length);
		expect(unknown.markIds.sort()).toEqual(blank.map((c) => c.row_id).sort());
		expect(data.groups.reduce((n, g) => n + g.count, 0)).toBe(data.stages[2]!.marks.length);
		for (const g of data.groups.filter((x) => x.known)) {
			const cluster = dataset.clusters.find((c) => c.cluster_id === g.id)!;
			expect(g.name).toBe(cluster.name_en);
			expect(g.count).toBe(rows('plan-2013-2015').filter((c) => c.irm_cluster === g.id).length);
		}
	});

	it('has no links: no row continues another', () => {
		expect(dataset.commitments.every((c) => c.continues === null)).toBe(true);
		expect(data.links).toEqual([]);
	});

	it('links commitments only where `continues` says so', () => {
		const withLink: Dataset = {
			...dataset,
			commitments: dataset.commitments.map((c) =>
				c.row_id === 'pa15-c01'
					? { ...c, continues: 'p1-budget-transparency-portal' }
					: c.row_id === 'pa15-c26'
						? { ...c, continues: 'p1-join-eiti' }
						: c
			)
		};
		const linked = toFlowData(withLink, 'en');
		expect(linked.links).toEqual([
			{
				id: 'p1-budget-transparency-portal--pa15-c01',
				from: { stage: 'original-2011', markId: null },
				to: { stage: 'plan-2013-2015', markId: 'pa15-c01' }
			}
		]);
		// p1-join-eiti's plan (original or extended) is not in our sources: no column to draw from.
		expect(linked.undrawableLinks).toBe(1);
		const second = toFlowLayout(linked, 'second', 360, 420);
		expect(second.links).toHaveLength(1);
		expect(second.links[0]!.opacity).toBe(1);
		for (const state of ['extended', 'by-cluster'])
			expect(toFlowLayout(linked, state, 360, 420).links[0]!.opacity).toBe(0);
	});

	it('draws commitments a stated count implies beyond our rows as unknown, not as nothing', () => {
		const short: Dataset = {
			...dataset,
			commitments: dataset.commitments.filter((c) => c.row_id !== 'pa15-c02')
		};
		const d = toFlowData(short, 'en');
		const s = d.stages[2]!;
		expect(s.marks).toHaveLength(plan('plan-2013-2015').commitment_count!);
		expect(s.marks.filter((m) => m.unlisted)).toHaveLength(1);
		expect(d.groups.at(-1)!.count).toBe(data.groups.at(-1)!.count + 1);
		const l = toFlowLayout(d, 'second', 360, 420);
		expect(l.marks.filter((m) => m.unknown)).toHaveLength(1);
	});
});

describe('toFlowData in Spanish', () => {
	const es = toFlowData(dataset, 'es');
	it.each([
		['original-2011', 'Plan de septiembre de 2011', 'elaborado por el gobierno', EN.countUnknown],
		['extended-2012', 'Plan de Acción Ampliado, 2012', 'construido en conjunto', '36 compromisos'],
		['plan-2013-2015', 'Plan de Acción 2013–2015', 'cocreado', '26 compromisos']
	])('names %s "%s", %s, %s', (stage, name, method, count) => {
		const s = es.stages.find((x) => x.stage === stage)!;
		const want = count === EN.countUnknown ? CHART_STRINGS.es.flow.countUnknown : count;
		expect([s.name, s.methodLabel, s.countLabel]).toEqual([name, method, want]);
	});

	it('keeps the official Spanish titles, and names clusters as clusters.csv does in Spanish', () => {
		const s = es.stages[2]!;
		const title = (id: string) => s.marks.find((m) => m.id === id)!.title;
		expect(title('pa15-c05')).toBe('Compromiso 5: Base de datos de personas desaparecidas');
		expect(title('pa15-c07')).toBe('Compromiso 7: el título no consta en nuestras fuentes');
		for (const g of es.groups.filter((x) => x.known))
			expect(g.name).toBe(dataset.clusters.find((c) => c.cluster_id === g.id)!.name_es);
		expect(es.groups.at(-1)!.name).toBe(CHART_STRINGS.es.flow.clusterUnknown);
		// The same marks in both languages: only words change.
		expect(es.stages.map((x) => x.marks.map((m) => m.id))).toEqual(
			data.stages.map((x) => x.marks.map((m) => m.id))
		);
	});
});

describe('wrapText', () => {
	it('breaks at words within the width', () => {
		const lines = wrapText(EN.blockLabel, 120, 13);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(EN.blockLabel);
		for (const l of lines) expect(estimateTextWidth(l, 13)).toBeLessThanOrEqual(120);
	});
});

describe.each(CASES)('toFlowLayout $state in $locale at $width×$height', (c) => {
	const { locale, state, width, height } = c;
	const t = CHART_STRINGS[locale].flow;
	const data = toFlowData(dataset, locale);
	const layout = toFlowLayout(data, state, width, height, locale);
	const commitments = (n: number | null) => t.commitments(String(n));

	it('keeps every mark, label and block inside the box', () => {
		for (const m of layout.marks) expect(inside(markRect(m), width, height), m.id).toBe(true);
		for (const l of layout.labels) expect(inside(l, width, height), l.id).toBe(true);
		for (const b of layout.blocks) expect(inside(b, width, height), b.id).toBe(true);
	});

	it('lets no two visible labels overlap, nor a label and a visible mark', () => {
		const labels = visibleLabels(layout);
		for (let i = 0; i < labels.length; i++)
			for (let j = i + 1; j < labels.length; j++)
				expect(overlaps(labels[i]!, labels[j]!), `${labels[i]!.id} / ${labels[j]!.id}`).toBe(false);
		const marks = visibleMarks(layout);
		for (const l of labels)
			for (const m of marks) expect(overlaps(l, markRect(m)), `${l.id} / ${m.id}`).toBe(false);
	});

	it('lets no two visible marks overlap, and keeps labels readable', () => {
		const marks = visibleMarks(layout);
		for (let i = 0; i < marks.length; i++)
			for (let j = i + 1; j < marks.length; j++)
				expect(overlaps(markRect(marks[i]!), markRect(marks[j]!))).toBe(false);
		expect(marks.every((m) => m.size >= 4)).toBe(true);
		for (const l of layout.labels) expect(l.fontSize).toBeGreaterThanOrEqual(LABEL_SIZE.small);
	});

	it('draws the counts the data holds', () => {
		const shown = (stage: string) => visibleMarks(layout, stage).length;
		const headers = counts(layout);
		if (state === 'extended') {
			expect(shown('extended-2012')).toBe(plan('extended-2012').commitment_count);
			expect(shown('plan-2013-2015')).toBe(0);
			expect(headers).toContain(commitments(plan('extended-2012').commitment_count));
			expect(headers).not.toContain(commitments(plan('plan-2013-2015').commitment_count));
		}
		if (state === 'second') {
			expect(shown('extended-2012')).toBe(plan('extended-2012').commitment_count);
			expect(shown('plan-2013-2015')).toBe(plan('plan-2013-2015').commitment_count);
			expect(headers).toContain(commitments(plan('plan-2013-2015').commitment_count));
		}
		if (state === 'by-cluster') {
			expect(shown('extended-2012')).toBe(0);
			expect(shown('plan-2013-2015')).toBe(plan('plan-2013-2015').commitment_count);
			for (const g of data.groups) expect(headers).toContain(`${g.name} · ${g.count}`);
		}
		expect(shown('original-2011')).toBe(0);
	});

	it('draws unknowns as unknown', () => {
		const block = layout.blocks.find((b) => b.id === 'original-2011-block')!;
		const blockLabel = layout.labels.find((l) => l.id === 'original-2011-block-label')!;
		expect(text(blockLabel)).toBe(t.blockLabel);
		const unknown = visibleMarks(layout).filter((m) => m.unknown);
		if (state === 'by-cluster') {
			expect(block.opacity).toBe(0);
			expect(unknown.map((m) => m.id).sort()).toEqual(data.groups.at(-1)!.markIds.sort());
			expect(visibleLabels(layout).map(text)).toContain(
				`${t.clusterUnknown} · ${data.groups.at(-1)!.count}`
			);
		} else {
			expect(block.opacity).toBe(1);
			expect(blockLabel.opacity).toBe(1);
			expect(inside(blockLabel, block.x + block.width, block.y + block.height)).toBe(true);
			expect(counts(layout)).toContain(t.countUnknown);
			expect(unknown).toHaveLength(0);
		}
	});

	it('puts each cluster group together, in report order', () => {
		if (state !== 'by-cluster') return;
		const at = new Map(layout.marks.map((m) => [m.id, m]));
		const tops = data.groups.map((g) => Math.min(...g.markIds.map((id) => at.get(id)!.y)));
		expect([...tops].sort((a, b) => a - b)).toEqual(tops);
		data.groups.forEach((g, i) => {
			const label = layout.labels.find((l) => l.id === `group-${g.id}`)!;
			expect(label.y).toBeGreaterThanOrEqual(i === 0 ? 0 : tops[i - 1]!);
		});
	});
});

describe('arrangement', () => {
	const names = (width: number) =>
		toFlowLayout(data, 'second', width, 420).labels.filter((l) => l.id.endsWith('-name'));
	it('puts the plans side by side, left to right, on wide boxes', () => {
		const [a, b, c] = names(700);
		expect(a!.x < b!.x && b!.x < c!.x).toBe(true);
		expect(new Set([a!.y, b!.y, c!.y]).size).toBe(1);
	});
	it.each([288, 360])('stacks them top to bottom at %i px', (width) => {
		const [a, b, c] = names(width);
		expect(a!.y < b!.y && b!.y < c!.y).toBe(true);
		expect(new Set([a!.x, b!.x, c!.x]).size).toBe(1);
	});
});

describe('object constancy', () => {
	it('keeps the same keyed marks, at the same size, in every state', () => {
		for (const { width, height } of SIZES) {
			const layouts = FLOW_STATES.map((s) => toFlowLayout(data, s, width, height));
			const ids = layouts.map((l) => l.marks.map((m) => m.id).join());
			expect(new Set(ids).size).toBe(1);
			expect(new Set(layouts.flatMap((l) => l.marks.map((m) => m.size))).size).toBe(1);
		}
	});

	it('moves the 2013–2015 marks when they regroup, and only fades the others', () => {
		const second = toFlowLayout(data, 'second', 360, 420);
		const grouped = toFlowLayout(data, 'by-cluster', 360, 420);
		const moved = grouped.marks.filter((m) => {
			const before = second.marks.find((x) => x.id === m.id)!;
			return before.x !== m.x || before.y !== m.y;
		});
		expect(moved.every((m) => m.stage === 'plan-2013-2015')).toBe(true);
		expect(moved.length).toBeGreaterThan(0);
	});

	it('falls back to the default state for an unknown state id', () => {
		expect(toFlowLayout(data, 'nope', 360, 420)).toEqual(
			toFlowLayout(data, DEFAULT_FLOW_STATE, 360, 420)
		);
	});
});
