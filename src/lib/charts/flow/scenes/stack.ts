/**
 * The one layout engine of the flow's scenes: blocks stacked top to bottom, each a few lines of
 * text over a grid of marks, with the legend along the bottom. The mark size is the largest that
 * lets everything fit the box; lines marked optional are dropped before marks get too small.
 */
import { COLORS } from '$lib/theme';
import { LABEL, lineHeight, textWidth, wrapText } from '../../kit';
import { kindKey, type MarkKind } from '../encoding';
import type { Placed, Scene, SceneLabel, Size } from './types';

/** Mark sides tried, largest first (px). */
export const MARK_MAX = 16;
export const MARK_MIN = 5;
/** Below this, optional lines give way so marks stay legible. */
export const MARK_COMFORT = 8;
const TEXT_GAP = 3;
const BLOCK_GAP = 10;
const LEGEND_SWATCH = 12;
const LEGEND_GAP = 12;

export interface BlockText {
	text: string;
	bold?: boolean;
	color?: string;
	/** Dropped first when the box is too small. */
	optional?: boolean;
}

export interface BlockItem {
	id: string;
	kind: MarkKind;
	highlight?: boolean;
	opacity?: number;
	/** A cell of this scene only (not one of the chart's marks). */
	cell?: boolean;
}

export interface Block {
	id: string;
	texts: BlockText[];
	items: BlockItem[];
	/** Marks may sit on the text's line, after it, when the text is one line and they fit. */
	inline?: boolean;
}

/** Between a one-line text and the marks that follow it on its line (px). */
const INLINE_GAP = 6;

function fontOf(t: BlockText): number {
	return t.bold ? LABEL.value : LABEL.text;
}

function gap(s: number): number {
	return Math.max(1, Math.round(s / 4));
}

function columns(width: number, s: number): number {
	return Math.max(1, Math.floor((width + gap(s)) / (s + gap(s))));
}

function gridHeight(n: number, width: number, s: number): number {
	if (n === 0) return 0;
	const rows = Math.ceil(n / columns(width, s));
	return rows * (s + gap(s)) - gap(s);
}

interface Wrapped {
	t: BlockText;
	lines: string[];
}

function wrapAll(blocks: readonly Block[], width: number, keepOptional: boolean): Wrapped[][] {
	return blocks.map((b) =>
		b.texts
			.filter((t) => keepOptional || !t.optional)
			.map((t) => ({
				t,
				lines: wrapText(t.text, { maxWidth: width, fontSize: fontOf(t), bold: t.bold }).lines
			}))
	);
}

function textHeight(ws: readonly Wrapped[]): number {
	return ws.reduce((h, w) => h + w.lines.length * lineHeight(fontOf(w.t)), 0);
}

/** Widest a column of inline marks may be, as a share of the box width. */
const INLINE_MAX_SHARE = 0.4;

function itemsWidth(n: number, s: number): number {
	return n * (s + gap(s)) - gap(s);
}

function oneLine(b: Block, ws: readonly Wrapped[]): boolean {
	return !!b.inline && ws.length === 1 && ws[0]!.lines.length === 1 && b.items.length > 0;
}

/**
 * The column inline marks share (they sit left of their one-line label, so labels line up like
 * a table's): as wide as the widest row of marks that is not too wide. Null when no block has one.
 */
function inlineColumn(
	blocks: readonly Block[],
	texts: Wrapped[][],
	width: number,
	s: number
): number | null {
	const widths = blocks
		.filter((b, i) => oneLine(b, texts[i]!))
		.map((b) => itemsWidth(b.items.length, s))
		.filter((w) => w <= width * INLINE_MAX_SHARE);
	return widths.length > 0 && s <= lineHeight(LABEL.text) ? Math.max(...widths) : null;
}

/** Where a block's label starts when its marks sit inline before it, or null (marks below). */
function inlineStart(
	b: Block,
	ws: readonly Wrapped[],
	column: number | null,
	width: number,
	s: number
): number | null {
	if (column === null || !oneLine(b, ws) || itemsWidth(b.items.length, s) > column) return null;
	const w = ws[0]!;
	const x = column + INLINE_GAP;
	return x + textWidth(w.lines[0]!, fontOf(w.t), w.t.bold) <= width ? x : null;
}

function blockHeight(
	b: Block,
	ws: readonly Wrapped[],
	column: number | null,
	width: number,
	s: number
): number {
	const th = textHeight(ws);
	if (inlineStart(b, ws, column, width, s) !== null) return th;
	const gh = gridHeight(b.items.length, width, s);
	return th + (th > 0 && gh > 0 ? TEXT_GAP : 0) + gh;
}

function totalHeight(blocks: readonly Block[], texts: Wrapped[][], width: number, s: number) {
	const column = inlineColumn(blocks, texts, width, s);
	return blocks.reduce(
		(h, b, i) => h + blockHeight(b, texts[i]!, column, width, s) + (i > 0 ? BLOCK_GAP : 0),
		0
	);
}

