/**
 * Everything the membership chart draws, in pixels, as a pure function of (data, state, width,
 * height): a dot per stated figure on a 2011–2016 time axis and a value axis from zero. Only
 * figures of the same measure are joined by a line (filled dots); a figure of another measure is
 * a hollow dot, never joined, labelled with what it counts. Text is the kit's: wrapped, never cut,
 * placed clear of every mark and label, or dropped with a reason in `dropped`.
 */
import { scaleLinear } from 'd3-scale';
import type { Locale } from '$lib/format/dates';
import { formatNumber } from '$lib/format/figures';
import {
	LABEL,
	lineHeight,
	placeLabels,
	textWidth,
	toLabel,
	wrapText,
	type Box,
	type DropReason
} from '../kit';
import type { MembershipData, MembershipFigure } from './data';
import { label, valueCandidates, type ChartLabel } from './labels';
import { mainMeasure } from './measures';

export type { ChartLabel, Tone } from './labels';
import { DEFAULT_MEMBERSHIP_STATE, MEMBERSHIP_STATES, type MembershipState } from './states';
import type { MembershipStrings } from './strings';

/** The years shown (UTC ms, end exclusive): 2011 to 2016. */
export const MEMBERSHIP_DOMAIN: readonly [number, number] = [
	Date.UTC(2011, 0, 1),
	Date.UTC(2017, 0, 1)
];

/** Sizes in px. */
export const MEMBERSHIP_SIZES = {
	margin: 8,
	/** Dot radius. */
	r: 5,
	/** Height of the end caps of a date's span bar. */
	cap: 8,
	/** Between a mark and its label. */
	gap: 4
} as const;

const S = MEMBERSHIP_SIZES;
const FONT = LABEL.small;
const VALUE_FONT = LABEL.value;

export interface MembershipPoint {
	id: string;
	value: number;
	measure: string;
	/** Filled and joined: the main measure. Hollow and apart: any other. */
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
	yTicks: { value: number; y: number }[];
	xTicks: { id: string; x: number }[];
	/** A line through the main measure's figures, in date order (an SVG path; '' if fewer than 2). */
	connector: string;
	points: MembershipPoint[];
	key: { id: string; filled: boolean; cx: number; cy: number; r: number }[];
	labels: ChartLabel[];
	dropped: { id: string; reason: DropReason }[];
}

/** The accessible name of the drawing: the years it spans come from its axis. */
export function toMembershipLabel(t: MembershipStrings): string {
	const [from, to] = MEMBERSHIP_DOMAIN;
	return t.label(
		String(new Date(from).getUTCFullYear()),
		String(new Date(to - 1).getUTCFullYear())
	);
}

const MIN_BOX = { width: 120, height: 120 } as const;
/** Boxes shorter than this leave the title to the figure's own. */
const TITLE_MIN_HEIGHT = 320;

