/**
 * The timeline as pixels, a pure function of (data, state, width, height). Time runs down one
 * full-width line in a phone's box and across the whole width in a wide box. Every event is a grey
 * mark on that line; a state lights a few in the one highlight colour and annotates one to three
 * of them beside their marks. Annotations are wrapped by the text kit (never cut) and placed by its
 * engine: a note with no room is dropped and listed in `dropped`, never drawn over another.
 */
import { scaleLinear } from 'd3-scale';
import { formatPartialDate, type Locale } from '$lib/format/dates';
import {
	LABEL,
	LABEL_GAP,
	lineHeight,
	nudge,
	placeLabels,
	textWidth,
	toLabel,
	wrapText,
	type Box,
	type DropReason,
	type Label
} from '../kit';
import type { TimelineData, TimelineItem } from './data';
import { BEATS, TIMELINE_STEPS, toTimelineState } from './states';
import type { TimelineStrings } from './strings';

export type Orientation = 'down' | 'across';
export type Tone = 'context' | 'beat' | 'lit';

export interface TimelineMark {
	id: string;
	kind: TimelineItem['kind'];
	tone: Tone;
	/** Centre of the mark. */
	cx: number;
	cy: number;
	/** A month or year date is drawn as the stretch of the line it covers. */
	span: { x1: number; y1: number; x2: number; y2: number } | null;
	/** Full date and event text, for the tooltip. */
	title: string;
}

/** An annotation: the kit's label, whose first `dateLines` lines hold the date (bold). */
export interface TimelineLabel extends Label {
	dateLines: number;
}

export interface TimelineLayout {
	width: number;
	height: number;
	orientation: Orientation;
	axis: { x1: number; y1: number; x2: number; y2: number };
	ticks: { year: number; x: number; y: number; label: Label }[];
	marks: TimelineMark[];
	labels: TimelineLabel[];
	/** Annotations that found no room, and why (tests fail on any). */
	dropped: { id: string; reason: DropReason }[];
}

/** Sizes in px. */
export const TIMELINE_SIZES = {
	margin: 8,
	/** Dot radius: context, lit. */
	r: 3.5,
	rLit: 6,
	/** Width of a month or year span along the line. */
	spanWidth: 5,
	/** From the line to an annotation's text. */
	noteOffset: 22,
	/** Widest an annotation runs in a wide box. */
	noteMaxWidth: 230,
	/** Wide boxes lay time across from this width (and at least as wide as tall). */
	acrossMinWidth: 520
} as const;

const FONT = LABEL.text;
const S = TIMELINE_SIZES;

export function orientationFor(width: number, height: number): Orientation {
	return width >= S.acrossMinWidth && width >= height * 0.95 ? 'across' : 'down';
}

function noteBlock(
	item: TimelineItem,
	text: string,
	maxWidth: number,
	locale: Locale,
	fontSize: number = FONT
) {
	const date = wrapText(formatPartialDate(item.date, locale), {
		maxWidth,
		fontSize,
		bold: true
	});
	const body = wrapText(text, { maxWidth, fontSize });
	const lines = [...date.lines, ...body.lines];
	const lh = lineHeight(fontSize);
	return {
		block: {
			lines,
			fontSize,
			bold: false,
			lineHeight: lh,
			width: Math.max(date.width, body.width),
			height: lines.length * lh,
			fits: date.fits && body.fits
		},
		dateLines: date.lines.length
	};
}

