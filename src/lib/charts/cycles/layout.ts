/**
 * Everything the plan-cycles chart draws, in pixels, as a pure function of (data, state, width,
 * height). Marks and labels that follow the time axis also carry the time they sit at, so the
 * component can zoom the axis (tween its domain) and land exactly on this layout.
 */
import { CHAR_WIDTH, overlaps, textWidth, type Box } from '../text';
import { LABEL_SIZE } from '$lib/theme';
import type { Locale } from '$lib/format/dates';
import { formatNumber } from '$lib/format/figures';
import type { CycleDateField, CyclesStrings } from '$lib/i18n/charts';
import type { CycleDate, CyclesData, CyclesPlan } from './data';
import { toCyclesState, type CyclesState } from './states';

/** Shared with the other charts (../text.ts); re-exported for this chart's tests. */
export { CHAR_WIDTH, overlaps, textWidth, type Box };

/** The chart's words and the page's language, for numbers. */
export interface CyclesText {
	strings: CyclesStrings;
	locale: Locale;
}

/** Marks a date that is our editorial judgement; the row's note says so in words. */
const EDITORIAL_MARK = '†';

/** Height of one line of text in px. */
export function lineHeight(fontSize: number): number {
	return Math.round(fontSize * 1.2);
}

/** Distance from the top of a line box to its baseline. */
function baselineOffset(fontSize: number): number {
	return Math.round(fontSize * 0.95);
}

/** Break text at spaces into lines no wider than maxWidth (a single long word stays whole). */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= maxWidth)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/**
 * The time window each state shows (UTC ms, end exclusive): every plan from 2011 to 2018, then
 * the 2013–2015 plan's implementation years, October 2013 to December 2015.
 */
export const CYCLES_DOMAINS: Record<CyclesState, readonly [number, number]> = {
	cycles: [Date.UTC(2011, 0, 1), Date.UTC(2019, 0, 1)],
	dashboard: [Date.UTC(2013, 9, 1), Date.UTC(2016, 0, 1)]
};

/** Sizes in px. */
export const CYCLES_SIZES = {
	/** Box edge to plot and labels. */
	margin: 8,
	/** Height of a plan's bars. */
	track: 14,
	/** Diameter of a known date's dot (the narrowest a date's span is drawn). */
	dot: 10,
	/** Size of a dashboard marker. */
	marker: 11,
	/** Between a mark and its label. */
	gap: 4,
	/** Minimum clear space between two labels. */
	pad: 2,
	rowGapMin: 6,
	rowGapMax: 72,
	laneGapMin: 14,
	laneGapMax: 64
} as const;

const FONT = LABEL_SIZE.small;
const NAME_FONT = LABEL_SIZE.normal;

