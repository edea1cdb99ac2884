/**
 * Everything the completion chart draws, in pixels, for one state and one box size. Pure: the
 * component only renders what this returns, and tests/unit/charts/completion.test.ts checks it
 * (inside the box, no label collisions, unknowns drawn, counts equal to the data's).
 */
import { DID_IT_OPEN_GOVERNMENT } from '$lib/data/schema';
import { formatPartialDate } from '$lib/format/dates';
import { COLORS, LABEL_SIZE } from '$lib/theme';
import type { CompletionData, CompletionFigure, CompletionGroup, CompletionSquare } from './data';
import { DEFAULT_COMPLETION_STATE, isCompletionState, type CompletionState } from './states';

export type ColorKey = keyof typeof COLORS;

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LabelMark {
	/** Stable id: labels that persist between states keep it. */
	id: string;
	text: string;
	/** Anchor point; y is the text's baseline. */
	x: number;
	y: number;
	size: number;
	anchor: 'start' | 'middle' | 'end';
	color: ColorKey;
	weight: 400 | 600;
	/** Estimated bounding box (see textWidth). */
	box: Box;
}

export interface RectMark {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	fill: ColorKey | null;
	fillOpacity: number;
	stroke: ColorKey | null;
	dashed: boolean;
	/** What the rect stands for, for tests and data attributes. */
	role: 'segment' | 'swatch';
}

export interface RuleMark {
	id: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	color: ColorKey;
	strokeWidth: number;
}

/**
 * How a commitment looks under a lens: claimed complete, claimed below 100%, rated by the IRM,
 * disputed, or unknown (dashed outline: not in / not rated in our sources).
 */
export type SquareSkin = 'claim' | 'claim-partial' | 'rated' | 'disputed' | 'unknown';

export const SQUARE_SKINS: Record<
	SquareSkin,
	{ fill: ColorKey | null; stroke: ColorKey | null; dashed: boolean }
> = {
	claim: { fill: 'government', stroke: null, dashed: false },
	'claim-partial': { fill: null, stroke: 'government', dashed: false },
	rated: { fill: 'independent', stroke: null, dashed: false },
	disputed: { fill: 'dispute', stroke: null, dashed: false },
	unknown: { fill: null, stroke: 'unknown', dashed: true }
};

export interface SquareMark {
	/** row_id: the same square in every state. */
	id: string;
	x: number;
	y: number;
	size: number;
	skin: SquareSkin;
	/** 1, or faded to a light tint when another square is the point. */
	opacity: number;
	/** Text for the square's <title>. */
	title: string;
}

export interface CompletionLayout {
	state: CompletionState;
	width: number;
	height: number;
	rects: RectMark[];
	rules: RuleMark[];
	squares: SquareMark[];
	labels: LabelMark[];
}

/** Average glyph width of the sans face, in ems: the one text-width estimate, also used in tests. */
export const CHAR_WIDTH_EM = 0.55;

export function textWidth(text: string, size: number): number {
	return CHAR_WIDTH_EM * size * [...text].length;
}

/** Gap kept between the drawing and the edge of the box. */
export const PAD = 4;
const LINE_HEIGHT = 1.3;
/** The headline count ("26 of 26"). */
export const HEADLINE_SIZE = LABEL_SIZE.large * 1.5;
const SWATCH = 12;
/** Squares that are not the point of a state are tinted to this opacity, never hidden. */
export const FADED_OPACITY = 0.2;
const SQUARE_MAX = 34;
const SQUARE_MIN = 9;
/** Self-report segments: darker means more done (all are the government's own numbers). */
const SEGMENT_OPACITY = { met: 1, partial: 0.55, none: 0.2 } as const;
/** Room between the self-report bar and the labels above and below it. */
const ABOVE_GAP = 10;
const BELOW_GAP = 10;

const ASCENT = 0.8;
const lineHeight = (size: number) => Math.round(size * LINE_HEIGHT);

/** A text mark with its estimated box; y is the baseline. */
function label(
	id: string,
	text: string,
	x: number,
	y: number,
	opts: {
		size?: number;
		anchor?: LabelMark['anchor'];
		color?: ColorKey;
		weight?: LabelMark['weight'];
	} = {}
): LabelMark {
	const size = opts.size ?? LABEL_SIZE.small;
	const anchor = opts.anchor ?? 'start';
	const width = textWidth(text, size);
	const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return {
		id,
		text,
		x,
		y,
		size,
		anchor,
		color: opts.color ?? 'ink',
		weight: opts.weight ?? 400,
		box: { x: left, y: y - ASCENT * size, width, height: size }
	};
}