function fit(blocks: readonly Block[], texts: Wrapped[][], size: Size, floor: number) {
	for (let s = MARK_MAX; s >= floor; s--)
		if (totalHeight(blocks, texts, size.width, s) <= size.height) return s;
	return null;
}

/** Legend entries flowing left to right, wrapping; returns cells, labels and the height used. */
export function layoutLegend(
	kinds: readonly MarkKind[],
	words: (k: MarkKind) => string,
	size: Size
): { cells: Map<string, Placed>; labels: SceneLabel[]; height: number } {
	const cells = new Map<string, Placed>();
	const labels: SceneLabel[] = [];
	const fs = LABEL.small;
	const lh = lineHeight(fs);
	const entries = kinds.map((k) => ({ k, text: words(k) }));
	let x = 0;
	let row = 0;
	const placed: { k: MarkKind; text: string; x: number; row: number }[] = [];
	for (const e of entries) {
		const w = LEGEND_SWATCH + 4 + textWidth(e.text, fs);
		if (x > 0 && x + w > size.width) {
			x = 0;
			row++;
		}
		placed.push({ ...e, x, row });
		x += w + LEGEND_GAP;
	}
	const rows = placed.length === 0 ? 0 : row + 1;
	const top = size.height - rows * lh;
	for (const p of placed) {
		const y = top + p.row * lh;
		cells.set(`legend-${kindKey(p.k)}`, {
			x: p.x,
			y: y + (lh - LEGEND_SWATCH) / 2,
			size: LEGEND_SWATCH,
			kind: p.k
		});
		labels.push({
			id: `legend-${kindKey(p.k)}`,
			x: p.x + LEGEND_SWATCH + 4,
			y,
			lines: [p.text],
			fontSize: fs,
			bold: false,
			color: COLORS.muted
		});
	}
	return { cells, labels, height: rows * lh };
}

/**
 * Lays blocks out top to bottom in the box, legend at the bottom. Where every legend entry also
 * labels a row of its own marks (`legendOptional`), the legend is the last thing to give way.
 */
export function stackScene(
	blocks: readonly Block[],
	size: Size,
	legend: readonly MarkKind[],
	legendWords: (k: MarkKind) => string,
	opts: { legendOptional?: boolean } = {}
): Scene {
	const attempt = (kinds: readonly MarkKind[], keepOptional: boolean, floor: number) => {
		const lg = layoutLegend(kinds, legendWords, size);
		const room: Size = {
			width: size.width,
			height: size.height - lg.height - (lg.height > 0 ? BLOCK_GAP : 0)
		};
		const texts = wrapAll(blocks, room.width, keepOptional);
		return { lg, room, texts, s: fit(blocks, texts, room, floor) };
	};
	let a = attempt(legend, true, MARK_COMFORT);
	if (a.s === null) a = attempt(legend, false, MARK_MIN);
	if (a.s === null && opts.legendOptional) a = attempt([], false, MARK_MIN);
	const { lg, room, texts } = a;
	const s = a.s ?? MARK_MIN;
	legend = lg.cells.size > 0 ? legend : [];
	const marks = new Map<string, Placed>();
	const cells = new Map(lg.cells);
	const labels: SceneLabel[] = [...lg.labels];
	const g = gap(s);
	const cols = columns(room.width, s);
	const column = inlineColumn(blocks, texts, room.width, s);
	let y = 0;
	blocks.forEach((b, i) => {
		if (i > 0) y += BLOCK_GAP;
		const top = y;
		const inline = inlineStart(b, texts[i]!, column, room.width, s);
		texts[i]!.forEach((w, j) => {
			const fs = fontOf(w.t);
			labels.push({
				id: `${b.id}-${j}`,
				x: inline ?? 0,
				y,
				lines: w.lines,
				fontSize: fs,
				bold: w.t.bold ?? false,
				color: w.t.color ?? (w.t.bold ? COLORS.ink : COLORS.muted)
			});
			y += w.lines.length * lineHeight(fs);
		});
		if (inline !== null) {
			const lh = lineHeight(fontOf(texts[i]![0]!.t));
			b.items.forEach((it, k) => {
				const p: Placed = {
					x: k * (s + g),
					y: top + Math.round((lh - s) / 2),
					size: s,
					kind: it.kind,
					highlight: it.highlight,
					opacity: it.opacity
				};
				(it.cell ? cells : marks).set(it.id, p);
			});
			return;
		}
		if (b.items.length > 0 && texts[i]!.length > 0) y += TEXT_GAP;
		b.items.forEach((it, k) => {
			const p: Placed = {
				x: (k % cols) * (s + g),
				y: y + Math.floor(k / cols) * (s + g),
				size: s,
				kind: it.kind,
				highlight: it.highlight,
				opacity: it.opacity
			};
			(it.cell ? cells : marks).set(it.id, p);
		});
		y += gridHeight(b.items.length, room.width, s);
	});
	return { marks, cells, labels, legend: [...legend] };
}
