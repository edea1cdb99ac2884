/**
 * Where everything in the commitment-flow chart goes, in pixels, for one state and one box.
 * Pure: the same (data, state, width, height, text) always gives the same layout. Marks keep one size
 * across states for a given box, so moving between states only translates and fades them.
 */
import { CHAR_WIDTH, type Box } from '../text';
import { COLORS, LABEL_SIZE } from '$lib/theme';
import type { FlowData, FlowMarkDatum, FlowStageDatum } from './data';
import { NOT_IN_SOURCES } from '$lib/data/derive';
import type { Locale } from '$lib/format/dates';
import { formatNumber } from '$lib/format/figures';
import type { FlowStrings } from '$lib/i18n/charts';
import {
	CLUSTERED_STAGE,
	VISIBLE_STAGES,
	toFlowState,
	type FlowStageId,
	type FlowState
} from './states';

export type { Box };

/** The shared estimate of a character's width (../text.ts), under this chart's old name. */
export const CHAR_WIDTH_EM = CHAR_WIDTH;
/** Bold text runs wider. */
export const BOLD_WIDTH_FACTOR = 1.08;
/**
 * Plans stand side by side only where each column gets at least this width; narrower boxes
 * (every phone, and up to about 560 px) stack them as rows, top to bottom, because narrower
 * columns wrap the plan names and pile the marks into thin towers.
 */
export const MIN_COLUMN_PX = 176;

const PAD = 2;
const COLUMN_GAP = 16;
const BAND_GAP = 16;
const HEADER_GAP = 8;
const LABEL_GAP = 4;
const GROUP_GAP = 10;
const BLOCK_PAD = 8;
const GROUP_LABEL_GAP = 12;
const MAX_PITCH = 28;
/** Share of the spare height left above a scene: a little above centre reads as centred. */
const SLACK_ABOVE = 0.4;
/** Rows of marks snap to a multiple of this many, so counts can be read off by eye. */
const ROW_MULTIPLE = 5;
const MIN_PITCH = 6;

/** The chart's words and the page's language, for numbers. */
export interface FlowText {
	strings: FlowStrings;
	locale: Locale;
}

/** Estimated rendered width of one line of text. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
	return CHAR_WIDTH_EM * fontSize * [...text].length * (bold ? BOLD_WIDTH_FACTOR : 1);
}

export function lineHeight(fontSize: number): number {
	return Math.round(fontSize * 1.25);
}

/** Greedy word wrap by the width estimate; a single word wider than the line stays whole. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (!line || estimateTextWidth(candidate, fontSize, bold) <= maxWidth) line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

export interface LaidMark {
	id: string;
	stage: FlowStageId;
	/** Top-left corner. */
	x: number;
	y: number;
	size: number;
	/** Drawn as a dashed outline: its cluster (or the commitment itself) is not in our sources. */
	unknown: boolean;
	opacity: number;
	title: string | null;
}

/** A stretch of one line in its own colour. */
export interface LabelRun {
	text: string;
	color: string;
}

export interface LaidLabel {
	id: string;
	lines: string[];
	/** For a one-line label in several colours: its runs, which join to `lines[0]`. */
	runs: LabelRun[] | null;
	/** Top-left of the first line's box. */
	x: number;
	y: number;
	fontSize: number;
	lineHeight: number;
	bold: boolean;
	color: string;
	opacity: number;
	/** Estimated box, for tests and hit checks. */
	width: number;
	height: number;
}

export interface LaidBlock {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	opacity: number;
}

export interface LaidLink {
	id: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	opacity: number;
}

export interface FlowLayout {
	state: FlowState;
	width: number;
	height: number;
	narrow: boolean;
	/** Distance between neighbouring marks' corners. */
	pitch: number;
	marks: LaidMark[];
	labels: LaidLabel[];
	blocks: LaidBlock[];
	links: LaidLink[];
}

interface LabelSpec {
	id: string;
	text: string;
	fontSize: number;
	bold: boolean;
	color: string;
}

interface Point {
	x: number;
	y: number;
}