/** Baseline of line `i` of a block of lines starting at `top`. */
function baseline(top: number, i: number, size: number): number {
	const lh = lineHeight(size);
	return top + i * lh + (lh - size) / 2 + ASCENT * size;
}

/** Greedy word wrap to `maxWidth` by the same width estimate. */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** "at least 4", "about 210", "more than 200", "26". */
export function withQualifier(f: CompletionFigure): string {
	const words = { exact: '', about: 'about ', 'more-than': 'more than ', 'at-least': 'at least ' };
	return `${words[f.qualifier]}${f.value}`;
}

export function toCompletionLayout(
	data: CompletionData,
	state: string,
	width: number,
	height: number
): CompletionLayout {
	const s = isCompletionState(state) ? state : DEFAULT_COMPLETION_STATE;
	const base = { state: s, width, height };
	return s === 'self-report'
		? { ...base, ...selfReportLayout(data, width, height), squares: [] }
		: { ...base, ...gridLayout(data, s, width, height) };
}

// ---------------------------------------------------------------------------------------------
// Self-report: one stacked bar against the number of commitments the plan had.

function selfReportLayout(data: CompletionData, width: number, height: number) {
	const { segments, sum, stated, inconsistent, planName } = data.selfReport;
	const x0 = PAD;
	const x1 = width - PAD;
	const innerW = x1 - x0;
	const labels: LabelMark[] = [];
	const rects: RectMark[] = [];
	const rules: RuleMark[] = [];
	const small = LABEL_SIZE.small;
	const lh = lineHeight(small);

	// Header: what this is and whose numbers they are.
	let y = PAD;
	const titleSize = LABEL_SIZE.normal;
	for (const [i, line] of wrapText(
		`${planName}: self-reported status`,
		titleSize,
		innerW
	).entries())
		labels.push(
			label(`sr-title-${i}`, line, x0, baseline(y, i, titleSize), { size: titleSize, weight: 600 })
		);
	y += lineHeight(titleSize) * labels.length;
	const asOf = segments[0]?.figure.asOf;
	const sub = `government figures${asOf ? `, ${formatPartialDate(asOf)}` : ''}`;
	const subLines = wrapText(sub, small, innerW);
	for (const [i, line] of subLines.entries())
		labels.push(label(`sr-sub-${i}`, line, x0, baseline(y, i, small), { color: 'muted' }));
	const headerBottom = y + lh * subLines.length;

	const maxValue = Math.max(sum, stated.value);
	const sx = (v: number) => x0 + (v / maxValue) * innerW;

	// Segment labels sit above the bar, stacked upwards when they would collide.
	let cum = 0;
	const parts = segments.map((seg) => {
		const from = cum;
		cum += seg.figure.value;
		return { seg, from, to: cum };
	});
	const placed: {
		id: string;
		text: string;
		left: number;
		line: number;
		leaderX: number;
		w: number;
	}[] = [];
	for (const { seg, from, to } of parts) {
		const text = `${seg.figure.value} ${seg.meaning}`;
		const w = textWidth(text, small);
		const leaderX = (sx(from) + sx(to)) / 2;
		const left = Math.max(x0, Math.min(sx(from), x1 - w));
		let line = 0;
		const clash = (l: number) =>
			placed.some(
				(p) =>
					(p.line === l && left < p.left + p.w + 8 && p.left < left + w + 8) ||
					(p.line < l && p.left - 3 <= leaderX && leaderX <= p.left + p.w + 3) ||
					(p.line > l && left - 3 <= p.leaderX && p.leaderX <= left + w + 3)
			);
		while (clash(line)) line++;
		placed.push({ id: seg.id, text, left, line, leaderX, w });
	}
	const aboveLines = Math.max(1, ...placed.map((p) => p.line + 1));

	const barH = Math.max(28, Math.min(44, Math.round(height * 0.09)));
	const blockH = aboveLines * lh + ABOVE_GAP + barH + BELOW_GAP + 2 * lh + 2;
	// Sit a little above the middle of the room left under the header.
	const room = height - PAD - headerBottom - 16 - blockH;
	const barTop = headerBottom + 16 + Math.max(0, room * 0.4) + aboveLines * lh + ABOVE_GAP;
	const barBottom = barTop + barH;

	for (const { seg, from, to } of parts)
		rects.push({
			id: `segment-${seg.id}`,
			x: sx(from),
			y: barTop,
			width: Math.max(1, sx(to) - sx(from) - 1),
			height: barH,
			fill: 'government',
			fillOpacity: SEGMENT_OPACITY[seg.id],
			stroke: seg.id === 'none' ? 'government' : null,
			dashed: false,
			role: 'segment'
		});
	for (const p of placed) {
		const bottom = barTop - ABOVE_GAP - p.line * lh;
		labels.push(
			label(`sr-segment-${p.id}`, p.text, p.left, bottom - lh + (lh - small) / 2 + ASCENT * small)
		);
		rules.push({
			id: `sr-leader-${p.id}`,
			x1: p.leaderX,
			y1: barTop - 1,
			x2: p.leaderX,
			y2: bottom - 1,
			color: 'muted',
			strokeWidth: 1
		});
	}

	// The plan's stated number as a line through the bar, labelled below it.
	const refX = sx(stated.value);
	const b1 = baseline(barBottom + BELOW_GAP, 0, small);
	const b2 = baseline(barBottom + BELOW_GAP + lh + 2, 0, small);
	const refText = `${stated.value} ${stated.unit} in the plan`;
	const refW = textWidth(refText, small);
	const excessRight = sum >= stated.value;
	const refOnLeft = excessRight ? refX - 5 - refW >= x0 : refX + 5 + refW > x1;
	labels.push(
		label('sr-stated', refText, refOnLeft ? refX - 5 : refX + 5, b1, {
			anchor: refOnLeft ? 'end' : 'start',
			weight: 600
		})
	);
	rules.push({
		id: 'sr-stated-line',
		x1: refX,
		y1: barTop - ABOVE_GAP + 2,
		x2: refX,
		y2: b1 + 0.2 * small + 2,
		color: 'ink',
		strokeWidth: 2
	});

	// The parts that do not fit the whole: bracketed and said in words.
	if (inconsistent) {
		const xa = sx(Math.min(sum, stated.value));
		const xb = sx(Math.max(sum, stated.value));
		const yb = barBottom + 5;
		const mid = (xa + xb) / 2;
		const diff = Math.abs(sum - stated.value);
		const text = `adds up to ${sum}: ${diff} ${sum > stated.value ? 'more' : 'fewer'} than the plan had`;
		const w = textWidth(text, small);
		const x = excessRight ? Math.max(x0 + w, xb) : Math.min(x1 - w, xa);
		labels.push(
			label('sr-excess', text, x, b2, { anchor: excessRight ? 'end' : 'start', weight: 600 })
		);
		const bracket: [number, number, number, number][] = [
			[xa + 1, barBottom + 1, xa + 1, yb],
			[xb - 1, barBottom + 1, xb - 1, yb],
			[xa + 1, yb, xb - 1, yb],
			[mid, yb, mid, b2 - ASCENT * small - 2]
		];
		for (const [i, [ax, ay, bx, by]] of bracket.entries())
			rules.push({
				id: `sr-excess-${i}`,
				x1: ax,
				y1: ay,
				x2: bx,
				y2: by,
				color: 'ink',
				strokeWidth: 1
			});
	}
	return { rects, rules, labels };
}

