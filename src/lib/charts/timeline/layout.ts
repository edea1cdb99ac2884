/** The timeline as pixels: time runs down, one lane per kind of event, highlighted events labelled. */
import { scaleLinear } from 'd3-scale';
import { formatPartialDate, type Locale } from '$lib/format/dates';
import type { TimelineStrings } from '$lib/i18n/charts';
import { LABEL_SIZE } from '$lib/theme';
import { dodge, textWidth, wrapText, type Box } from '../text';
import type { TimelineData, TimelineItem } from './data';
import { HIGHLIGHTS, type TimelineState } from './states';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'ring';
export const KIND_SHAPES: Record<TimelineItem['kind'], Shape> = {
	plan: 'circle',
	institution: 'square',
	conflict: 'triangle',
	summit: 'diamond',
	milestone: 'ring'
};

export interface TimelineMark {
	id: string;
	kind: TimelineItem['kind'];
	shape: Shape;
	x: number;
	/** Top and bottom of the span the date covers; a day is a point (y1 === y2 within a pixel). */
	y1: number;
	y2: number;
	precision: TimelineItem['date']['precision'];
	highlighted: boolean;
	/** Full text, for the mark's tooltip. */
	title: string;
}

export interface TimelineLabel {
	id: string;
	x: number;
	y: number;
	lines: string[];
	/** How many of the first lines hold the date (bold); long dates wrap in narrow boxes. */
	dateLines: number;
	/** Where the leader line meets the mark. */
	anchor: { x: number; y: number };
	box: Box;
}

export interface TimelineLayout {
	legend: {
		kind: TimelineItem['kind'];
		shape: Shape;
		label: string;
		x: number;
		y: number;
		box: Box;
	}[];
	ticks: { year: number; y: number }[];
	marks: TimelineMark[];
	labels: TimelineLabel[];
	lane: number;
	axisX: number;
}

const AXIS_W = 34;
const LANE_MAX = 16;
const LINE_H = LABEL_SIZE.small + 3;
const LEGEND_ROW = 22;
const MARGIN = 6;
/** Space between two dodged labels. */
const LABEL_GAP = 4;

export function toTimelineLayout(
	data: TimelineData,
	state: string,
	width: number,
	height: number,
	opts: { strings: TimelineStrings; locale: Locale }
): TimelineLayout {
	const fs = LABEL_SIZE.small;
	// Legend: shapes with words, wrapped into rows.
	const legend: TimelineLayout['legend'] = [];
	let lx = MARGIN;
	let ly = MARGIN;
	for (const kind of data.kinds) {
		const label = opts.strings.kinds[kind];
		const w = 16 + textWidth(label, fs) + 12;
		if (lx + w > width - MARGIN && lx > MARGIN) {
			lx = MARGIN;
			ly += LEGEND_ROW;
		}
		legend.push({
			kind,
			shape: KIND_SHAPES[kind],
			label,
			x: lx,
			y: ly,
			box: { x: lx, y: ly, width: w - 12, height: LEGEND_ROW - 4 }
		});
		lx += w;
	}
	const top = ly + LEGEND_ROW + 8;
	const bottom = height - MARGIN;
	const y = scaleLinear().domain(data.domain).range([top, bottom]);
	const lane = Math.min(LANE_MAX, (width - AXIS_W - MARGIN) / (data.kinds.length + 8));
	const laneX = (kind: TimelineItem['kind']) => AXIS_W + lane * (data.kinds.indexOf(kind) + 0.5);
	const highlighted = new Set(HIGHLIGHTS[state as TimelineState] ?? []);

	const ticks: TimelineLayout['ticks'] = [];
	const y0 = new Date(data.domain[0]).getUTCFullYear();
	const y1 = new Date(data.domain[1]).getUTCFullYear();
	for (let yr = y0; yr < y1; yr++) ticks.push({ year: yr, y: y(Date.UTC(yr, 0, 1)) });

	const marks: TimelineMark[] = data.items.map((it) => ({
		id: it.id,
		kind: it.kind,
		shape: KIND_SHAPES[it.kind],
		x: laneX(it.kind),
		y1: y(it.start),
		y2: it.date.precision === 'day' ? y(it.start) : y(it.end),
		precision: it.date.precision,
		highlighted: highlighted.has(it.id),
		title: `${formatPartialDate(it.date, opts.locale)}: ${it.text}`
	}));

	// Labels for highlighted events, to the right of the lanes, dodged so none overlap.
	const labelX = AXIS_W + lane * data.kinds.length + 14;
	const labelW = width - labelX - MARGIN;
	const lit = data.items.filter((it) => highlighted.has(it.id));
	const avail = bottom - top;
	// Lines each label may use so all fit one under another (a long date takes two).
	const perLabel = Math.floor((avail - LABEL_GAP * (lit.length - 1)) / lit.length / LINE_H);
	const wanted = lit.map((it) => {
		const date = wrapText(formatPartialDate(it.date, opts.locale), labelW, fs);
		const maxLines = Math.max(1, Math.min(4, perLabel - date.length));
		const lines = [...date, ...wrapText(it.text, labelW, fs, maxLines)];
		const mid = (y(it.start) + (it.date.precision === 'day' ? y(it.start) : y(it.end))) / 2;
		return { it, lines, dateLines: date.length, mid, height: lines.length * LINE_H };
	});
	const placed = dodge(
		wanted.map((w) => ({ y: w.mid - w.height / 2, height: w.height })),
		top,
		bottom,
		LABEL_GAP
	);
	const labels: TimelineLabel[] = wanted.map((w, i) => ({
		id: w.it.id,
		x: labelX,
		y: placed[i]!,
		lines: w.lines,
		dateLines: w.dateLines,
		anchor: { x: laneX(w.it.kind), y: w.mid },
		box: {
			x: labelX,
			y: placed[i]!,
			width: Math.max(...w.lines.map((l) => textWidth(l, fs))),
			height: w.height
		}
	}));
	return { legend, ticks, marks, labels, lane, axisX: AXIS_W };
}