function makeLabel(spec: LabelSpec, x: number, y: number, maxWidth: number): LaidLabel {
	const lines = wrapText(spec.text, maxWidth, spec.fontSize, spec.bold);
	const lh = lineHeight(spec.fontSize);
	return {
		id: spec.id,
		lines,
		runs: null,
		x,
		y,
		fontSize: spec.fontSize,
		lineHeight: lh,
		bold: spec.bold,
		color: spec.color,
		opacity: 1,
		width: Math.max(...lines.map((l) => estimateTextWidth(l, spec.fontSize, spec.bold))),
		height: lines.length * lh
	};
}

/** Labels one under another from (x, y); returns them and the y just below the last. */
function stack(specs: LabelSpec[], x: number, y: number, maxWidth: number) {
	const labels: LaidLabel[] = [];
	let bottom = y;
	for (const spec of specs) {
		const label = makeLabel(spec, x, bottom, maxWidth);
		labels.push(label);
		bottom += label.height;
	}
	return { labels, bottom };
}

function methodColor(stage: FlowStageDatum): string {
	return stage.method === 'government-drafted' ? COLORS.government : COLORS.accent;
}

/**
 * A plan's header: its name, then how it was built and its count, on one line when they fit
 * ("jointly built · 36 commitments"), else on two.
 */
function header(stage: FlowStageDatum, x: number, y: number, maxWidth: number) {
	const name = makeLabel(
		{
			id: `${stage.stage}-name`,
			text: stage.name,
			fontSize: LABEL_SIZE.normal,
			bold: true,
			color: COLORS.ink
		},
		x,
		y,
		maxWidth
	);
	const method: LabelSpec = {
		id: `${stage.stage}-method`,
		text: stage.methodLabel,
		fontSize: LABEL_SIZE.small,
		bold: false,
		color: methodColor(stage)
	};
	const count: LabelSpec = {
		id: `${stage.stage}-count`,
		text: stage.countLabel,
		fontSize: LABEL_SIZE.small,
		bold: false,
		color: stage.count === null ? COLORS.unknown : COLORS.muted
	};
	const top = name.y + name.height;
	const separator = ' · ';
	const oneLine = `${method.text}${separator}${count.text}`;
	if (estimateTextWidth(oneLine, LABEL_SIZE.small) <= maxWidth) {
		const both = makeLabel(
			{ ...method, id: `${stage.stage}-method-count`, text: oneLine },
			x,
			top,
			maxWidth
		);
		both.runs = [
			{ text: method.text, color: method.color },
			{ text: `${separator}${count.text}`, color: count.color }
		];
		return { labels: [name, both], bottom: both.y + both.height };
	}
	const rest = stack([method, count], x, top, maxWidth);
	return { labels: [name, ...rest.labels], bottom: rest.bottom };
}

/**
 * Corners of `n` marks filling rows of `width` from (x, y); returns them and the rows' height.
 * Long rows snap to a multiple of ROW_MULTIPLE so a count can be read off by eye.
 */
function grid(n: number, x: number, y: number, width: number, pitch: number, size: number) {
	const fit = Math.max(1, Math.floor((width - size) / pitch) + 1);
	const cols = fit >= 2 * ROW_MULTIPLE ? fit - (fit % ROW_MULTIPLE) : fit;
	const points: Point[] = [];
	for (let i = 0; i < n; i++)
		points.push({ x: x + (i % cols) * pitch, y: y + Math.floor(i / cols) * pitch });
	const rows = Math.ceil(n / cols);
	return { points, height: rows > 0 ? (rows - 1) * pitch + size : 0 };
}

function markSize(pitch: number): number {
	return pitch - Math.max(2, Math.round(pitch / 5));
}