// ---------------------------------------------------------------------------------------------
// Second plan: one square per commitment, one row per sector cluster.

interface LegendItem {
	id: string;
	text: string;
	color: ColorKey;
	swatch: { skin: SquareSkin; opacity: number };
}

interface Header {
	labels: LabelMark[];
	rects: RectMark[];
	height: number;
}

function claimSkin(sq: CompletionSquare): SquareSkin {
	if (sq.dashboardPct === null) return 'unknown';
	return sq.dashboardPct >= 100 ? 'claim' : 'claim-partial';
}

function squareMark(
	sq: CompletionSquare,
	state: Exclude<CompletionState, 'self-report'>
): Pick<SquareMark, 'skin' | 'opacity' | 'title'> {
	const name = `Commitment ${sq.number ?? '(number not in our sources)'}: ${sq.titleEs ?? 'title not in our sources'}`;
	if (state === 'irm')
		return sq.rating
			? { skin: 'rated', opacity: 1, title: `${name}. IRM: “${sq.rating}”` }
			: { skin: 'unknown', opacity: 1, title: `${name}. Not rated in our sources` };
	if (state === 'dispute' && sq.disputed)
		return { skin: 'disputed', opacity: 1, title: `${name}. Disputed by civil society` };
	const skin = claimSkin(sq);
	const claim =
		sq.dashboardPct === null
			? 'Dashboard value not in our sources'
			: `${sq.dashboardPct}% on the government's dashboard (a claim)`;
	return { skin, opacity: state === 'dispute' ? FADED_OPACITY : 1, title: `${name}. ${claim}` };
}