export interface Plot {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export type MarkKind =
	'drafting' | 'implementation' | 'unknown-gap' | 'date' | 'dashboard-cut' | 'results';

/** A mark on the time axis. y is relative to its group. */
export interface TimeMark {
	id: string;
	kind: MarkKind;
	/** The time span it stands for (UTC ms): a date's whole day, month or year. */
	t0: number;
	t1: number;
	/** Never drawn narrower than this (px), centred on its span. */
	minWidth: number;
	/** Visible extent at this state's axis (clipped to the plot). */
	x: number;
	width: number;
	y: number;
	height: number;
	/** Drawn as unknown (dashed outline). */
	unknown: boolean;
}

export type LabelTone = 'ink' | 'muted' | 'unknown';
export type LabelKind = 'name' | 'window' | 'date' | 'unknown' | 'note' | 'event' | 'axis';

/** A text label. y (top of its box) is relative to its group. */
export interface ChartLabel {
	id: string;
	kind: LabelKind;
	lines: string[];
	fontSize: number;
	bold: boolean;
	tone: LabelTone;
	anchor: 'start' | 'middle' | 'end';
	/** Anchor point at this state's axis. */
	x: number;
	/** Time the label follows while the axis zooms; null for labels fixed in place. */
	t: number | null;
	y: number;
	/** Baseline of the first line, relative to y. */
	baseline: number;
	lineHeight: number;
	box: Box;
}

/** A thin line from a marker down to its label. y1, y2 relative to the group. */
export interface Leader {
	id: string;
	t: number;
	x: number;
	y1: number;
	y2: number;
}

export interface CyclesGroup {
	/** A plan's stage id, or 'dashboard' for the progress cuts' lane. */
	id: string;
	/** Top of the group (px from the top of the box). */
	y: number;
	marks: TimeMark[];
	labels: ChartLabel[];
	leaders: Leader[];
	/** Horizontal guide the group's markers sit on (relative y), if any. */
	guideY: number | null;
}

export interface Gridline {
	id: string;
	t: number;
	x: number;
}

export interface CyclesLayout {
	width: number;
	height: number;
	state: CyclesState;
	domain: readonly [number, number];
	plot: Plot;
	/** Clip regions, in any group's coordinates: marks stay in the plot, labels in the box. */
	clip: { plot: Box; box: Box };
	axis: { lineY: number; labels: ChartLabel[]; gridlines: Gridline[] };
	groups: CyclesGroup[];
}

/** x of time t on the axis (domain) across the plot. */
export function timeToX(t: number, domain: readonly [number, number], plot: Plot): number {
	return plot.left + ((t - domain[0]) / (domain[1] - domain[0])) * (plot.right - plot.left);
}

function xToTime(x: number, domain: readonly [number, number], plot: Plot): number {
	return domain[0] + ((x - plot.left) / (plot.right - plot.left)) * (domain[1] - domain[0]);
}

/** Where a mark is drawn on an axis: its span, widened to minWidth around its centre. */
export function markExtent(
	m: Pick<TimeMark, 't0' | 't1' | 'minWidth'>,
	domain: readonly [number, number],
	plot: Plot
): { x: number; width: number } {
	const x0 = timeToX(m.t0, domain, plot);
	const x1 = timeToX(m.t1, domain, plot);
	if (x1 - x0 >= m.minWidth) return { x: x0, width: x1 - x0 };
	return { x: (x0 + x1) / 2 - m.minWidth / 2, width: m.minWidth };
}

/** Outline of a dashboard marker centred on (0, 0): a diamond for a cut, a square for results. */
export function markerPath(kind: MarkKind, size: number): string {
	const r = size / 2;
	return kind === 'dashboard-cut'
		? `M0,${-r * 1.2}L${r * 1.2},0L0,${r * 1.2}L${-r * 1.2},0Z`
		: `M${-r},${-r}H${r}V${r}H${-r}Z`;
}

/** x of a label's anchor on an axis: it follows its time, or stays where it is. */
export function labelX(
	l: Pick<ChartLabel, 'x' | 't'>,
	domain: readonly [number, number],
	plot: Plot
): number {
	return l.t === null ? l.x : timeToX(l.t, domain, plot);
}

interface LabelText {
	lines: string[];
	fontSize: number;
	width: number;
	height: number;
}

function measure(lines: string[], fontSize: number): LabelText {
	return {
		lines,
		fontSize,
		width: Math.max(...lines.map((l) => textWidth(l, fontSize))),
		height: lines.length * lineHeight(fontSize)
	};
}

function boxAt(text: LabelText, anchor: ChartLabel['anchor'], x: number, y: number): Box {
	const left = anchor === 'start' ? x : anchor === 'middle' ? x - text.width / 2 : x - text.width;
	return { x: left, y, width: text.width, height: text.height };
}

interface LabelStyle {
	id: string;
	kind: LabelKind;
	tone: LabelTone;
	bold?: boolean;
}

function makeLabel(
	style: LabelStyle,
	text: LabelText,
	anchor: ChartLabel['anchor'],
	x: number,
	y: number,
	t: number | null
): ChartLabel {
	return {
		id: style.id,
		kind: style.kind,
		lines: text.lines,
		fontSize: text.fontSize,
		bold: style.bold ?? false,
		tone: style.tone,
		anchor,
		x,
		t,
		y,
		baseline: baselineOffset(text.fontSize),
		lineHeight: lineHeight(text.fontSize),
		box: boxAt(text, anchor, x, y)
	};
}

// ---------------------------------------------------------------------------------------------
// Axis

function yearsIn(domain: readonly [number, number]): number[] {
	const first = new Date(domain[0]).getUTCFullYear();
	const last = new Date(domain[1] - 1).getUTCFullYear();
	return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Year labels centred on the part of each year the axis shows; every other year if cramped. */
function layoutAxis(domain: readonly [number, number], plot: Plot, top: number) {
	const lh = lineHeight(FONT);
	const lineY = top + lh + 2;
	const bands = yearsIn(domain).map((year) => {
		const start = Math.max(Date.UTC(year, 0, 1), domain[0]);
		const end = Math.min(Date.UTC(year + 1, 0, 1), domain[1]);
		const x0 = timeToX(start, domain, plot);
		const x1 = timeToX(end, domain, plot);
		const full = start === Date.UTC(year, 0, 1) && end === Date.UTC(year + 1, 0, 1);
		return { year, x0, x1, full, text: measure([String(year)], FONT) };
	});
	const cramped = bands.some((b) => b.full && b.x1 - b.x0 < b.text.width + 3 * CYCLES_SIZES.gap);
	// When cramped, every other year is labelled and may use the unlabelled year beside it. A year
	// the window cuts short is labelled from the plot's edge if it clears its neighbour's label.
	const chosen = bands.filter((b) => !cramped || (b.year - (bands[0]?.year ?? 0)) % 2 === 0);
	const placed: ChartLabel[] = [];
	for (const b of [...chosen.filter((c) => c.full), ...chosen.filter((c) => !c.full)]) {
		const room = (cramped && b.full ? 2 : 1) * (b.x1 - b.x0);
		const [anchor, x]: [ChartLabel['anchor'], number] =
			room >= b.text.width + 2
				? ['middle', (b.x0 + b.x1) / 2]
				: b === bands[0]
					? ['start', b.x0]
					: ['end', b.x1];
		const label = makeLabel(
			{ id: `year-${b.year}`, kind: 'axis', tone: 'muted' },
			b.text,
			anchor,
			x,
			top,
			xToTime(x, domain, plot)
		);
		const fits =
			label.box.x >= plot.left - CYCLES_SIZES.margin / 2 &&
			label.box.x + label.box.width <= plot.right + CYCLES_SIZES.margin / 2 &&
			placed.every((o) => !overlaps(o.box, label.box, 2 * CYCLES_SIZES.gap));
		if (fits) placed.push(label);
	}
	const labels = placed.sort((p, q) => p.box.x - q.box.x);
	const gridlines = [...yearsIn(domain), (yearsIn(domain).at(-1) ?? 0) + 1]
		.map((year) => ({ id: `grid-${year}`, t: Date.UTC(year, 0, 1) }))
		.filter((g) => g.t >= domain[0] && g.t <= domain[1])
		.map((g) => ({ ...g, x: timeToX(g.t, domain, plot) }));
	return { lineY, labels, gridlines };
}

// ---------------------------------------------------------------------------------------------
// Label placement

/**
 * Where a label may go: beside its mark, or on a line below the track, anchored at the mark's
 * start, middle or end. 'below-pack' is below-start, or else after another label on that line:
 * for notes that need not point at one spot, so narrow boxes (and longer languages) fit more
 * words per line.
 */
type Candidate = 'right' | 'left' | 'below-start' | 'below-middle' | 'below-end' | 'below-pack';

/** Space between two labels packed on one line. */
const PACK_GAP = 12;

interface MarkSpec {
	id: string;
	kind: MarkKind;
	t0: number;
	t1: number;
	minWidth: number;
	unknown: boolean;
}

interface LabelSpec extends LabelStyle {
	/** Wordings in order of preference; the last one is wrapped if nothing else fits. */
	texts: string[];
	/** The mark it labels (its id), or a fixed x range for labels not tied to a mark. */
	markId: string | null;
	fixed?: { x0: number; x1: number };
	candidates: Candidate[];
}

interface Bounds {
	left: number;
	right: number;
}

/** Places labels one by one in the first candidate spot that is inside and clear of all else. */
class Placer {
	readonly taken: Box[] = [];
	readonly labels: ChartLabel[] = [];
	constructor(
		readonly bounds: Bounds,
		private readonly domain: readonly [number, number],
		private readonly plot: Plot
	) {}

	fits(box: Box): boolean {
		return (
			box.x >= this.bounds.left - 0.01 &&
			box.x + box.width <= this.bounds.right + 0.01 &&
			box.y >= 0 &&
			this.taken.every((b) => !overlaps(box, b, CYCLES_SIZES.pad, 0))
		);
	}

	take(box: Box) {
		this.taken.push(box);
	}

	place(label: ChartLabel, timed: boolean) {
		const anchorX = label.x;
		this.labels.push({ ...label, t: timed ? xToTime(anchorX, this.domain, this.plot) : null });
		this.take(label.box);
	}

	/** Clamp an anchored box into the bounds horizontally; returns the new anchor x. */
	clampX(text: LabelText, anchor: ChartLabel['anchor'], x: number): number {
		const box = boxAt(text, anchor, x, 0);
		const shift =
			box.x < this.bounds.left
				? this.bounds.left - box.x
				: box.x + box.width > this.bounds.right
					? this.bounds.right - (box.x + box.width)
					: 0;
		return x + shift;
	}
}

interface TrackGeometry {
	/** Top of the track (bars) and its height. */
	top: number;
	height: number;
	/** Where the first line of labels below the track starts. */
	below: number;
}

function placeTrackLabel(
	placer: Placer,
	spec: LabelSpec,
	span: { x0: number; x1: number },
	track: TrackGeometry,
	maxLines: number
): void {
	const lh = lineHeight(FONT);
	const gap = CYCLES_SIZES.gap;
	const texts = spec.texts.map((t) => measure([t], FONT));
	const attempt = (candidate: Candidate, text: LabelText): ChartLabel | null => {
		if (candidate === 'right' || candidate === 'left') {
			if (text.lines.length > 1) return null;
			const y = track.top + track.height / 2 - text.height / 2;
			const anchor = candidate === 'right' ? 'start' : 'end';
			const x = candidate === 'right' ? span.x1 + gap : span.x0 - gap;
			const label = makeLabel(spec, text, anchor, x, y, null);
			return placer.fits(label.box) ? label : null;
		}
		if (candidate === 'below-pack') {
			for (let line = 0; line < maxLines; line++) {
				const y = track.below + line * lh;
				const onLine = placer.taken.filter((b) => b.y < y + text.height && y < b.y + b.height);
				const xs = [
					placer.clampX(text, 'start', span.x0),
					...onLine.map((b) => b.x + b.width + PACK_GAP).sort((a, b) => a - b)
				];
				for (const x of xs) {
					const label = makeLabel(spec, text, 'start', x, y, null);
					if (placer.fits(label.box)) return label;
				}
			}
			return null;
		}
		const anchor =
			candidate === 'below-start' ? 'start' : candidate === 'below-middle' ? 'middle' : 'end';
		const at =
			candidate === 'below-start'
				? span.x0
				: candidate === 'below-middle'
					? (span.x0 + span.x1) / 2
					: span.x1;
		const x = placer.clampX(text, anchor, at);
		for (let line = 0; line < maxLines; line++) {
			const label = makeLabel(spec, text, anchor, x, track.below + line * lh, null);
			if (placer.fits(label.box)) return label;
		}
		return null;
	};
	// The preferred spot with the longest wording that fits there.
	for (const c of spec.candidates)
		for (const text of texts) {
			const found = attempt(c, text);
			if (found) return placer.place(found, spec.markId !== null);
		}
	const width = placer.bounds.right - placer.bounds.left;
	const wrapped = measure(wrapText(spec.texts.at(-1) ?? '', FONT, width), FONT);
	const found =
		attempt('below-start', wrapped) ??
		makeLabel(
			spec,
			wrapped,
			'start',
			placer.clampX(wrapped, 'start', span.x0),
			track.below + maxLines * lh,
			null
		);
	placer.place(found, spec.markId !== null);
}

// ---------------------------------------------------------------------------------------------
// Plan rows

type DateField = CycleDateField;
const DATE_FIELDS: readonly DateField[] = ['draftingStart', 'presented', 'implementationEnd'];

/** "drafting start and end not in our sources", then a shorter wording for narrow boxes. */
function unknownWords(missing: readonly DateField[], t: CyclesStrings): string[] {
	const long = t.notInSources(missing.map((f) => t.missing[f].long));
	const short = t.notInSourcesShort(missing.map((f) => t.missing[f].short));
	return short === long ? [long] : [long, short];
}

/** A label's wording with the editorial mark when the date is our judgement. */
function marked(text: string, editorial: boolean): string {
	return editorial ? `${text} ${EDITORIAL_MARK}` : text;
}

/** True when the date is an end of a window drawn as a bar. */
function inWindow(plan: CyclesPlan, field: DateField): boolean {
	if (field === 'draftingStart') return plan.drafting !== null;
	if (field === 'implementationEnd') return plan.implementation !== null;
	return plan.drafting !== null || plan.implementation !== null;
}

interface RowSpec {
	id: string;
	name: string;
	marks: MarkSpec[];
	labels: LabelSpec[];
}

/** Marks and labels of one plan's row, limited to what falls inside the axis window. */
function planRowSpec(
	plan: CyclesPlan,
	domain: readonly [number, number],
	plot: Plot,
	t: CyclesStrings
): RowSpec {
	const S = CYCLES_SIZES;
	const inDomain = (t0: number, t1: number) => t1 > domain[0] && t0 < domain[1];
	const marks: MarkSpec[] = [];
	const labels: LabelSpec[] = [];
	const edgeNotes: LabelSpec[] = [];
	const editorial = (field: DateField) => plan.editorial.includes(field);
	/** The mark (or edge note) each date is drawn as, so its editorial note can sit by it. */
	const drawnAs = new Map<DateField, string>();

	if (plan.drafting && inDomain(plan.drafting.start, plan.drafting.end)) {
		marks.push({
			id: `${plan.id}:drafting`,
			kind: 'drafting',
			t0: plan.drafting.start,
			t1: plan.drafting.end,
			minWidth: 2,
			unknown: false
		});
		labels.push({
			id: `${plan.id}:drafting-label`,
			kind: 'window',
			tone: 'ink',
			texts: [marked(t.drafting, editorial('draftingStart') || editorial('presented'))],
			markId: `${plan.id}:drafting`,
			candidates: ['left', 'below-start']
		});
	}
	if (plan.implementation && inDomain(plan.implementation.start, plan.implementation.end)) {
		marks.push({
			id: `${plan.id}:implementation`,
			kind: 'implementation',
			t0: plan.implementation.start,
			t1: plan.implementation.end,
			minWidth: 2,
			unknown: false
		});
		labels.push({
			id: `${plan.id}:implementation-label`,
			kind: 'window',
			tone: 'ink',
			texts: [marked(t.carryingOut, editorial('implementationEnd') || editorial('presented'))],
			markId: `${plan.id}:implementation`,
			candidates: ['right', 'below-start']
		});
	}

	const known = DATE_FIELDS.filter((f) => plan[f] !== null);
	for (const field of known) {
		const d = plan[field] as CycleDate;
		if (inWindow(plan, field)) {
			// The date is an end of a window bar: its note goes by that bar.
			const bar =
				field === 'implementationEnd' || (field === 'presented' && plan.drafting === null)
					? `${plan.id}:implementation`
					: `${plan.id}:drafting`;
			if (marks.some((m) => m.id === bar)) drawnAs.set(field, bar);
			continue;
		}
		if (!inDomain(d.start, d.end)) {
			// A known date outside the window: say where it is, at the edge it lies beyond.
			const before = d.end <= domain[0];
			const words = marked(t.edge[field](d.label), editorial(field));
			edgeNotes.push({
				id: `${plan.id}:${field}-edge`,
				kind: 'date',
				tone: 'muted',
				texts: [before ? `← ${words}` : `${words} →`],
				markId: null,
				fixed: before ? { x0: plot.left, x1: plot.left } : { x0: plot.right, x1: plot.right },
				candidates: [before ? 'below-start' : 'below-end']
			});
			continue;
		}
		marks.push({
			id: `${plan.id}:${field}`,
			kind: 'date',
			t0: d.start,
			t1: d.end,
			minWidth: S.dot,
			unknown: false
		});
		drawnAs.set(field, `${plan.id}:${field}`);
		const first = field === known[0];
		labels.push({
			id: `${plan.id}:${field}-label`,
			kind: 'date',
			tone: 'ink',
			texts: t.known[field].map((w) => marked(w, editorial(field))),
			markId: `${plan.id}:${field}`,
			candidates:
				first && field !== 'implementationEnd'
					? ['left', 'right', 'below-start']
					: ['right', 'left', 'below-end']
		});
	}

	// What the sources do not date: a dashed gap between two known dates, or a note by the dates.
	const missing = DATE_FIELDS.filter((f) => plan[f] === null);
	const start = plan.draftingStart;
	const end = plan.implementationEnd;
	if (plan.presented === null && start && end) {
		const t0 = start.end;
		const t1 = end.start;
		if (inDomain(t0, t1)) {
			marks.push({ id: `${plan.id}:gap`, kind: 'unknown-gap', t0, t1, minWidth: 0, unknown: true });
			labels.push({
				id: `${plan.id}:unknown-label`,
				kind: 'unknown',
				tone: 'unknown',
				texts: unknownWords(missing, t),
				markId: `${plan.id}:gap`,
				candidates: ['below-middle']
			});
		}
	} else if (missing.length > 0) {
		const anchor = marks.filter((m) => m.kind === 'date').at(-1) ?? marks.at(-1);
		if (anchor)
			labels.push({
				id: `${plan.id}:unknown-label`,
				kind: 'unknown',
				tone: 'unknown',
				texts: unknownWords(missing, t),
				markId: anchor.id,
				candidates: ['right', 'below-pack']
			});
	}
	// Each date that is our judgement, where it is drawn, gets a note saying so (and why).
	const notes: LabelSpec[] = [];
	for (const field of plan.editorial) {
		const markId = drawnAs.get(field);
		const edge = edgeNotes.find((n) => n.id === `${plan.id}:${field}-edge`);
		if (!markId && !edge) continue;
		notes.push({
			id: `${plan.id}:${field}-editorial`,
			kind: 'note',
			tone: 'muted',
			texts: [t.editorialWhy[`${plan.id}:${field}`] ?? t.editorial[field], t.editorialShort],
			markId: markId ?? null,
			fixed: edge?.fixed,
			candidates: ['below-pack']
		});
	}
	return { id: plan.id, name: plan.name, marks, labels: [...labels, ...edgeNotes, ...notes] };
}

interface LocalGroup {
	marks: TimeMark[];
	labels: ChartLabel[];
	leaders: Leader[];
	guideY: number | null;
	height: number;
}

function clipExtent(
	m: MarkSpec,
	domain: readonly [number, number],
	plot: Plot
): { x: number; width: number } {
	const e = markExtent(m, domain, plot);
	const x0 = Math.max(e.x, plot.left);
	const x1 = Math.min(e.x + e.width, plot.right);
	return { x: x0, width: Math.max(0, x1 - x0) };
}

/** One plan's row, in coordinates relative to the row's top. */
function layoutRow(
	spec: RowSpec,
	domain: readonly [number, number],
	plot: Plot,
	bounds: Bounds
): LocalGroup {
	const S = CYCLES_SIZES;
	const placer = new Placer(bounds, domain, plot);
	const room = bounds.right - bounds.left;
	// The plan's name on one line, a size smaller if need be; wrapped only as a last resort.
	const nameText =
		[NAME_FONT, FONT].map((fs) => measure([spec.name], fs)).find((t) => t.width <= room) ??
		measure(wrapText(spec.name, FONT, room), FONT);
	placer.place(
		makeLabel(
			{ id: `${spec.id}:name`, kind: 'name', tone: 'ink', bold: true },
			nameText,
			'start',
			bounds.left,
			0,
			null
		),
		false
	);

	const track: TrackGeometry = { top: nameText.height + 3, height: S.track, below: 0 };
	track.below = track.top + track.height + 3;
	const marks: TimeMark[] = spec.marks.map((m) => {
		const { x, width } = clipExtent(m, domain, plot);
		const height = m.kind === 'date' ? S.dot : S.track;
		return { ...m, x, width, y: track.top + (S.track - height) / 2, height };
	});
	for (const m of marks) placer.take({ x: m.x, y: m.y, width: m.width, height: m.height });

	for (const l of spec.labels) {
		const mark = marks.find((m) => m.id === l.markId);
		const span = mark
			? { x0: mark.x, x1: mark.x + mark.width }
			: (l.fixed ?? { x0: bounds.left, x1: bounds.left });
		placeTrackLabel(placer, l, span, track, 8);
	}
	const height = Math.max(...placer.taken.map((b) => b.y + b.height));
	return { marks, labels: placer.labels, leaders: [], guideY: null, height };
}

// ---------------------------------------------------------------------------------------------
// Dashboard lane

/** The focus plan's progress cuts and results as markers, labels stacked below with leaders. */
function layoutLane(
	data: CyclesData,
	domain: readonly [number, number],
	plot: Plot,
	bounds: Bounds,
	{ strings: t, locale }: CyclesText
): LocalGroup {
	const S = CYCLES_SIZES;
	const blockGap = 4;
	const marks: TimeMark[] = [];
	const labels: ChartLabel[] = [];
	const leaders: Leader[] = [];
	const taken: Box[] = [];
	const events = data.events.filter((e) => e.date.end > domain[0] && e.date.start < domain[1]);
	let cut = 0;
	for (const e of events) {
		const kind = e.kind;
		const title =
			kind === 'dashboard-cut' ? t.dashboardCut(formatNumber(++cut, locale)) : t.results;
		const spec: MarkSpec = {
			id: e.id,
			kind,
			t0: e.date.start,
			t1: e.date.end,
			minWidth: S.marker,
			unknown: false
		};
		const ext = clipExtent(spec, domain, plot);
		const mark: TimeMark = { ...spec, ...ext, y: 0, height: S.marker };
		marks.push(mark);
		const cx = mark.x + mark.width / 2;
		const text = measure([title, e.date.label], FONT);
		// Text to the left of its leader, so leaders of later (righter) markers pass clear of it;
		// to the right where the left would leave the box; else pushed just inside the box's left
		// (or right) edge, the leader still meeting it.
		const style = { id: `${e.id}:label`, kind: 'event', tone: 'ink' } as const;
		const spots: [ChartLabel['anchor'], number][] = [
			['end', cx],
			['start', cx],
			['start', Math.max(bounds.left, cx - text.width)],
			['end', Math.min(bounds.right, cx + text.width)]
		];
		const row = (line: number) => S.marker + 6 + line * (text.height + blockGap);
		const free = (label: ChartLabel) => {
			const b = label.box;
			return (
				b.x >= bounds.left &&
				b.x + b.width <= bounds.right &&
				taken.every((t) => !overlaps(b, t, blockGap)) &&
				// Its leader must not cross a label above it, nor may it cover another's leader.
				labels.every(
					(o) => !(o.box.x - 1 < cx && cx < o.box.x + o.box.width + 1 && o.box.y < b.y)
				) &&
				leaders.every((o) => !(b.x - 1 < o.x && o.x < b.x + b.width + 1 && o.y2 > b.y))
			);
		};
		// The first spot (in order of preference) with a clear line, however far down.
		let placed: ChartLabel | null = null;
		for (const [anchor, x] of spots)
			for (let line = 0; !placed && line <= events.length; line++) {
				const label = makeLabel(style, text, anchor, x, row(line), null);
				if (free(label)) placed = label;
			}
		// No clear spot (an earlier label covers this leader's way): below everything, inside the box.
		placed ??= makeLabel(style, text, ...spots[2]!, row(events.length), null);
		labels.push({ ...placed, t: xToTime(placed.x, domain, plot) });
		taken.push(placed.box);
		leaders.push({
			id: `${e.id}:leader`,
			t: xToTime(cx, domain, plot),
			x: cx,
			y1: S.marker + 1,
			y2: placed.y - 1
		});
	}
	const height = Math.max(S.marker, ...taken.map((b) => b.y + b.height));
	return { marks, labels, leaders, guideY: S.marker / 2, height };
}

// ---------------------------------------------------------------------------------------------

function stack(
	parts: { id: string; group: LocalGroup }[],
	top: number,
	available: number,
	gapMin: number,
	gapMax: number
): CyclesGroup[] {
	const content = parts.reduce((s, p) => s + p.group.height, 0);
	const gaps = Math.max(1, parts.length - 1);
	const gap = Math.max(gapMin, Math.min(gapMax, (available - content) / gaps));
	let y = top;
	return parts.map(({ id, group }) => {
		const g = {
			id,
			y,
			marks: group.marks,
			labels: group.labels,
			leaders: group.leaders,
			guideY: group.guideY
		};
		y += group.height + gap;
		return g;
	});
}

/** Smallest box laid out: a box not yet measured (0 × 0) still gets a valid drawing. */
const MIN_BOX = { width: 120, height: 120 } as const;

/** The accessible name of the drawing in a state. */
export function toCyclesLabel(data: CyclesData, state: string, t: CyclesStrings): string {
	const s = toCyclesState(state);
	if (s === 'dashboard')
		return t.labels.dashboard(data.plans.find((p) => p.id === data.focus)?.name ?? data.focus);
	const [from, to] = CYCLES_DOMAINS.cycles;
	return t.labels.cycles(
		String(new Date(from).getUTCFullYear()),
		String(new Date(to - 1).getUTCFullYear())
	);
}

export function toCyclesLayout(
	data: CyclesData,
	state: string,
	boxWidth: number,
	boxHeight: number,
	text: CyclesText
): CyclesLayout {
	const width = Math.max(boxWidth, MIN_BOX.width);
	const height = Math.max(boxHeight, MIN_BOX.height);
	const s = toCyclesState(state);
	const S = CYCLES_SIZES;
	const domain = CYCLES_DOMAINS[s];
	const plot: Plot = {
		left: S.margin,
		right: width - S.margin,
		top: S.margin,
		bottom: height - S.margin
	};
	const bounds: Bounds = { left: S.margin / 2, right: width - S.margin / 2 };
	const axis = layoutAxis(domain, plot, S.margin / 2);
	const top = axis.lineY + 8;
	const available = plot.bottom - top;

	let groups: CyclesGroup[];
	if (s === 'cycles') {
		const rows = data.plans.map((p) => ({
			id: p.id,
			group: layoutRow(planRowSpec(p, domain, plot, text.strings), domain, plot, bounds)
		}));
		groups = stack(rows, top, available, S.rowGapMin, S.rowGapMax);
	} else {
		const focus = data.plans.find((p) => p.id === data.focus);
		const parts: { id: string; group: LocalGroup }[] = focus
			? [
					{
						id: focus.id,
						group: layoutRow(planRowSpec(focus, domain, plot, text.strings), domain, plot, bounds)
					}
				]
			: [];
		parts.push({ id: 'dashboard', group: layoutLane(data, domain, plot, bounds, text) });
		groups = stack(parts, top, available, S.laneGapMin, S.laneGapMax);
	}
	const clip = {
		plot: { x: plot.left, y: -height, width: plot.right - plot.left, height: 3 * height },
		box: { x: 0, y: -height, width, height: 3 * height }
	};
	return { width, height, state: s, domain, plot, clip, axis, groups };
}

/** Every mark and label with its box in box coordinates (for tests and checks). */
export function cyclesBoxes(layout: CyclesLayout): {
	marks: (TimeMark & { group: string; box: Box })[];
	labels: (ChartLabel & { group: string; abs: Box })[];
	leaders: (Leader & { group: string })[];
} {
	const marks = layout.groups.flatMap((g) =>
		g.marks.map((m) => ({
			...m,
			group: g.id,
			box: { x: m.x, y: g.y + m.y, width: m.width, height: m.height }
		}))
	);
	const labels = [
		...layout.axis.labels.map((l) => ({ ...l, group: 'axis', abs: l.box })),
		...layout.groups.flatMap((g) =>
			g.labels.map((l) => ({ ...l, group: g.id, abs: { ...l.box, y: l.box.y + g.y } }))
		)
	];
	const leaders = layout.groups.flatMap((g) =>
		g.leaders.map((l) => ({ ...l, group: g.id, y1: l.y1 + g.y, y2: l.y2 + g.y }))
	);
	return { marks, labels, leaders };
}