export function toTimelineLayout(
	data: TimelineData,
	stateId: string,
	width: number,
	height: number,
	{ strings, locale }: { strings: TimelineStrings; locale: Locale }
): TimelineLayout {
	const state = toTimelineState(stateId);
	const step = TIMELINE_STEPS[state];
	const lit = new Set(step.lit);
	const beats = new Set(state === 'overview' ? BEATS : []);
	const orientation = orientationFor(width, height);
	const lh = lineHeight(FONT);
	const y0 = new Date(data.domain[0]).getUTCFullYear();
	const y1 = new Date(data.domain[1]).getUTCFullYear();
	const years = Array.from({ length: y1 - y0 }, (_, i) => y0 + i);
	const yearW = textWidth('0000', FONT);
	const toneOf = (id: string): Tone => (lit.has(id) ? 'lit' : beats.has(id) ? 'beat' : 'context');
	const title = (it: TimelineItem) => `${formatPartialDate(it.date, locale)}: ${it.text}`;
	const notes = step.notes.map((id) => data.items.find((i) => i.id === id)).filter((i) => !!i);

	if (orientation === 'down') {
		const axisX = S.margin + yearW + 10;
		const top = S.margin + 2;
		const bottom = height - S.margin;
		const t = scaleLinear().domain(data.domain).range([top, bottom]);
		const ticks = years.map((year) => {
			const y = t(Date.UTC(year, 0, 1));
			const label = toLabel(
				`year-${year}`,
				wrapText(String(year), { maxWidth: yearW + 1 }),
				'end',
				axisX - 8,
				y
			);
			return { year, x: axisX, y, label };
		});
		const marks = data.items.map((it) => {
			const a = t(it.start);
			const b = it.date.precision === 'day' ? a : t(it.end);
			return {
				id: it.id,
				kind: it.kind,
				tone: toneOf(it.id),
				cx: axisX,
				cy: (a + b) / 2,
				span: b - a > 2 ? { x1: axisX, y1: a + 1, x2: axisX, y2: b - 1 } : null,
				title: title(it)
			};
		});
		// Notes to the right of the line, in time order, nudged apart; the last-priority note goes
		// first when they cannot all fit.
		const labelX = axisX + S.noteOffset;
		const maxWidth = width - S.margin - labelX;
		let kept = [...notes];
		const dropped: TimelineLayout['dropped'] = [];
		for (;;) {
			const inOrder = [...kept].sort(
				(a, b) => a.start - b.start || notes.indexOf(a) - notes.indexOf(b)
			);
			const blocks = inOrder.map((it) =>
				noteBlock(it, strings.notes[it.id] ?? it.text, maxWidth, locale)
			);
			const mid = (it: TimelineItem) => marks.find((m) => m.id === it.id)!.cy;
			const r = nudge(
				inOrder.map((it, i) => ({ at: mid(it) - lh / 2, size: blocks[i]!.block.height })),
				S.margin,
				height - S.margin,
				LABEL_GAP + 2
			);
			if (r.fits || kept.length <= 1) {
				const labels = inOrder.map((it, i) => {
					const l = toLabel(it.id, blocks[i]!.block, 'start', labelX, r.at[i]!);
					return {
						...l,
						dateLines: blocks[i]!.dateLines,
						leader: { x1: axisX + S.rLit + 2, y1: mid(it), x2: labelX - 4, y2: l.y + lh / 2 }
					};
				});
				return {
					width,
					height,
					orientation,
					axis: { x1: axisX, y1: top, x2: axisX, y2: bottom },
					ticks,
					marks,
					labels,
					dropped
				};
			}
			const last = kept.at(-1)!;
			dropped.push({ id: last.id, reason: 'collides' });
			kept = kept.slice(0, -1);
		}
	}

	// Across: time runs left to right on a line below the middle; notes hang above it (or below),
	// each beside a vertical leader from its mark.
	const left = S.margin + 4;
	const right = width - S.margin - 4;
	const axisY = Math.round(height * 0.56);
	const t = scaleLinear().domain(data.domain).range([left, right]);
	const ticks = years.map((year) => {
		const x = t(Date.UTC(year, 0, 1));
		const label = toLabel(
			`year-${year}`,
			wrapText(String(year), { maxWidth: yearW + 1 }),
			'start',
			x + 4,
			axisY + 10
		);
		return { year, x, y: axisY, label };
	});
	const marks = data.items.map((it) => {
		const a = t(it.start);
		const b = it.date.precision === 'day' ? a : t(it.end);
		return {
			id: it.id,
			kind: it.kind,
			tone: toneOf(it.id),
			cx: (a + b) / 2,
			cy: axisY,
			span: b - a > 2 ? { x1: a + 1, y1: axisY, x2: b - 1, y2: axisY } : null,
			title: title(it)
		};
	});
	const maxWidth = Math.min(S.noteMaxWidth, (right - left) / 2.5);
	const rows = [0, 1, 2, 3, 4, 5, 6, 7].map((r) => 14 + r * (lh + 6));
	const requests = notes.map((it, i) => {
		const { block, dateLines } = noteBlock(
			it,
			strings.notes[it.id] ?? it.text,
			maxWidth,
			locale,
			LABEL.wide
		);
		const x = marks.find((m) => m.id === it.id)!.cx;
		const candidates: TimelineLabel[] = [];
		for (const lift of rows)
			for (const side of ['above', 'below'] as const)
				for (const anchor of x > (left + right) / 2
					? (['end', 'start'] as const)
					: (['start', 'end'] as const)) {
					const y = side === 'above' ? axisY - lift - block.height : axisY + lift + lh + 6;
					const lx = anchor === 'start' ? x + 5 : x - 5;
					const l = toLabel(it.id, block, anchor, lx, y);
					const [ly1, ly2] =
						side === 'above' ? [axisY - S.rLit - 2, y + block.height] : [axisY + S.rLit + 2, y];
					candidates.push({ ...l, dateLines, leader: { x1: x, y1: ly1, x2: x, y2: ly2 } });
				}
		return { id: it.id, priority: notes.length - i, candidates };
	});
	const yearBoxes: Box[] = ticks.map((tk) => tk.label.box);
	const placed = placeLabels(requests, {
		bounds: {
			x: S.margin,
			y: S.margin,
			width: width - 2 * S.margin,
			height: height - 2 * S.margin
		},
		obstacles: [
			...yearBoxes,
			{ x: left, y: axisY - S.rLit, width: right - left, height: 2 * S.rLit }
		]
	});
	return {
		width,
		height,
		orientation,
		axis: { x1: left, y1: axisY, x2: right, y2: axisY },
		ticks,
		marks,
		labels: placed.placed as TimelineLabel[],
		dropped: placed.dropped
	};
}

/** The drawing's accessible name, from its years. */
export function toTimelineLabel(data: TimelineData, strings: TimelineStrings): string {
	return strings.label(
		String(new Date(data.domain[0]).getUTCFullYear()),
		String(new Date(data.domain[1]).getUTCFullYear() - 1)
	);
}