/** Ratings in the order of the IRM scale, best first, then any value the scale does not list. */
function ratingsOf(counts: Record<string, number>): string[] {
	const scale = [...DID_IT_OPEN_GOVERNMENT].reverse() as string[];
	return Object.keys(counts)
		.filter((r) => (counts[r] ?? 0) > 0)
		.sort(
			(a, b) => (scale.indexOf(a) + 1 || 99) - (scale.indexOf(b) + 1 || 99) || a.localeCompare(b)
		);
}

function rowRatingText(g: CompletionGroup): string | null {
	const ratings = ratingsOf(g.counts.irm);
	return ratings.length ? ratings.map((r) => `${g.counts.irm[r]} ${r}`).join(', ') : null;
}

function legendItems(
	data: CompletionData,
	state: Exclude<CompletionState, 'self-report'>
): LegendItem[] {
	const t = data.totals;
	const items: LegendItem[] = [];
	if (state === 'irm') {
		for (const r of ratingsOf(t.irm))
			items.push({
				id: `irm-${r}`,
				text: `${t.irm[r]} rated “${r}” by the IRM on “did it open government?”`,
				color: 'independent',
				swatch: { skin: 'rated', opacity: 1 }
			});
		if (t.irmUnrated > 0)
			items.push({
				id: 'irm-unrated',
				text: `${t.irmUnrated} not rated in our sources`,
				color: 'unknown',
				swatch: { skin: 'unknown', opacity: 1 }
			});
		return items;
	}
	const squares = data.groups.flatMap((g) => g.squares);
	const partial = squares.filter((q) => claimSkin(q) === 'claim-partial').length;
	if (state === 'claim') {
		if (partial > 0)
			items.push({
				id: 'claim-partial',
				text: `${partial} below 100% on the dashboard`,
				color: 'government',
				swatch: { skin: 'claim-partial', opacity: 1 }
			});
	} else {
		const others = t.total - t.disputed;
		items.push({
			id: 'dispute-others',
			text: `${others} others: no dispute in our sources`,
			color: 'muted',
			swatch: { skin: 'claim', opacity: FADED_OPACITY }
		});
	}
	if (t.claimUnknown > 0)
		items.push({
			id: `${state}-claim-unknown`,
			text: `${t.claimUnknown} with no dashboard value in our sources`,
			color: 'unknown',
			swatch: { skin: 'unknown', opacity: 1 }
		});
	return items;
}

function swatchRect(
	id: string,
	x: number,
	y: number,
	size: number,
	skin: SquareSkin,
	opacity: number
): RectMark {
	const look = SQUARE_SKINS[skin];
	const inset = look.fill ? 0 : 0.75;
	return {
		id,
		x: x + inset,
		y: y + inset,
		width: size - 2 * inset,
		height: size - 2 * inset,
		fill: look.fill,
		fillOpacity: opacity,
		stroke: look.stroke,
		dashed: look.dashed,
		role: 'swatch'
	};
}

function header(
	data: CompletionData,
	state: Exclude<CompletionState, 'self-report'>,
	x0: number,
	x1: number
): Header {
	const labels: LabelMark[] = [];
	const rects: RectMark[] = [];
	const small = LABEL_SIZE.small;
	const lh = lineHeight(small);
	let y = PAD;
	if (state === 'claim') {
		const t = data.totals;
		const text = `${t.claimedComplete} of ${t.total}`;
		const headW = textWidth(text, HEADLINE_SIZE);
		const headH = lineHeight(HEADLINE_SIZE);
		labels.push(
			label('claim-headline', text, x0, baseline(y, 0, HEADLINE_SIZE), {
				size: HEADLINE_SIZE,
				weight: 600,
				color: 'government'
			})
		);
		const desc = "100% on the government's dashboard (a claim)";
		const besideX = x0 + headW + 10;
		const beside = x1 - besideX >= 110;
		const lines = wrapText(desc, small, beside ? x1 - besideX : x1 - x0);
		const top = beside ? y + Math.max(0, (headH - lines.length * lh) / 2) : y + headH;
		for (const [i, line] of lines.entries())
			labels.push(
				label(`claim-desc-${i}`, line, beside ? besideX : x0, baseline(top, i, small), {
					color: 'government'
				})
			);
		y = Math.max(y + headH, top + lines.length * lh) + 4;
	}
	for (const item of legendItems(data, state)) {
		const tx = x0 + SWATCH + 6;
		const lines = wrapText(item.text, small, x1 - tx);
		rects.push(
			swatchRect(
				`swatch-${item.id}`,
				x0,
				y + (lh - SWATCH) / 2,
				SWATCH,
				item.swatch.skin,
				item.swatch.opacity
			)
		);
		for (const [i, line] of lines.entries())
			labels.push(
				label(`legend-${item.id}-${i}`, line, tx, baseline(y, i, small), { color: item.color })
			);
		y += lines.length * lh + 4;
	}
	return { labels, rects, height: y - PAD };
}

