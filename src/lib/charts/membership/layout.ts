/**
 * Everything the membership chart draws, in pixels, as a pure function of (data, state, width,
 * height): a dot per stated figure on a 2011–2016 time axis and a value axis from zero.
 */
import { CHAR_WIDTH, overlaps, textWidth, type Box } from '../text';
import { scaleLinear } from 'd3-scale';
import { LABEL_SIZE } from '$lib/theme';
import type { Locale } from '$lib/format/dates';
import { formatNumber } from '$lib/format/figures';
import type { MembershipStrings } from '$lib/i18n/charts';
import { wrapText } from '../text';
import type { MembershipData, MembershipFigure } from './data';
import { DEFAULT_MEMBERSHIP_STATE, MEMBERSHIP_STATES, type MembershipState } from './states';

/** Shared with the other charts (../text.ts); re-exported for this chart's tests. */
export { CHAR_WIDTH, overlaps, textWidth, type Box };

/** The chart's words and the page's language, for numbers. */
export interface MembershipText {
	strings: MembershipStrings;
	locale: Locale;
}

/** Height of one line of text in px. */
export function lineHeight(fontSize: number): number {
	return Math.ceil(fontSize * 1.25);
}

/** The years shown (UTC ms, end exclusive): 2011 to 2016. */
export const MEMBERSHIP_DOMAIN: readonly [number, number] = [
	Date.UTC(2011, 0, 1),
	Date.UTC(2017, 0, 1)
];

/** Sizes in px. */
export const MEMBERSHIP_SIZES = {
	margin: 8,
	/** Dot radius. */
	r: 4.5,
	/** Height of the end caps of a date's span bar. */
	cap: 8,
	/** Between a mark and its label. */
	gap: 3,
	/** Minimum clear space between two labels side by side. */
	pad: 3
} as const;

const FONT = LABEL_SIZE.small;
const NUMBER_FONT = LABEL_SIZE.normal;

export type LabelKind = 'title' | 'key' | 'value' | 'axis' | 'unknown';

export interface ChartLabel {
	id: string;
	kind: LabelKind;
	lines: string[];
	fontSize: number;
	bold: boolean;
	/** A short second line in small, muted type (a figure whose date is only a month or year). */
	note: string | null;
	/** A thin line from the dot to a label set apart from it. */
	leader?: { x: number; y1: number; y2: number };
	/** From the first baseline to the note's baseline. */
	noteDy: number;
	tone: 'ink' | 'muted' | 'unknown';
	anchor: 'start' | 'middle' | 'end';
	x: number;
	/** Top of the label's box. */
	y: number;
	/** Baseline of the first line, relative to y. */
	baseline: number;
	lineHeight: number;
	box: Box;
}

export interface MembershipPoint {
	id: string;
	value: number;
	unit: string;
	/** Filled for the unit most figures use; hollow for any other unit. */
	filled: boolean;
	cx: number;
	cy: number;
	r: number;
	/** The whole span a month or year date covers, drawn as a bar with end caps. */
	span: { x0: number; x1: number } | null;
}

export interface MembershipLayout {
	width: number;
	height: number;
	state: MembershipState;
	plot: { left: number; right: number; top: number; bottom: number };
	/** Value gridlines (value 0 is the baseline). */
	yTicks: { value: number; y: number }[];
	/** Year boundaries on the baseline. */
	xTicks: { id: string; x: number }[];
	/** A thin line through the figures in the main unit, in date order (an SVG path). */
	connector: string;
	points: MembershipPoint[];
	/** The key's dots (filled: main unit). */
	key: { id: string; filled: boolean; cx: number; cy: number; r: number }[];
	labels: ChartLabel[];
}

function measure(lines: string[], fontSize: number) {
	return {
		lines,
		fontSize,
		width: Math.max(...lines.map((l) => textWidth(l, fontSize))),
		height: lines.length * lineHeight(fontSize)
	};
}

