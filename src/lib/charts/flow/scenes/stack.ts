/**
 * The one layout engine of the flow's scenes: blocks stacked top to bottom, with the legend along
 * the bottom. A block is a few lines of text over a grid of marks, or (`inline`) a table row: its
 * marks in a column shared by every such row, its label wrapped beside them, so category rows line
 * up like a table. The mark size is the largest that lets everything fit the box; optional lines
 * give way before marks get too small, and the legend last where every row already names its kind.
 */
import { COLORS } from '$lib/theme';
import { LABEL, lineHeight, wrapText } from '../../kit';
import { kindKey, type MarkKind } from '../encoding';
import { layoutLegend } from './legend';
import type { Placed, Scene, SceneLabel, Size } from './types';

/** Mark sides tried, largest first (px). */
export const MARK_MAX = 16;
export const MARK_MIN = 5;
/** Below this, optional lines give way so marks stay legible. */
export const MARK_COMFORT = 8;
const TEXT_GAP = 3;
const BLOCK_GAP = 10;
/** Between two rows whose labels gave way: marks only, kept close. */
const TIGHT_GAP = 3;
/** Between a table row's marks and its label (px). */
const INLINE_GAP = 8;
/** Share of a line's room that text is wrapped to, for the estimate's error. */
const TEXT_SAFETY = 0.93;
/** Widest the column of table-row marks may be, as a share of the box width. */
const INLINE_MAX_SHARE = 0.4;

export interface BlockText {
	text: string;
	bold?: boolean;
	color?: string;
	/** Dropped when the box is too small: level 1 first, then level 2 (true = 1). */
	optional?: boolean | 1 | 2;
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
	/** A table row: marks in the shared column on the left, the label beside them. */
	inline?: boolean;
}

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
	return Math.ceil(n / columns(width, s)) * (s + gap(s)) - gap(s);
}

interface Wrapped {
	t: BlockText;
	lines: string[];
}

/** One block measured at mark size s: its lines, where its marks go, its height. */
interface Measured {
	texts: Wrapped[];
	/** Width of the marks' grid; the label starts right of it for table rows. */
	gridWidth: number;
	inline: boolean;
	height: number;
}

/** The table-row column at mark size s: as wide as the widest row of marks, within the cap. */
function tableColumn(blocks: readonly Block[], width: number, s: number): number {
	const widest = Math.max(
		0,
		...blocks.filter((b) => b.inline).map((b) => b.items.length * (s + gap(s)) - gap(s))
	);
	const cap =
		Math.floor((width * INLINE_MAX_SHARE + gap(s)) / (s + gap(s))) * (s + gap(s)) - gap(s);
	return Math.max(s, Math.min(widest, cap));
}

/** The level at which a line is dropped (Infinity: never). */
function dropLevel(t: BlockText): number {
	return t.optional === true ? 1 : t.optional || Infinity;
}

function measure(blocks: readonly Block[], width: number, s: number, dropped: number) {
	const column = tableColumn(blocks, width, s);
	return blocks.map((b): Measured => {
		const inline = !!b.inline && b.items.length > 0;
		// The kit's width estimate runs short on capitals and digits (ids like MX0068): keep a margin.
		const textWidth = (inline ? width - column - INLINE_GAP : width) * TEXT_SAFETY;
		const texts = b.texts
			.filter((t) => dropLevel(t) > dropped)
			.map((t) => ({
				t,
				lines: wrapText(t.text, { maxWidth: textWidth, fontSize: fontOf(t), bold: t.bold }).lines
			}));
		const th = texts.reduce((h, w) => h + w.lines.length * lineHeight(fontOf(w.t)), 0);
		const gridWidth = inline ? column : width;
		const gh = gridHeight(b.items.length, gridWidth, s);
		const height = inline
			? Math.max(th, rowOffset(texts, s) + gh)
			: th + (th > 0 && gh > 0 ? TEXT_GAP : 0) + gh;
		return { texts, gridWidth, inline, height };
	});
}

/** How far a table row's marks sit below its top, to centre one row of them on the first line. */
function rowOffset(texts: readonly Wrapped[], s: number): number {
	const first = texts[0] ? lineHeight(fontOf(texts[0].t)) : s;
	return Math.max(0, Math.round((first - s) / 2));
}

/** Space above block i: tight between two rows that lost their labels. */
function gapBefore(ms: readonly Measured[], i: number): number {
	if (i === 0) return 0;
	return ms[i]!.texts.length === 0 && ms[i - 1]!.texts.length === 0 ? TIGHT_GAP : BLOCK_GAP;
}

function total(ms: readonly Measured[]): number {
	return ms.reduce((h, m, i) => h + m.height + gapBefore(ms, i), 0);
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
	const attempt = (kinds: readonly MarkKind[], dropped: number, floor: number) => {
		const lg = layoutLegend(kinds, legendWords, size);
		const room = size.height - lg.height - (lg.height > 0 ? BLOCK_GAP : 0);
		for (let s = MARK_MAX; s >= floor; s--) {
			const ms = measure(blocks, size.width, s, dropped);
			if (total(ms) <= room) return { lg, kinds, ms, s };
		}
		return null;
	};
	// Give way in this order: mark size down to comfortable, level-1 lines, the legend (where rows
	// name their kinds), level-2 lines.
	const found =
		attempt(legend, 0, MARK_COMFORT) ??
		attempt(legend, 1, MARK_MIN) ??
		(opts.legendOptional ? attempt([], 1, MARK_MIN) : null) ??
		attempt(legend, 2, MARK_MIN);
	const { lg, kinds, ms, s } = found ?? {
		lg: layoutLegend(legend, legendWords, size),
		kinds: legend,
		ms: measure(blocks, size.width, MARK_MIN, 2),
		s: MARK_MIN
	};
	const marks = new Map<string, Placed>();
	const cells = new Map(lg.cells);
	const labels: SceneLabel[] = [...lg.labels];
	const g = gap(s);
	let y = 0;
	blocks.forEach((b, i) => {
		y += gapBefore(ms, i);
		const m = ms[i]!;
		let ty = y;
		m.texts.forEach((w, j) => {
			const fs = fontOf(w.t);
			labels.push({
				id: `${b.id}-${j}`,
				x: m.inline ? m.gridWidth + INLINE_GAP : 0,
				y: ty,
				lines: w.lines,
				fontSize: fs,
				bold: w.t.bold ?? false,
				color: w.t.color ?? (w.t.bold ? COLORS.ink : COLORS.muted)
			});
			ty += w.lines.length * lineHeight(fs);
		});
		const cols = columns(m.gridWidth, s);
		// Table rows centre a one-row grid on the label's first line; other grids sit under the text.
		const top = m.inline
			? y + rowOffset(m.texts, s)
			: ty + (ty > y && b.items.length > 0 ? TEXT_GAP : 0);
		b.items.forEach((it, k) => {
			const p: Placed = {
				x: (k % cols) * (s + g),
				y: top + Math.floor(k / cols) * (s + g),
				size: s,
				kind: it.kind,
				highlight: it.highlight,
				opacity: it.opacity
			};
			(it.cell ? cells : marks).set(it.id, p);
		});
		y += m.height;
	});
	return { marks, cells, labels, legend: [...kinds] };
}

export { kindKey, layoutLegend };
