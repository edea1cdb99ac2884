/** The completion chart's data and layout, on the real data, for every state at phone to desktop sizes. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import type { Dataset } from '../../../src/lib/data/types';
import { toCompletionData } from '../../../src/lib/charts/completion/data';
import {
	FADED_OPACITY,
	textWidth,
	toCompletionLabel,
	toCompletionLayout as layoutIn,
	wrapText,
	type Box,
	type CompletionLayout
} from '../../../src/lib/charts/completion/layout';
import { COMPLETION_STATES } from '../../../src/lib/charts/completion/states';
import { CHART_STRINGS } from '../../../src/lib/i18n/charts';
import type { Locale } from '../../../src/lib/format/dates';
import { LABEL_SIZE } from '../../../src/lib/theme';
import { LOCALES, textFor } from './locales';

const dataset = loadDataset();
const data = toCompletionData(dataset, 'en');
const toCompletionLayout = (
	d: typeof data,
	state: string,
	w: number,
	h: number,
	locale: Locale = 'en'
) => layoutIn(d, state, w, h, textFor('completion', locale));

const WIDTHS = [288, 360, 700];
const HEIGHTS = [300, 320, 420, 600];
const SIZES = WIDTHS.flatMap((w) => HEIGHTS.map((h) => [w, h] as const));

const text = (l: CompletionLayout) =>
	l.labels
		.map((x) => x.text)
		.join(' ')
		.replaceAll('\u00a0', ' ');
const overlaps = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (b: Box, w: number, h: number) =>
	b.x >= 0 && b.y >= 0 && b.x + b.width <= w + 1e-9 && b.y + b.height <= h + 1e-9;
const squareBox = (s: { x: number; y: number; size: number }): Box => ({
	x: s.x,
	y: s.y,
	width: s.size,
	height: s.size
});

describe('toCompletionData', () => {
	it('groups the 26 commitments by cluster in report order, the unplaced group last', () => {
		expect(data.groups.map((g) => [g.name, g.squares.length, g.known])).toEqual([
			['Competitiveness and economic growth', 4, true],
			['Justice and security', 3, true],
			['Social and education policy', 3, true],
			['Environmental policy', 3, true],
			['Cluster not in our sources', 13, false]
		]);
		expect(
			data.groups
				.flatMap((g) => g.squares)
				.map((s) => s.number)
				.sort((a, b) => a! - b!)
		).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
	});

	it('counts the three lenses from the rows, and they agree with the sourced figures', () => {
		const t = data.totals;
		expect([t.total, t.claimedComplete, t.claimUnknown, t.irmUnrated, t.disputed]).toEqual([
			26, 26, 0, 23, 1
		]);
		expect(t.irm).toEqual({ Major: 3 });
		expect(t.total).toBe(data.figures.commitments.value);
		expect(t.claimedComplete).toBe(data.figures.dashboardClaim.value);
		expect(t.irm.Major).toBe(data.figures.irmRatedMajor.value);
		expect(t.irmUnrated).toBe(data.figures.irmUnrated.value);
		const rated = data.groups.flatMap((g) => g.squares.filter((s) => s.rating)).map((s) => s.id);
		expect(rated).toEqual(['pa15-c05', 'pa15-c06', 'pa15-c21']);
	});

	it('keeps the self-report as printed, with its sum and the stated whole', () => {
		const sr = data.selfReport;
		expect(sr.segments.map((s) => [s.id, s.figure.value, s.meaning])).toEqual([
			['met', 21, 'fully met'],
			['partial', 15, 'partly met'],
			['none', 2, 'not met']
		]);
		expect([sr.sum, sr.stated.value, sr.inconsistent, sr.sumFigure?.value]).toEqual([
			38,
			36,
			true,
			38
		]);
	});

	it('ties the dispute to commitment 26 with its qualifier', () => {
		expect(data.dispute.rowId).toBe('pa15-c26');
		expect([data.dispute.disputed.value, data.dispute.disputed.qualifier]).toEqual([4, 'at-least']);
		expect(data.dispute.objectives.value).toBe(9);
	});

	it('invents no titles and cites a source for every figure', () => {
		const squares = data.groups.flatMap((g) => g.squares);
		expect(squares.filter((s) => s.titleEs !== null)).toHaveLength(9);
		expect(squares.find((s) => s.id === 'pa15-c26')?.titleEs).toBeNull();
		const figures = [
			...Object.values(data.figures),
			data.dispute.disputed,
			data.dispute.objectives,
			data.selfReport.stated,
			...data.selfReport.segments.map((s) => s.figure)
		];
		for (const f of figures) expect(f.sourceIds.length, f.id).toBeGreaterThan(0);
		for (const s of squares) expect(s.sourceIds.length, s.id).toBeGreaterThan(0);
	});

	it('is plain, serialisable data', () => {
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});
});

describe('toCompletionData in Spanish', () => {
	const es = toCompletionData(dataset, 'es');
	it('names plans, clusters and statuses in Spanish, from the data where the data has them', () => {
		expect(es.groups.map((g) => g.name)).toEqual([
			...dataset.clusters.map((c) => c.name_es),
			CHART_STRINGS.es.completion.clusterUnknown
		]);
		expect(es.selfReport.planName).toBe('Plan de Acción Ampliado');
		expect(es.planName).toBe('Plan de Acción 2013-2015');
		expect(es.selfReport.segments.map((s) => s.meaning)).toEqual([
			'cumplidos totalmente',
			'cumplidos parcialmente',
			'sin cumplimiento'
		]);
		expect(es.dispute.disputed.text).toBe('al menos 4');
	});

	it('holds the same numbers as the English data', () => {
		expect(es.totals).toEqual(data.totals);
		expect(es.dashboardTop).toEqual(data.dashboardTop);
		expect(es.groups.map((g) => g.squares)).toEqual(data.groups.map((g) => g.squares));
	});
});

describe('accessible names', () => {
	it('name each state in both languages, with the plans and dates from the data', () => {
		const es = toCompletionData(dataset, 'es');
		expect(toCompletionLabel(data, 'self-report', textFor('completion', 'en'))).toBe(
			'Extended Action Plan: self-reported status, 23 December 2012'
		);
		expect(toCompletionLabel(es, 'self-report', textFor('completion', 'es'))).toBe(
			'Plan de Acción Ampliado: avance reportado por el propio gobierno, 23 de diciembre de 2012'
		);
		expect(toCompletionLabel(es, 'irm', textFor('completion', 'es'))).toMatch(
			/^Plan de Acción 2013-2015: compromisos por sector/
		);
	});
});

describe('text estimate', () => {
	it('measures and wraps by 0.55 em per character', () => {
		expect(textWidth('abcd', 10)).toBeCloseTo(22);
		expect(wrapText('one two three', 10, 5.5 * 7)).toEqual(['one two', 'three']);
	});
});

const LAYOUT_CASES = LOCALES.flatMap((locale) =>
	COMPLETION_STATES.map((state) => [locale, state] as const)
);

describe.each(LAYOUT_CASES)('toCompletionLayout in %s, state %s', (locale, state) => {
	const data = toCompletionData(dataset, locale);
	it.each(SIZES)('fits %i × %i: inside the box, readable, no collisions', (w, h) => {
		const l = toCompletionLayout(data, state, w, h, locale);
		expect(l.state).toBe(state);
		for (const lab of l.labels) {
			expect(inside(lab.box, w, h), `label "${lab.text}" outside ${w}×${h}`).toBe(true);
			expect(lab.size).toBeGreaterThanOrEqual(LABEL_SIZE.small);
		}
		for (const r of l.rects) expect(inside(r, w, h), r.id).toBe(true);
		for (const s of l.squares) expect(inside(squareBox(s), w, h), s.id).toBe(true);
		for (const r of l.rules) expect(Math.min(r.x1, r.x2, r.y1, r.y2) >= 0, r.id).toBe(true);
		for (const r of l.rules)
			expect(Math.max(r.x1, r.x2) <= w && Math.max(r.y1, r.y2) <= h, r.id).toBe(true);
		const marks = [...l.squares.map(squareBox), ...l.rects];
		for (const [i, a] of l.labels.entries()) {
			for (const b of l.labels.slice(i + 1))
				expect(overlaps(a.box, b.box), `"${a.text}" overlaps "${b.text}"`).toBe(false);
			for (const m of marks) expect(overlaps(a.box, m), `"${a.text}" covers a mark`).toBe(false);
		}
		for (const [i, a] of l.squares.entries())
			for (const b of l.squares.slice(i + 1))
				expect(overlaps(squareBox(a), squareBox(b)), `${a.id} / ${b.id}`).toBe(false);
		// Leaders and lines never run through a label.
		for (const r of l.rules)
			for (const lab of l.labels) {
				const vertical = r.x1 === r.x2;
				if (!vertical) continue;
				const crosses =
					r.x1 > lab.box.x &&
					r.x1 < lab.box.x + lab.box.width &&
					Math.max(r.y1, r.y2) > lab.box.y + 0.5 &&
					Math.min(r.y1, r.y2) < lab.box.y + lab.box.height - 0.5;
				expect(crosses, `${r.id} crosses "${lab.text}"`).toBe(false);
			}
	});
});

describe('self-report state', () => {
	it.each(SIZES)('shows 21 + 15 + 2 against the 36 line at %i × %i', (w, h) => {
		const l = toCompletionLayout(data, 'self-report', w, h);
		expect(l.squares).toHaveLength(0);
		const segs = l.rects.filter((r) => r.role === 'segment');
		expect(segs).toHaveLength(3);
		// Widths proportional to 21 : 15 : 2 (1 px gap between segments).
		const unit = (segs[0]!.width + 1) / 21;
		expect((segs[1]!.width + 1) / unit).toBeCloseTo(15, 5);
		expect((segs[2]!.width + 1) / unit).toBeCloseTo(2, 5);
		const line = l.rules.find((r) => r.id === 'sr-stated-line')!;
		expect(line.x1).toBeCloseTo(segs[0]!.x + unit * 36, 5);
		// The part beyond 36 lies outside the line.
		expect(segs[2]!.x).toBeGreaterThanOrEqual(line.x1 - 1e-9);
		const all = text(l);
		for (const t of [
			'self-reported',
			'21 fully met',
			'15 partly met',
			'2 not met',
			'36 commitments in the plan',
			'adds up to 38: 2 more than the plan had'
		])
			expect(all).toContain(t);
	});
});

describe('the same states in Spanish', () => {
	const es = toCompletionData(dataset, 'es');
	it.each(SIZES)('self-report at %i × %i says the arithmetic in Spanish', (w, h) => {
		const all = text(toCompletionLayout(es, 'self-report', w, h, 'es'));
		for (const t of [
			'avance reportado',
			'21 cumplidos totalmente',
			'15 cumplidos parcialmente',
			'2 sin cumplimiento',
			'36 compromisos en el plan',
			'suman 38: 2 más de los que tenía el plan'
		])
			expect(all).toContain(t);
	});

	it('irm and dispute in Spanish', () => {
		const irm = toCompletionLayout(es, 'irm', 360, 420, 'es');
		expect(text(irm)).toContain('23 sin calificación en nuestras fuentes');
		expect(irm.labels.filter((x) => x.text === '1 «importante»')).toHaveLength(3);
		expect(irm.squares.find((s) => s.id === 'pa15-c05')?.title).toBe(
			'Compromiso 5: Base de datos de personas desaparecidas. MRI: «importante»'
		);
		const dispute = toCompletionLayout(es, 'dispute', 360, 420, 'es');
		expect(text(dispute)).toContain('al menos 4 de 9 objetivos en disputa');
		expect(dispute.squares.find((s) => s.id === 'pa15-c26')?.title).toBe(
			'Compromiso 26: el título no consta en nuestras fuentes. Puesto en duda por la sociedad civil'
		);
	});
});

describe('lens states', () => {
	it.each(SIZES)('keep every square in place between lenses at %i × %i', (w, h) => {
		const [claim, irm, dispute] = (['claim', 'irm', 'dispute'] as const).map((s) =>
			toCompletionLayout(data, s, w, h).squares.map(({ id, x, y, size }) => ({ id, x, y, size }))
		);
		expect(claim).toHaveLength(26);
		expect(irm).toEqual(claim);
		expect(dispute).toEqual(claim);
	});

	it.each(SIZES)('label each cluster row with its name and count at %i × %i', (w, h) => {
		const all = text(toCompletionLayout(data, 'claim', w, h));
		for (const g of data.groups) expect(all).toContain(`${g.name} · ${g.squares.length}`);
	});

	it('claim: every square filled as a claim, headline 26 of 26', () => {
		const l = toCompletionLayout(data, 'claim', 360, 420);
		expect(l.squares.every((s) => s.skin === 'claim' && s.opacity === 1)).toBe(true);
		expect(l.labels.find((x) => x.id === 'claim-headline')?.text).toBe('26 of 26');
		expect(text(l)).toContain("100% on the government's dashboard (a claim)");
		const es = toCompletionLayout(toCompletionData(dataset, 'es'), 'claim', 360, 420, 'es');
		expect(es.labels.find((x) => x.id === 'claim-headline')?.text).toBe('26 de 26');
		expect(text(es)).toContain('al 100% en el tablero público (dicho del gobierno)');
	});

	it('claim: takes the dashboard percentage from the data, never a typed 100', () => {
		const edited: Dataset = {
			...dataset,
			commitments: dataset.commitments.map((c) =>
				c.dashboard_progress_pct === null
					? c
					: { ...c, dashboard_progress_pct: c.row_id === 'pa15-c02' ? 80 : 95 }
			)
		};
		const d = toCompletionData(edited, 'en');
		expect(d.dashboardTop).toEqual({ pct: 95, count: 25 });
		const l = toCompletionLayout(d, 'claim', 360, 420);
		expect(l.labels.find((x) => x.id === 'claim-headline')?.text).toBe('25 of 26');
		const all = text(l);
		expect(all).toContain("95% on the government's dashboard (a claim)");
		expect(all).toContain('1 below 95% on the dashboard');
		expect(all).not.toContain('100');
		expect(l.squares.find((s) => s.id === 'pa15-c02')?.skin).toBe('claim-partial');
		expect(l.squares.find((s) => s.id === 'pa15-c02')?.title).toMatch(/\. 80% on the government/);
	});

	it('irm: 3 Major filled, 23 unknown drawn dashed and labelled', () => {
		const l = toCompletionLayout(data, 'irm', 360, 420);
		expect(l.squares.filter((s) => s.skin === 'rated').map((s) => s.id)).toEqual([
			'pa15-c05',
			'pa15-c06',
			'pa15-c21'
		]);
		expect(l.squares.filter((s) => s.skin === 'unknown')).toHaveLength(23);
		expect(l.rects.some((r) => r.dashed && r.role === 'swatch')).toBe(true);
		const all = text(l);
		expect(all).toContain('3 rated “Major”');
		expect(all).toContain('23 not rated in our sources');
		expect(l.labels.filter((x) => x.text === '1 Major')).toHaveLength(3);
		expect(l.squares.find((s) => s.id === 'pa15-c07')?.title).toBe(
			'Commitment 7: title not in our sources. Not rated in our sources'
		);
	});

	it.each(SIZES)('dispute: C26 highlighted and annotated near its square at %i × %i', (w, h) => {
		const l = toCompletionLayout(data, 'dispute', w, h);
		const c26 = l.squares.find((s) => s.id === 'pa15-c26')!;
		expect(c26.skin).toBe('disputed');
		const others = l.squares.filter((s) => s.id !== 'pa15-c26');
		expect(others).toHaveLength(25);
		expect(others.every((s) => s.opacity === FADED_OPACITY && s.opacity > 0)).toBe(true);
		const note = l.labels.find((x) => x.text === 'at least 4 of 9 objectives disputed')!;
		expect(note).toBeDefined();
		const dx = Math.max(0, note.box.x - (c26.x + c26.size), c26.x - (note.box.x + note.box.width));
		const dy = Math.max(0, note.box.y - (c26.y + c26.size), c26.y - (note.box.y + note.box.height));
		expect(Math.hypot(dx, dy)).toBeLessThan(40);
		expect(c26.title).toBe('Commitment 26: title not in our sources. Disputed by civil society');
	});

	it('draws whatever the data holds: one rating fewer means 2 Major and 24 unrated', () => {
		const edited: Dataset = {
			...dataset,
			commitments: dataset.commitments.map((c) =>
				c.row_id === 'pa15-c05' ? { ...c, did_it_open_government: null } : c
			)
		};
		const l = toCompletionLayout(toCompletionData(edited, 'en'), 'irm', 360, 420);
		expect(l.squares.filter((s) => s.skin === 'rated')).toHaveLength(2);
		expect(l.squares.filter((s) => s.skin === 'unknown')).toHaveLength(24);
		expect(text(l)).toContain('24 not rated in our sources');
	});

	it('survives a box with no room at all', () => {
		for (const state of COMPLETION_STATES)
			expect(() => toCompletionLayout(data, state, 0, 0)).not.toThrow();
	});

	it('falls back to the default state for an unknown state id', () => {
		expect(toCompletionLayout(data, 'nope', 360, 420).state).toBe('claim');
	});
});