interface Spot {
	x: number;
	/** Top of the first line. */
	top: number;
	anchor: 'start' | 'end';
}

interface RowGeometry {
	group: CompletionGroup;
	labels: LabelMark[];
	squares: { sq: CompletionSquare; x: number; y: number }[];
	/** Where the per-row rating label goes in the IRM state. */
	ratingSpot: Spot | null;
	/** Where each disputed square's annotation goes, with its leader (if any). */
	disputeSpots: { sq: CompletionSquare; spot: Spot; leader: RuleMark | null }[];
}

interface GridGeometry {
	size: number;
	rows: RowGeometry[];
	bottom: number;
}

/** Annotation lines for a disputed square. */
function disputeLines(data: CompletionData, sq: CompletionSquare): string[] {
	const head = `Commitment ${sq.number ?? ''}`.trim();
	if (sq.id !== data.dispute.rowId) return [head, 'disputed by civil society'];
	const { disputed, objectives } = data.dispute;
	return [
		head,
		`${withQualifier(disputed)} of ${withQualifier(objectives)} ${objectives.unit} disputed`
	];
}

const rowLabelText = (g: CompletionGroup) => `${g.name} · ${g.squares.length}`;

/** Rows of squares at one square size, in side-by-side or stacked mode; null if it cannot fit. */
function gridGeometry(
	data: CompletionData,
	size: number,
	mode: 'side' | 'stacked',
	x0: number,
	x1: number,
	top: number
): GridGeometry | null {
	const small = LABEL_SIZE.small;
	const lh = lineHeight(small);
	const gap = Math.max(3, Math.round(size / 4));
	const rowGap = Math.max(8, Math.round(size * 0.45));
	const labelCol = Math.max(...data.groups.map((g) => textWidth(rowLabelText(g), small)));
	const sqX0 = mode === 'side' ? x0 + labelCol + 12 : x0;
	const cols = Math.floor((x1 - sqX0 + gap) / (size + gap));
	const maxCount = Math.max(...data.groups.map((g) => g.squares.length));
	if (cols < 1 || (mode === 'side' && (cols < maxCount || labelCol > (x1 - x0) * 0.5))) return null;

	const rows: RowGeometry[] = [];
	let y = top;
	for (const group of data.groups) {
		const labels: LabelMark[] = [];
		const color: ColorKey = group.known ? 'ink' : 'unknown';
		let sqTop: number;
		if (mode === 'side') {
			sqTop = size < lh ? y + (lh - size) / 2 : y;
			const text = rowLabelText(group);
			labels.push(label(`row-${group.id}-0`, text, x0, sqTop + size / 2 + 0.35 * small, { color }));
		} else {
			const lines = wrapText(rowLabelText(group), small, x1 - x0);
			for (const [i, line] of lines.entries())
				labels.push(label(`row-${group.id}-${i}`, line, x0, baseline(y, i, small), { color }));
			sqTop = y + lines.length * lh + 2;
		}
		const squares = group.squares.map((sq, i) => ({
			sq,
			x: sqX0 + (i % cols) * (size + gap),
			y: sqTop + Math.floor(i / cols) * (size + gap)
		}));
		const nLines = Math.ceil(group.squares.length / cols);
		let bottom = Math.max(
			sqTop + nLines * (size + gap) - gap,
			...labels.map((l) => l.box.y + l.box.height)
		);
		const lastInLine = (i: number) => i === group.squares.length - 1 || (i + 1) % cols === 0;

		let ratingSpot: Spot | null = null;
		const rating = rowRatingText(group);
		if (rating) {
			const last = squares[squares.length - 1]!;
			const w = textWidth(rating, small);
			if (last.x + size + 8 + w <= x1)
				ratingSpot = { x: last.x + size + 8, top: last.y + (size - lh) / 2, anchor: 'start' };
			else {
				ratingSpot = { x: sqX0, top: bottom + 2, anchor: 'start' };
				bottom += 2 + lh;
			}
		}
		const disputeSpots: RowGeometry['disputeSpots'] = [];
		for (const [i, p] of squares.entries()) {
			if (!p.sq.disputed) continue;
			const w = Math.max(...disputeLines(data, p.sq).map((t) => textWidth(t, small)));
			const right = p.x + size + 8;
			const lineIsRatingFree = !ratingSpot || ratingSpot.top !== p.y + (size - lh) / 2;
			if (lastInLine(i) && right + w <= x1 && lineIsRatingFree) {
				disputeSpots.push({
					sq: p.sq,
					spot: { x: right, top: p.y + size / 2 - lh, anchor: 'start' },
					leader: null
				});
				bottom = Math.max(bottom, p.y + size / 2 + lh);
			} else {
				const anchorEnd = p.x + size - w >= x0;
				const spotTop = bottom + 8;
				disputeSpots.push({
					sq: p.sq,
					spot: {
						x: anchorEnd ? p.x + size : x0,
						top: spotTop,
						anchor: anchorEnd ? 'end' : 'start'
					},
					leader: {
						id: `leader-${p.sq.id}`,
						x1: p.x + size / 2,
						y1: p.y + size + 1,
						x2: p.x + size / 2,
						y2: spotTop,
						color: 'dispute',
						strokeWidth: 1
					}
				});
				bottom = spotTop + 2 * lh;
			}
		}
		rows.push({ group, labels, squares, ratingSpot, disputeSpots });
		y = bottom + rowGap;
	}
	return { size, rows, bottom: y - rowGap };
}