export function toMembershipLayout(
	data: MembershipData,
	state: string,
	boxWidth: number,
	boxHeight: number,
	{ strings: t, locale }: { strings: MembershipStrings; locale: Locale }
): MembershipLayout {
	const width = Math.max(boxWidth, MIN_BOX.width);
	const height = Math.max(boxHeight, MIN_BOX.height);
	const s: MembershipState = (MEMBERSHIP_STATES as readonly string[]).includes(state)
		? (state as MembershipState)
		: DEFAULT_MEMBERSHIP_STATE;
	const lh = lineHeight(FONT);
	const left = S.margin;
	const right = width - S.margin;
	const labels: ChartLabel[] = [];
	const main = mainMeasure(data.figures);
	const mainWord = data.figures.find((f) => f.measure === main)?.measureLabel ?? main;

	// Header: title (left to the figure's own title in short boxes), then the key (joined dot: the
	// main measure; hollow: another measure).
	let y = S.margin;
	if (height >= TITLE_MIN_HEIGHT) {
		const title = wrapText(t.title, { maxWidth: right - left, fontSize: FONT });
		labels.push({
			...toLabel('title', title, 'start', left, y),
			kind: 'title',
			tone: 'muted',
			boldLines: 0
		});
		y += title.height + 2;
	}
	const key: MembershipLayout['key'] = [];
	const hasOther = data.figures.some((f) => f.measure !== main);
	for (const [id, filled, text] of [
		['key-main', true, t.keyMain(mainWord)],
		...(hasOther ? [['key-other', false, t.keyOther] as const] : [])
	] as const) {
		const block = wrapText(text, { maxWidth: right - left - 2 * S.r - 6, fontSize: FONT });
		key.push({ id, filled, cx: left + S.r, cy: y + lh / 2, r: S.r });
		labels.push({
			...toLabel(id, block, 'start', left + 2 * S.r + 6, y),
			kind: 'key',
			tone: 'muted',
			boldLines: 0
		});
		y += block.height + 2;
	}
	for (const f of data.figures.filter((x) => x.date === null)) {
		const block = wrapText(t.undated(t.withMeasure(f.text, f.measureLabel)), {
			maxWidth: right - left,
			fontSize: FONT
		});
		labels.push({
			...toLabel(`${f.id}:undated`, block, 'start', left, y),
			kind: 'unknown',
			tone: 'unknown',
			boldLines: 0
		});
		y += block.height + 2;
	}
	const headerBottom = y;

	// Axes.
	const yMax = Math.max(...data.figures.map((f) => f.value), 1);
	const plotBottom = height - S.margin - lh - 6;
	const plotTop = Math.min(headerBottom + lh + 10, plotBottom - 2 * lh);
	const few = height < 360;
	const yScale = scaleLinear()
		.domain([0, yMax])
		.nice(few ? 4 : 5)
		.range([plotBottom, plotTop]);
	const ticks = yScale.ticks(few ? 4 : 5);
	const tickW = Math.max(...ticks.map((v) => textWidth(formatNumber(v, locale), FONT)));
	const plot = { left: left + tickW + 6, right, top: plotTop, bottom: plotBottom };
	const x = scaleLinear().domain(MEMBERSHIP_DOMAIN).range([plot.left, plot.right]);
	const yTicks = ticks.map((v) => ({ value: v, y: yScale(v) }));
	for (const v of ticks)
		labels.push(
			label(`y-${v}`, 'axis', [formatNumber(v, locale)], 'end', plot.left - 6, yScale(v) - lh / 2, {
				tone: 'muted'
			})
		);
	const firstYear = new Date(MEMBERSHIP_DOMAIN[0]).getUTCFullYear();
	const lastYear = new Date(MEMBERSHIP_DOMAIN[1] - 1).getUTCFullYear();
	const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
	const cramped = (plot.right - plot.left) / years.length < textWidth('2011', FONT) + 12;
	for (const yr of years)
		if (!cramped || (yr - firstYear) % 2 === 0)
			labels.push(
				label(
					`year-${yr}`,
					'axis',
					[String(yr)],
					'middle',
					x(Date.UTC(yr, 6, 2)),
					plot.bottom + 6,
					{ tone: 'muted' }
				)
			);
	const xTicks = [...years, lastYear + 1].map((yr) => ({
		id: `tick-${yr}`,
		x: x(Date.UTC(yr, 0, 1))
	}));

	// Points, each at the middle of the span its date covers.
	const points: MembershipPoint[] = data.figures.flatMap((f) => {
		if (!f.date) return [];
		const x0 = x(f.date.start);
		const x1 = x(f.date.end);
		const span = f.date.precision !== 'day' && x1 - x0 > 2 * S.r + 4 ? { x0, x1 } : null;
		return [
			{
				id: f.id,
				value: f.value,
				measure: f.measure,
				filled: f.measure === main,
				cx: (x0 + x1) / 2,
				cy: yScale(f.value),
				r: S.r,
				span
			}
		];
	});
	const joined = points.filter((p) => p.filled).sort((a, b) => a.cx - b.cx);
	const connector = joined.length > 1 ? `M${joined.map((p) => `${p.cx},${p.cy}`).join('L')}` : '';

	// Value labels: placed by the kit's engine around each dot, clear of every mark and label.
	const markBoxes: Box[] = points.flatMap((p) => [
		{ x: p.cx - p.r, y: p.cy - p.r, width: 2 * p.r, height: 2 * p.r },
		...(p.span
			? [{ x: p.span.x0, y: p.cy - S.cap / 2, width: p.span.x1 - p.span.x0, height: S.cap }]
			: [])
	]);
	const requests = points.map((p) => {
		const f = data.figures.find((x) => x.id === p.id) as MembershipFigure;
		// Another measure: the number, then what it counts, on its own line.
		const half = p.span ? S.cap / 2 : p.r;
		const xr = (p.span?.x1 ?? p.cx + p.r) + S.gap;
		const xl = (p.span?.x0 ?? p.cx - p.r) - S.gap;
		const note = p.span && f.date ? [t.someTimeIn(f.date.label)] : [];
		// Another measure: the number, then what it counts (on one line, or two where crowded).
		const narrow = (s: string) => wrapText(s, { maxWidth: 110, fontSize: FONT }).lines;
		const variants = p.filled
			? [[f.text, ...note]]
			: [
					[f.text, ...narrow(f.measureLabel), ...note.flatMap(narrow)],
					[f.text, f.measureLabel, ...note]
				];
		const candidates = variants.flatMap((lines) =>
			valueCandidates(p, lines, { half, xr, xl, gap: S.gap, lh, font: VALUE_FONT })
		);
		// The joined figures first, then the others from the top, where dots crowd.
		return { id: `${p.id}:value`, priority: p.filled ? Infinity : p.value, candidates };
	});
	const segments = joined
		.slice(1)
		.map((q, i) => [[joined[i]!.cx, joined[i]!.cy] as const, [q.cx, q.cy] as const] as const);
	const place = (rs: typeof requests) =>
		placeLabels(rs, {
			bounds: { x: 0, y: headerBottom, width, height: height - headerBottom },
			obstacles: [...labels.map((l) => l.box), ...markBoxes],
			segments
		});
	// Hollow figures from the top first; if that leaves one out, from the bottom first.
	const fromTop = place(requests);
	const fromBottom =
		fromTop.dropped.length > 0
			? place(requests.map((r) => (r.priority === Infinity ? r : { ...r, priority: -r.priority })))
			: fromTop;
	const placed = fromBottom.dropped.length < fromTop.dropped.length ? fromBottom : fromTop;
	labels.push(...(placed.placed as ChartLabel[]));

	return {
		width,
		height,
		state: s,
		plot,
		yTicks,
		xTicks,
		connector,
		points,
		key,
		labels,
		dropped: placed.dropped
	};
}