function makeLabel(
	id: string,
	kind: LabelKind,
	text: ReturnType<typeof measure>,
	anchor: ChartLabel['anchor'],
	x: number,
	y: number,
	style: { tone?: ChartLabel['tone']; bold?: boolean; note?: string } = {}
): ChartLabel {
	const note = style.note ? measure([style.note], FONT) : null;
	const width = Math.max(text.width, note?.width ?? 0);
	const boxHeight = text.height + (note?.height ?? 0);
	const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
	return {
		id,
		kind,
		lines: text.lines,
		fontSize: text.fontSize,
		bold: style.bold ?? false,
		note: style.note ?? null,
		noteDy: text.height - Math.round(text.fontSize * 0.95) + Math.round(FONT * 0.95),
		tone: style.tone ?? 'ink',
		anchor,
		x,
		y,
		baseline: Math.round(text.fontSize * 0.95),
		lineHeight: lineHeight(text.fontSize),
		box: { x: left, y, width, height: boxHeight }
	};
}

/** True when the segment from p to q passes through the box. */
export function segmentHitsBox(
	p: readonly [number, number],
	q: readonly [number, number],
	b: Box
): boolean {
	// Liang–Barsky clipping of the segment against the box.
	const dx = q[0] - p[0];
	const dy = q[1] - p[1];
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, p[0] - b.x],
		[dx, b.x + b.width - p[0]],
		[-dy, p[1] - b.y],
		[dy, b.y + b.height - p[1]]
	];
	for (const [pk, qk] of edges) {
		if (pk === 0) {
			if (qk < 0) return false;
			continue;
		}
		const t = qk / pk;
		if (pk < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return false;
	}
	return true;
}

/** "66", "about 66", "63 governments": the number as stated, with its unit if not the main one. */
function valueText(f: MembershipFigure, mainUnit: string, t: MembershipStrings): string {
	return f.unit === mainUnit ? f.text : t.withUnit(f.text, f.unitLabel);
}

/** The accessible name of the drawing: the years it spans come from its axis. */
export function toMembershipLabel(t: MembershipStrings): string {
	const [from, to] = MEMBERSHIP_DOMAIN;
	return t.label(
		String(new Date(from).getUTCFullYear()),
		String(new Date(to - 1).getUTCFullYear())
	);
}

/** The unit most figures use (ties: the earliest figure's). */
function mainUnitOf(figures: readonly MembershipFigure[]): string {
	const counts = new Map<string, number>();
	for (const f of figures) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
	let best = figures[0]?.unit ?? '';
	for (const [unit, n] of counts) if (n > (counts.get(best) ?? 0)) best = unit;
	return best;
}

type Spot =
	| 'above'
	| 'below'
	| 'right'
	| 'left'
	| 'above-right'
	| 'above-left'
	| 'below-right'
	| 'below-left';

/** Smallest box laid out: a box not yet measured (0 × 0) still gets a valid drawing. */
const MIN_BOX = { width: 120, height: 120 } as const;