/** The plans side by side (or stacked): headers, the unknown-count block, and one grid each. */
function columnsScene(
	data: FlowData,
	inner: Box,
	narrow: boolean,
	pitch: number,
	top: number,
	text: FlowText
) {
	const size = markSize(pitch);
	const n = data.stages.length;
	const colWidth = narrow ? inner.width : (inner.width - COLUMN_GAP * (n - 1)) / n;
	const labels: LaidLabel[] = [];
	const blocks: LaidBlock[] = [];
	const positions = new Map<string, Point>();
	const anchors = new Map<FlowStageId, Point>();

	// On wide boxes every header gets the height of the tallest, so the grids start level.
	const headerHeight = Math.max(...data.stages.map((s) => header(s, 0, 0, colWidth).bottom));
	let y = top;
	let bottom = top;
	data.stages.forEach((stage, i) => {
		const x = narrow ? inner.x : inner.x + i * (colWidth + COLUMN_GAP);
		const head = header(stage, x, narrow ? y : top, colWidth);
		labels.push(...head.labels);
		const contentTop = (narrow ? head.bottom : top + headerHeight) + HEADER_GAP;
		let contentBottom: number;
		if (stage.count === null) {
			const label = makeLabel(
				{
					id: `${stage.stage}-block-label`,
					text: text.strings.blockLabel,
					fontSize: LABEL_SIZE.small,
					bold: false,
					color: COLORS.unknown
				},
				x + BLOCK_PAD,
				contentTop + BLOCK_PAD,
				colWidth - 2 * BLOCK_PAD
			);
			const block = {
				id: `${stage.stage}-block`,
				x,
				y: contentTop,
				width: colWidth,
				height: label.height + 2 * BLOCK_PAD,
				opacity: 1
			};
			blocks.push(block);
			labels.push(label);
			contentBottom = block.y + block.height;
			anchors.set(stage.stage, { x: x + colWidth / 2, y: block.y + block.height / 2 });
		} else {
			const g = grid(stage.marks.length, x, contentTop, colWidth, pitch, size);
			stage.marks.forEach((m, j) => positions.set(m.id, g.points[j]!));
			contentBottom = contentTop + g.height;
			anchors.set(stage.stage, { x: x + colWidth / 2, y: contentTop + g.height / 2 });
		}
		bottom = Math.max(bottom, contentBottom);
		y = contentBottom + BAND_GAP;
	});
	return { labels, blocks, positions, anchors, colWidth, bottom, size };
}

/** The clustered plan's header on top, then one row per cluster: name and count, then marks. */
function clusterScene(
	data: FlowData,
	inner: Box,
	narrow: boolean,
	pitch: number,
	colWidth: number,
	top: number,
	text: FlowText
) {
	const size = markSize(pitch);
	const stage = data.stages.find((s) => s.stage === CLUSTERED_STAGE)!;
	// The header keeps its column's line breaks so its text only moves.
	const head = header(stage, inner.x, top, colWidth);
	const note = makeLabel(
		{
			id: 'cluster-note',
			text: text.strings.clusterNote,
			fontSize: LABEL_SIZE.small,
			bold: false,
			color: COLORS.muted
		},
		inner.x,
		head.bottom,
		inner.width
	);
	const labels = [...head.labels, note];
	const positions = new Map<string, Point>();
	const specs: LabelSpec[] = data.groups.map((g) => ({
		id: `group-${g.id}`,
		text: `${g.name} · ${formatNumber(g.count, text.locale)}`,
		fontSize: LABEL_SIZE.small,
		bold: false,
		color: g.known ? COLORS.ink : COLORS.unknown
	}));
	// Beside their marks on wide boxes, leaving room for at least a row of ROW_MULTIPLE marks.
	const labelWidth = narrow
		? inner.width
		: Math.min(
				Math.max(...specs.map((s) => estimateTextWidth(s.text, s.fontSize))),
				inner.width - GROUP_LABEL_GAP - ROW_MULTIPLE * pitch
			);
	let y = note.y + note.height + HEADER_GAP + GROUP_GAP / 2;
	data.groups.forEach((group, i) => {
		const spec = specs[i]!;
		if (narrow) {
			const label = makeLabel(spec, inner.x, y, labelWidth);
			const g = grid(
				group.markIds.length,
				inner.x,
				y + label.height + LABEL_GAP,
				inner.width,
				pitch,
				size
			);
			group.markIds.forEach((id, j) => positions.set(id, g.points[j]!));
			labels.push(label);
			y += label.height + LABEL_GAP + g.height + GROUP_GAP;
		} else {
			const lh = lineHeight(spec.fontSize);
			const centre = y + Math.max(lh, size) / 2;
			const label = makeLabel(spec, inner.x, centre - lh / 2, labelWidth);
			const marksX = inner.x + labelWidth + GROUP_LABEL_GAP;
			const g = grid(
				group.markIds.length,
				marksX,
				centre - size / 2,
				inner.x + inner.width - marksX,
				pitch,
				size
			);
			group.markIds.forEach((id, j) => positions.set(id, g.points[j]!));
			labels.push(label);
			y = Math.max(label.y + label.height, centre - size / 2 + g.height) + GROUP_GAP;
		}
	});
	return { labels, positions, bottom: y - GROUP_GAP, top };
}