function gridLayout(
	data: CompletionData,
	state: Exclude<CompletionState, 'self-report'>,
	width: number,
	height: number
) {
	const x0 = PAD;
	const x1 = width - PAD;
	const small = LABEL_SIZE.small;
	// The squares stay put between the three lenses: the header reserves the tallest lens's room.
	const headers = (['claim', 'irm', 'dispute'] as const).map((s) => header(data, s, x0, x1));
	const head = headers[['claim', 'irm', 'dispute'].indexOf(state)]!;
	const top = PAD + Math.max(...headers.map((h) => h.height)) + 10;

	// The largest squares that fit, names above the rows (phones) or beside them (short, wide boxes).
	let geometry: GridGeometry | null = null;
	for (let size = SQUARE_MAX; size >= SQUARE_MIN && !geometry; size--)
		geometry =
			(['stacked', 'side'] as const)
				.map((mode) => gridGeometry(data, size, mode, x0, x1, top))
				.find((g) => g !== null && g.bottom <= height - PAD) ?? null;
	geometry ??= gridGeometry(data, SQUARE_MIN, 'stacked', x0, x1, top);
	// A box too small for even one square (before measuring, say) draws nothing rather than junk.
	if (!geometry) return { rects: [], rules: [], squares: [], labels: [] };

	const labels: LabelMark[] = [...head.labels];
	const rules: RuleMark[] = [];
	const squares: SquareMark[] = [];
	for (const row of geometry.rows) {
		labels.push(...row.labels);
		for (const p of row.squares)
			squares.push({
				id: p.sq.id,
				x: p.x,
				y: p.y,
				size: geometry.size,
				...squareMark(p.sq, state)
			});
		const rating = rowRatingText(row.group);
		if (state === 'irm' && rating && row.ratingSpot)
			labels.push(
				label(
					`rating-${row.group.id}`,
					rating,
					row.ratingSpot.x,
					baseline(row.ratingSpot.top, 0, small),
					{
						color: 'independent',
						weight: 600
					}
				)
			);
		if (state === 'dispute')
			for (const { sq, spot, leader } of row.disputeSpots) {
				for (const [i, line] of disputeLines(data, sq).entries())
					labels.push(
						label(`dispute-${sq.id}-${i}`, line, spot.x, baseline(spot.top, i, small), {
							anchor: spot.anchor,
							color: 'dispute',
							weight: i === 0 ? 600 : 400
						})
					);
				if (leader) rules.push(leader);
			}
	}
	return { rects: head.rects, rules, squares, labels };
}
