/**
 * Everything the completion chart draws, in pixels, for one state and one box size. Pure: the
 * component only renders what this returns, and tests/unit/charts/completion.test.ts checks it
 * (inside the box, no label collisions, unknowns drawn, counts equal to the data's).
 */
import { CHAR_WIDTH as CHAR_WIDTH_EM, textWidth, type Box } from '../text';
import { DID_IT_OPEN_GOVERNMENT } from '$lib/data/schema';
import { formatPartialDate, type Locale } from '$lib/format/dates';
import { formatNumber } from '$lib/format/figures';
import type { CompletionStrings } from '$lib/i18n/charts';
import { COLORS, LABEL_SIZE } from '$lib/theme';
import type { CompletionData, CompletionGroup, CompletionSquare } from './data';
import { DEFAULT_COMPLETION_STATE, isCompletionState, type CompletionState } from './states';

/** Shared with the other charts (../text.ts); re-exported for this chart's tests. */
export { CHAR_WIDTH_EM, textWidth, type Box };

export type ColorKey = keyof typeof COLORS;

/** The chart's words and the page's language, for numbers and dates. */
export interface CompletionText {
	strings: CompletionStrings;
	locale: Locale;
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
/** When nothing fits at SQUARE_MIN (long words in a small box), squares may shrink to this… */
const SQUARE_TIGHT = 7;
/** …and rows and annotations close up to this gap. */
const TIGHT_GAP = 4;
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

/** The accessible name of the drawing in a state. */
export function toCompletionLabel(
	data: CompletionData,
	state: string,
	text: CompletionText
): string {
	const s = isCompletionState(state) ? state : DEFAULT_COMPLETION_STATE;
	const t = text.strings.labels;
	if (s === 'self-report') {
		const asOf = data.selfReport.segments[0]?.figure.asOf;
		return t.selfReport(
			data.selfReport.planName,
			asOf ? formatPartialDate(asOf, text.locale) : null
		);
	}
	return t[s](data.planName);
}

export function toCompletionLayout(
	data: CompletionData,
	state: string,
	width: number,
	height: number,
	text: CompletionText
): CompletionLayout {
	const s = isCompletionState(state) ? state : DEFAULT_COMPLETION_STATE;
	const base = { state: s, width, height };
	return s === 'self-report'
		? { ...base, ...selfReportLayout(data, width, height, text), squares: [] }
		: { ...base, ...gridLayout(data, s, width, height, text) };
}

// ---------------------------------------------------------------------------------------------
// Self-report: one stacked bar against the number of commitments the plan had.

function selfReportLayout(
	data: CompletionData,
	width: number,
	height: number,
	{ strings: t, locale }: CompletionText
) {
	const { segments, sum, stated, inconsistent, planName } = data.selfReport;
	const fmt = (n: number) => formatNumber(n, locale);
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
	for (const [i, line] of wrapText(t.selfReportTitle(planName), titleSize, innerW).entries())
		labels.push(
			label(`sr-title-${i}`, line, x0, baseline(y, i, titleSize), { size: titleSize, weight: 600 })
		);
	y += lineHeight(titleSize) * labels.length;
	const asOf = segments[0]?.figure.asOf;
	const sub = t.governmentFigures(asOf ? formatPartialDate(asOf, locale) : null);
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
	const placed = placeAboveBar(
		parts.map(({ seg, from, to }) => {
			const text = t.segment(seg.figure.text, seg.meaning);
			const w = textWidth(text, small);
			return {
				id: seg.id,
				text,
				w,
				leaderX: (sx(from) + sx(to)) / 2,
				preferred: Math.max(x0, Math.min(sx(from), x1 - w))
			};
		}),
		x0,
		x1
	);
	const aboveLines = Math.max(1, ...placed.map((p) => p.line + 1));

	// Under the bar: the plan's stated number, then (if the parts do not add up) the difference.
	const excessText = inconsistent
		? (sum > stated.value ? t.addsUpMore : t.addsUpFewer)(
				fmt(sum),
				fmt(Math.abs(sum - stated.value))
			)
		: null;
	const excessLines = excessText ? wrapText(excessText, small, innerW) : [];
	const barH = Math.max(28, Math.min(44, Math.round(height * 0.09)));
	const blockH = aboveLines * lh + ABOVE_GAP + barH + BELOW_GAP + (1 + excessLines.length) * lh + 2;
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
	const refText = t.inPlan(stated.text);
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
	if (excessLines.length > 0) {
		const xa = sx(Math.min(sum, stated.value));
		const xb = sx(Math.max(sum, stated.value));
		const yb = barBottom + 5;
		const mid = (xa + xb) / 2;
		const w = Math.max(...excessLines.map((line) => textWidth(line, small)));
		const x = excessRight ? Math.max(x0 + w, xb) : Math.min(x1 - w, xa);
		for (const [i, line] of excessLines.entries())
			labels.push(
				label(i === 0 ? 'sr-excess' : `sr-excess-line-${i}`, line, x, b2 + i * lh, {
					anchor: excessRight ? 'end' : 'start',
					weight: 600
				})
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

/** A label over the self-report bar, joined to its segment by a vertical leader. */
interface BarLabel {
	id: string;
	text: string;
	/** Width of the text. */
	w: number;
	/** Where its leader meets the bar. */
	leaderX: number;
	/** Left edge it would take with room to spare. */
	preferred: number;
}

export interface PlacedBarLabel extends BarLabel {
	left: number;
	/** 0 is the line nearest the bar. */
	line: number;
}

/** Clear space kept between labels on one line, and around a leader passing a label. */
const LABEL_GAP = 8;
const LEADER_CLEAR = 3;

/**
 * Lines and left edges for the labels over the self-report bar: no two labels on a line touch,
 * and no leader passes through a label between the bar and its own label. Searches every choice
 * (three labels, a handful of spots each) for the fewest lines, then the least shift from where
 * each label would like to sit; long labels in narrow boxes (Spanish on a phone) need the search.
 */
export function placeAboveBar(labels: BarLabel[], x0: number, x1: number): PlacedBarLabel[] {
	const spots = labels.map((l) => {
		const lo = Math.max(x0, l.leaderX - l.w + LEADER_CLEAR);
		const hi = Math.min(x1 - l.w, l.leaderX - LEADER_CLEAR);
		const steps = 8;
		const lefts =
			hi >= lo
				? Array.from({ length: steps + 1 }, (_, i) => lo + ((hi - lo) * i) / steps)
				: [Math.max(x0, Math.min(l.preferred, x1 - l.w))];
		if (hi >= lo && l.preferred >= lo && l.preferred <= hi) lefts.push(l.preferred);
		return lefts;
	});
	const clash = (a: PlacedBarLabel, b: PlacedBarLabel) => {
		if (a.line === b.line)
			return a.left < b.left + b.w + LABEL_GAP && b.left < a.left + a.w + LABEL_GAP;
		const [low, high] = a.line < b.line ? [a, b] : [b, a];
		// The higher label's leader runs up past the lower label.
		return (
			low.left - LEADER_CLEAR <= high.leaderX && high.leaderX <= low.left + low.w + LEADER_CLEAR
		);
	};
	let best: { placed: PlacedBarLabel[]; lines: number; cost: number } | null = null;
	const chosen: PlacedBarLabel[] = [];
	const search = (i: number, cost: number) => {
		const lines = Math.max(0, ...chosen.map((c) => c.line + 1));
		if (best && (lines > best.lines || (lines === best.lines && cost >= best.cost))) return;
		if (i === labels.length) {
			best = { placed: [...chosen], lines, cost };
			return;
		}
		for (let line = 0; line < labels.length; line++)
			for (const left of spots[i]!) {
				const p = { ...labels[i]!, left, line };
				if (chosen.some((c) => clash(c, p))) continue;
				chosen.push(p);
				search(i + 1, cost + Math.abs(left - labels[i]!.preferred));
				chosen.pop();
			}
	};
	search(0, 0);
	// Nothing fits (a box narrower than any label): one label per line, as they would like to sit.
	return (
		(best as { placed: PlacedBarLabel[] } | null)?.placed ??
		labels.map((l, i) => ({ ...l, left: Math.max(x0, Math.min(l.preferred, x1 - l.w)), line: i }))
	);
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

/** Filled at the dashboard's top value (the headline's claim), outlined below it. */
function claimSkin(data: CompletionData, sq: CompletionSquare): SquareSkin {
	if (sq.dashboardPct === null) return 'unknown';
	return sq.dashboardPct === data.dashboardTop?.pct ? 'claim' : 'claim-partial';
}

/** A rating in the page's language; a value the scale does not list stays as the data has it. */
function ratingWord(rating: string, t: CompletionStrings): string {
	return (t.ratings as Record<string, string>)[rating] ?? rating;
}

function squareMark(
	data: CompletionData,
	sq: CompletionSquare,
	state: Exclude<CompletionState, 'self-report'>,
	{ strings: t, locale }: CompletionText
): Pick<SquareMark, 'skin' | 'opacity' | 'title'> {
	// The official Spanish title in both languages: it is the title, we do not translate it.
	const name = t.commitment(
		sq.number === null ? t.numberUnknown : formatNumber(sq.number, locale),
		sq.titleEs ?? t.titleUnknown
	);
	if (state === 'irm')
		return sq.rating
			? { skin: 'rated', opacity: 1, title: t.square.rated(name, ratingWord(sq.rating, t)) }
			: { skin: 'unknown', opacity: 1, title: t.square.unrated(name) };
	if (state === 'dispute' && sq.disputed)
		return { skin: 'disputed', opacity: 1, title: t.square.disputed(name) };
	const skin = claimSkin(data, sq);
	const title =
		sq.dashboardPct === null
			? t.square.noDashboard(name)
			: t.square.claim(name, formatNumber(sq.dashboardPct, locale));
	return { skin, opacity: state === 'dispute' ? FADED_OPACITY : 1, title };
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

function rowRatingText(g: CompletionGroup, { strings: t, locale }: CompletionText): string | null {
	const ratings = ratingsOf(g.counts.irm);
	return ratings.length
		? ratings
				.map((r) => t.rowRating(formatNumber(g.counts.irm[r]!, locale), ratingWord(r, t)))
				.join(', ')
		: null;
}

function legendItems(
	data: CompletionData,
	state: Exclude<CompletionState, 'self-report'>,
	{ strings: s, locale }: CompletionText
): LegendItem[] {
	const t = data.totals;
	const fmt = (n: number) => formatNumber(n, locale);
	const items: LegendItem[] = [];
	if (state === 'irm') {
		for (const r of ratingsOf(t.irm))
			items.push({
				id: `irm-${r}`,
				text: s.ratedBy(fmt(t.irm[r]!), ratingWord(r, s)),
				color: 'independent',
				swatch: { skin: 'rated', opacity: 1 }
			});
		if (t.irmUnrated > 0)
			items.push({
				id: 'irm-unrated',
				text: s.notRated(fmt(t.irmUnrated)),
				color: 'unknown',
				swatch: { skin: 'unknown', opacity: 1 }
			});
		return items;
	}
	const squares = data.groups.flatMap((g) => g.squares);
	const partial = squares.filter((q) => claimSkin(data, q) === 'claim-partial').length;
	if (state === 'claim') {
		if (partial > 0 && data.dashboardTop)
			items.push({
				id: 'claim-partial',
				text: s.below(fmt(partial), fmt(data.dashboardTop.pct)),
				color: 'government',
				swatch: { skin: 'claim-partial', opacity: 1 }
			});
	} else {
		const others = t.total - t.disputed;
		items.push({
			id: 'dispute-others',
			text: s.noDispute(fmt(others)),
			color: 'muted',
			swatch: { skin: 'claim', opacity: FADED_OPACITY }
		});
	}
	if (t.claimUnknown > 0)
		items.push({
			id: `${state}-claim-unknown`,
			text: s.noDashboard(fmt(t.claimUnknown)),
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
	x1: number,
	words: CompletionText
): Header {
	const labels: LabelMark[] = [];
	const rects: RectMark[] = [];
	const small = LABEL_SIZE.small;
	const lh = lineHeight(small);
	const fmt = (n: number) => formatNumber(n, words.locale);
	let y = PAD;
	if (state === 'claim' && data.dashboardTop) {
		const text = words.strings.headline(fmt(data.dashboardTop.count), fmt(data.totals.total));
		const headW = textWidth(text, HEADLINE_SIZE);
		const headH = lineHeight(HEADLINE_SIZE);
		labels.push(
			label('claim-headline', text, x0, baseline(y, 0, HEADLINE_SIZE), {
				size: HEADLINE_SIZE,
				weight: 600,
				color: 'government'
			})
		);
		const desc = words.strings.claim(fmt(data.dashboardTop.pct));
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
	for (const item of legendItems(data, state, words)) {
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
function disputeLines(
	data: CompletionData,
	sq: CompletionSquare,
	{ strings: t, locale }: CompletionText
): string[] {
	const head = t.disputeHead(
		sq.number === null ? t.numberUnknown : formatNumber(sq.number, locale)
	);
	if (sq.id !== data.dispute.rowId) return [head, t.disputedBy];
	const { disputed, objectives } = data.dispute;
	return [head, t.disputedOf(disputed.text, objectives.text)];
}

/** "Justice and security · 3": the count never wraps away from the name's last word. */
const rowLabelText = (g: CompletionGroup, locale: Locale) =>
	`${g.name}${NBSP}·${NBSP}${formatNumber(g.squares.length, locale)}`;
const NBSP = '\u00a0';

/** Rows of squares at one square size, in side-by-side or stacked mode; null if it cannot fit. */
function gridGeometry(
	data: CompletionData,
	size: number,
	mode: 'side' | 'stacked',
	x0: number,
	x1: number,
	top: number,
	words: CompletionText,
	tight = false
): GridGeometry | null {
	const small = LABEL_SIZE.small;
	const lh = lineHeight(small);
	const gap = Math.max(3, Math.round(size / 4));
	const rowGap = tight ? TIGHT_GAP : Math.max(8, Math.round(size * 0.45));
	const labelCol = Math.max(
		...data.groups.map((g) => textWidth(rowLabelText(g, words.locale), small))
	);
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
			const text = rowLabelText(group, words.locale);
			labels.push(label(`row-${group.id}-0`, text, x0, sqTop + size / 2 + 0.35 * small, { color }));
		} else {
			const lines = wrapText(rowLabelText(group, words.locale), small, x1 - x0);
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
		const rating = rowRatingText(group, words);
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
			const w = Math.max(...disputeLines(data, p.sq, words).map((t) => textWidth(t, small)));
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
				const spotTop = bottom + (tight ? TIGHT_GAP : 8);
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
	height: number,
	text: CompletionText
) {
	const x0 = PAD;
	const x1 = width - PAD;
	const small = LABEL_SIZE.small;
	// The squares stay put between the three lenses: the header reserves the tallest lens's room.
	const headers = (['claim', 'irm', 'dispute'] as const).map((s) => header(data, s, x0, x1, text));
	const head = headers[['claim', 'irm', 'dispute'].indexOf(state)]!;
	const top = PAD + Math.max(...headers.map((h) => h.height)) + 10;

	// The largest squares that fit, names above the rows (phones) or beside them (short, wide boxes).
	// Only when none fits do squares shrink further and rows close up.
	const tries = [
		...Array.from({ length: SQUARE_MAX - SQUARE_MIN + 1 }, (_, i) => ({
			size: SQUARE_MAX - i,
			tight: false
		})),
		...Array.from({ length: SQUARE_MIN - SQUARE_TIGHT + 1 }, (_, i) => ({
			size: SQUARE_MIN - i,
			tight: true
		}))
	];
	let geometry: GridGeometry | null = null;
	for (const { size, tight } of tries) {
		geometry =
			(['stacked', 'side'] as const)
				.map((mode) => gridGeometry(data, size, mode, x0, x1, top, text, tight))
				.find((g) => g !== null && g.bottom <= height - PAD) ?? null;
		if (geometry) break;
	}
	geometry ??= gridGeometry(data, SQUARE_TIGHT, 'stacked', x0, x1, top, text, true);
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
				...squareMark(data, p.sq, state, text)
			});
		const rating = rowRatingText(row.group, text);
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
				for (const [i, line] of disputeLines(data, sq, text).entries())
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