function fits(bottom: number, inner: Box): boolean {
	return bottom <= inner.y + inner.height;
}

/** Everything the chart draws in `state`, in a box of `width` × `height` pixels. */
export function toFlowLayout(
	data: FlowData,
	state: string,
	width: number,
	height: number,
	text: FlowText
): FlowLayout {
	const s = toFlowState(state);
	const inner: Box = { x: PAD, y: PAD, width: width - 2 * PAD, height: height - 2 * PAD };
	const columns = data.stages.length;
	const narrow = (inner.width - COLUMN_GAP * (columns - 1)) / columns < MIN_COLUMN_PX;

	// The largest marks with which every state fits, so marks keep their size between states.
	const scenes = (pitch: number, colsTop = inner.y, groupsTop = inner.y) => {
		const cols = columnsScene(data, inner, narrow, pitch, colsTop, text);
		return {
			cols,
			groups: clusterScene(data, inner, narrow, pitch, cols.colWidth, groupsTop, text)
		};
	};
	let pitch = MAX_PITCH;
	let fitted = scenes(pitch);
	while (
		pitch > MIN_PITCH &&
		!(fits(fitted.cols.bottom, inner) && fits(fitted.groups.bottom, inner))
	)
		fitted = scenes(--pitch);
	// Then each scene sits a little above the middle of the box.
	const spare = (bottom: number) =>
		Math.max(0, Math.floor((inner.y + inner.height - bottom) * SLACK_ABOVE));
	const { cols, groups } = scenes(
		pitch,
		inner.y + spare(fitted.cols.bottom),
		inner.y + spare(fitted.groups.bottom)
	);

	const visible = new Set<FlowStageId>(VISIBLE_STAGES[s]);
	const byCluster = s === 'by-cluster';
	const show = (on: boolean) => (on ? 1 : 0);

	const marks: LaidMark[] = data.stages.flatMap((stage) =>
		stage.marks.map((m: FlowMarkDatum) => {
			const regrouped = byCluster && stage.stage === CLUSTERED_STAGE;
			const at = (regrouped ? groups.positions.get(m.id) : undefined) ??
				cols.positions.get(m.id) ?? { x: inner.x, y: inner.y };
			return {
				id: m.id,
				stage: stage.stage,
				x: at.x,
				y: at.y,
				size: cols.size,
				unknown: m.unlisted || (regrouped && m.cluster === NOT_IN_SOURCES),
				opacity: show(visible.has(stage.stage)),
				title: m.title
			};
		})
	);

	// Labels with the same id in both scenes (the clustered plan's header) move between them.
	const clusterLabels = new Map(groups.labels.map((l) => [l.id, l]));
	const stageOf = (id: string) => data.stages.find((st) => id.startsWith(`${st.stage}-`))?.stage;
	const labels: LaidLabel[] = [
		...cols.labels.map((l) => {
			const stage = stageOf(l.id);
			const moved = byCluster ? clusterLabels.get(l.id) : undefined;
			return {
				...(moved ?? l),
				opacity: show(stage !== undefined && visible.has(stage))
			};
		}),
		...groups.labels
			.filter((l) => !cols.labels.some((c) => c.id === l.id))
			.map((l) => ({ ...l, opacity: show(byCluster) }))
	];

	const blocks = cols.blocks.map((b) => ({
		...b,
		opacity: show(visible.has(stageOf(b.id)!))
	}));

	const centre = (id: string | null, stage: FlowStageId): Point => {
		const p = id ? cols.positions.get(id) : undefined;
		return p ? { x: p.x + cols.size / 2, y: p.y + cols.size / 2 } : cols.anchors.get(stage)!;
	};
	const links: LaidLink[] = data.links.map((link) => {
		const a = centre(link.from.markId, link.from.stage);
		const b = centre(link.to.markId, link.to.stage);
		return {
			id: link.id,
			x1: a.x,
			y1: a.y,
			x2: b.x,
			y2: b.y,
			opacity: show(s === 'second')
		};
	});

	return { state: s, width, height, narrow, pitch, marks, labels, blocks, links };
}