export function toMembershipLayout(
	data: MembershipData,
	state: string,
	boxWidth: number,
	boxHeight: number,
	{ strings: t, locale }: MembershipText
): MembershipLayout {
	const width = Math.max(boxWidth, MIN_BOX.width);
	const height = Math.max(boxHeight, MIN_BOX.height);
	const S = MEMBERSHIP_SIZES;
	const s: MembershipState = (MEMBERSHIP_STATES as readonly string[]).includes(state)
		? (state as MembershipState)
		: DEFAULT_MEMBERSHIP_STATE;
	const lh = lineHeight(FONT);
	const edge = S.margin / 2;
	const bounds = { left: edge, right: width - edge };
	const labels: ChartLabel[] = [];

	// Header: what the dots are, and the key to the units.
	const mainUnit = mainUnitOf(data.figures);
	const units = [...new Set(data.figures.map((f) => f.unit))].sort(
		(a, b) => Number(b === mainUnit) - Number(a === mainUnit)
	);
	const title = measure(wrapText(t.title, bounds.right - bounds.left, FONT), FONT);
	labels.push(makeLabel('title', 'title', title, 'start', edge, edge, { tone: 'muted' }));
	const unitLabel = (u: string) => data.figures.find((f) => f.unit === u)!.unitLabel;
	const keyItems = units.map((u) => ({ unit: u, text: measure([unitLabel(u)], FONT) }));
	const keyWidth = keyItems.reduce((w, k) => w + 2 * S.r + 5 + k.text.width + 14, -14);
	const sameLine = title.lines.length === 1 && edge + title.width + 18 + keyWidth <= bounds.right;
	let kx = sameLine ? bounds.right - keyWidth : edge;
	const ky = sameLine ? edge : edge + title.height;
	const key: MembershipLayout['key'] = [];
	for (const k of keyItems) {
		key.push({
			id: `key-${k.unit}`,
			filled: k.unit === mainUnit,
			cx: kx + S.r,
			cy: ky + lh / 2,
			r: S.r
		});
		labels.push(
			makeLabel(`key-${k.unit}`, 'key', k.text, 'start', kx + 2 * S.r + 5, ky, { tone: 'muted' })
		);
		kx += 2 * S.r + 5 + k.text.width + 14;
	}
	let headerBottom = ky + lh;
	// Figures no source dates cannot sit on the time axis: say so under the key.
	for (const f of data.figures.filter((x) => x.date === null)) {
		const text = measure(
			wrapText(t.undated(valueText(f, '', t)), bounds.right - bounds.left, FONT),
			FONT
		);
		labels.push(
			makeLabel(`${f.id}:undated`, 'unknown', text, 'start', edge, headerBottom, {
				tone: 'unknown'
			})
		);
		headerBottom += text.height;
	}

	// Axes.
	const yMax = Math.max(...data.figures.map((f) => f.value), 1);
	const plotBottom = height - edge - lh - 6;
	// A box too small for the header (one not yet measured) still gets a plot, under the header.
	const plotTop = Math.min(headerBottom + lh + 6, plotBottom - 2 * lh);
	const y = scaleLinear()
		.domain([0, yMax])
		.nice(height < 360 ? 4 : 5)
		.range([plotBottom, plotTop]);
	const ticks = y.ticks(height < 360 ? 4 : 5);
	const tickTexts = ticks.map((v) => measure([formatNumber(v, locale)], FONT));
	const left = edge + Math.max(...tickTexts.map((t) => t.width)) + 6;
	const plot = { left, right: width - S.margin, top: plotTop, bottom: plotBottom };
	const x = scaleLinear().domain(MEMBERSHIP_DOMAIN).range([plot.left, plot.right]);
	const yTicks = ticks.map((v) => ({ value: v, y: y(v) }));
	ticks.forEach((v, i) =>
		labels.push(
			makeLabel(`y-${v}`, 'axis', tickTexts[i]!, 'end', plot.left - 6, y(v) - lh / 2, {
				tone: 'muted'
			})
		)
	);
	const firstYear = new Date(MEMBERSHIP_DOMAIN[0]).getUTCFullYear();
	const lastYear = new Date(MEMBERSHIP_DOMAIN[1] - 1).getUTCFullYear();
	const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
	const band = (plot.right - plot.left) / years.length;
	const yearText = measure(['2011'], FONT);
	const cramped = band < yearText.width + 12;
	years
		.filter((yr) => !cramped || (yr - firstYear) % 2 === 0)
		.forEach((yr) =>
			labels.push(
				makeLabel(
					`year-${yr}`,
					'axis',
					measure([String(yr)], FONT),
					'middle',
					x(Date.UTC(yr, 6, 2)),
					plot.bottom + 6,
					{ tone: 'muted' }
				)
			)
		);
	const xTicks = [...years, lastYear + 1].map((yr) => ({
		id: `tick-${yr}`,
		x: x(Date.UTC(yr, 0, 1))
	}));

	// Points: each at the middle of the span its date covers, with the span drawn when it shows.
	const points: MembershipPoint[] = data.figures.flatMap((f) => {
		if (!f.date) return [];
		const x0 = x(f.date.start);
		const x1 = x(f.date.end);
		const span = f.date.precision !== 'day' && x1 - x0 > 2 * S.r + 4 ? { x0, x1 } : null;
		return [
			{
				id: f.id,
				value: f.value,
				unit: f.unit,
				filled: f.unit === mainUnit,
				cx: (x0 + x1) / 2,
				cy: y(f.value),
				r: S.r,
				span
			}
		];
	});
	const line = points.filter((p) => p.filled).map((p) => [p.cx, p.cy] as const);
	const connector = line.length > 1 ? `M${line.map((p) => p.join(',')).join('L')}` : '';
	const segments = line.slice(1).map((q, i) => [line[i]!, q] as const);

	// Value labels: the first clear spot around each point.
	const obstacles: Box[] = [
		...labels.map((l) => l.box),
		...points.map((p) => ({ x: p.cx - p.r, y: p.cy - p.r, width: 2 * p.r, height: 2 * p.r })),
		...points.flatMap((p) =>
			p.span
				? [{ x: p.span.x0, y: p.cy - S.cap / 2, width: p.span.x1 - p.span.x0, height: S.cap }]
				: []
		)
	];
	const clear = (b: Box) =>
		b.x >= bounds.left &&
		b.x + b.width <= bounds.right &&
		b.y >= headerBottom &&
		b.y + b.height <= plot.bottom &&
		obstacles.every((o) => !overlaps(b, o, S.pad, 1)) &&
		segments.every(([p, q]) => !segmentHitsBox(p, q, b));
	// Longer labels first: they have fewer places to go.
	const order = [...points].sort(
		(a, b) =>
			valueText(
				data.figures.find((f) => f.id === b.id)!,
				mainUnit,
				t
			).length -
			valueText(
				data.figures.find((f) => f.id === a.id)!,
				mainUnit,
				t
			).length
	);
	for (const p of order) {
		const f = data.figures.find((x) => x.id === p.id)!;
		const text = measure([valueText(f, mainUnit, t)], NUMBER_FONT);
		// The span bar needs its words: the source gives only the month or the year.
		const note = p.span && f.date ? t.someTimeIn(f.date.label) : undefined;
		const height = text.height + (note ? lineHeight(FONT) : 0);
		const half = p.span ? S.cap / 2 : p.r;
		const spots: Spot[] = p.filled
			? ['above', 'above-left', 'above-right', 'left', 'right', 'below']
			: ['below', 'below-right', 'below-left', 'right', 'left', 'above'];
		const at = (spot: Spot, away = 0): ChartLabel => {
			const up = p.cy - half - S.gap - height - away;
			const down = p.cy + half + S.gap + away;
			const mid = p.cy - height / 2;
			const [anchor, lx, ly]: [ChartLabel['anchor'], number, number] = {
				above: ['middle', p.cx, up],
				below: ['middle', p.cx, down],
				right: ['start', (p.span?.x1 ?? p.cx + p.r) + S.gap + 1, mid],
				left: ['end', (p.span?.x0 ?? p.cx - p.r) - S.gap - 1, mid],
				'above-right': ['start', p.cx, up],
				'above-left': ['end', p.cx, up],
				'below-right': ['start', p.cx, down],
				'below-left': ['end', p.cx, down]
			}[spot] as [ChartLabel['anchor'], number, number];
			const style = { bold: true, note };
			const raw = makeLabel(`${p.id}:value`, 'value', text, anchor, lx, ly, style);
			// Above or below its dot, a label too wide for where it hangs slides inside the box.
			const shift =
				spot === 'left' || spot === 'right'
					? 0
					: Math.max(0, bounds.left - raw.box.x) +
						Math.min(0, bounds.right - (raw.box.x + raw.box.width));
			const label = shift
				? makeLabel(`${p.id}:value`, 'value', text, anchor, lx + shift, ly, style)
				: raw;
			if (away === 0) return label;
			// Moved away from its dot: a leader joins them.
			const [y1, y2] =
				ly > p.cy
					? [p.cy + half + 1, label.box.y - 1]
					: [p.cy - half - 1, label.box.y + label.box.height + 1];
			return { ...label, leader: { x: p.cx, y1, y2 } };
		};
		const near = spots.map((spot) => at(spot));
		const far = [8, 16, 24, 32, 40, 48].flatMap((away) =>
			(p.filled
				? (['above', 'above-left', 'above-right'] as const)
				: (['below', 'below-right', 'below-left'] as const)
			).map((spot) => at(spot, away))
		);
		const leaderClear = (l: ChartLabel) =>
			!l.leader ||
			obstacles.every(
				(o) => !segmentHitsBox([l.leader!.x, l.leader!.y1], [l.leader!.x, l.leader!.y2], o)
			);
		const label = [...near, ...far].find((l) => clear(l.box) && leaderClear(l)) ?? at(spots[0]!);
		labels.push(label);
		obstacles.push(label.box);
	}

	return { width, height, state: s, plot, yTicks, xTicks, connector, points, key, labels };
}
