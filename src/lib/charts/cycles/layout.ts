/**
 * The plan-windows chart as pixels, a pure function of (data, state, width, height): one row per
 * plan on a shared time axis, the drafting window grey, the carrying-out window in the highlight
 * colour, a window whose split no source gives as an outline; each row names the plan, its
 * commitment count and how long its windows were (as ranges), and says which dates are missing.
 * The case study's conclusion closes the drawing. Text is wrapped by the kit, never cut; what has
 * no room is dropped and listed in `dropped`.
 */
import { scaleLinear } from 'd3-scale';
import type { Locale } from '$lib/format/dates';
import { formatNumber } from '$lib/format/figures';
import {
	LABEL,
	lineHeight,
	textWidth,
	toLabel,
	wrapText,
	type DropReason,
	type Label
} from '../kit';
import type { CyclesData } from './data';
import { toCyclesState, type CyclesState } from './states';
import type { CyclesStrings } from './strings';
import { durationRange, missingDates, planWindows, type WindowKind } from './windows';

export const CYCLES_SIZES = {
	margin: 8,
	/** Height of a window's bar. */
	bar: 14,
	/** Key swatch width. */
	swatch: 18,
	rowGap: 8,
	gap: 4
} as const;

const FONT = LABEL.text;
const EDITORIAL_MARK = '†';

export interface CyclesBar {
	id: string;
	kind: WindowKind;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface CyclesLayout {
	width: number;
	height: number;
	state: CyclesState;
	ticks: { year: number; x: number }[];
	plot: { left: number; right: number; top: number; bottom: number };
	bars: CyclesBar[];
	key: { kind: WindowKind | 'editorial'; x: number; y: number }[];
	/** Every text, the kit's label type; `bold` marks plan names. */
	labels: (Label & { tone: 'ink' | 'muted' })[];
	dropped: { id: string; reason: DropReason }[];
}

/** Tighter spacing and a shorter line for the windowless plans, for short boxes. */
const COMPACT = { bar: 10, gap: 2, rowGap: 4 } as const;

type Text = { strings: CyclesStrings; locale: Locale };

/** The layout with normal spacing, or compact spacing when the rows would not fit otherwise. */
export function toCyclesLayout(
	data: CyclesData,
	stateId: string,
	width: number,
	height: number,
	text: Text
): CyclesLayout {
	const normal = layoutWith(data, stateId, width, height, text, false);
	if (normal.dropped.length === 0) return roomier(normal, data, stateId, width, height, text);
	const compact = layoutWith(data, stateId, width, height, text, true);
	return compact.dropped.length < normal.dropped.length ? compact : normal;
}

/** Largest bar and row gap a tall box spreads the rows to. */
const ROOMY_MAX = { bar: 20, rowGap: 56 } as const;

/** In a tall box, the rows spread into the room left above the conclusion (bars grow a little). */
function roomier(
	normal: CyclesLayout,
	data: CyclesData,
	stateId: string,
	width: number,
	height: number,
	text: Text
): CyclesLayout {
	const said = normal.labels.find((l) => l.id === 'conclusion');
	const rows = normal.labels.filter((l) => l.id.endsWith(':name') || l.id === 'no-window').length;
	if (!said || rows === 0) return normal;
	const spare = height - CYCLES_SIZES.margin - (said.box.y + said.box.height);
	const bar = Math.min(ROOMY_MAX.bar, CYCLES_SIZES.bar + Math.max(0, spare) / (4 * rows));
	const grow = (bar - CYCLES_SIZES.bar) * normal.bars.length;
	const rowGap = Math.min(ROOMY_MAX.rowGap, CYCLES_SIZES.rowGap + (spare - grow) / (rows + 1));
	if (spare < 24 || rowGap <= CYCLES_SIZES.rowGap) return normal;
	const roomy = layoutWith(data, stateId, width, height, text, { bar, rowGap });
	return roomy.dropped.length === 0 ? roomy : normal;
}

function layoutWith(
	data: CyclesData,
	stateId: string,
	width: number,
	height: number,
	{ strings: t, locale }: Text,
	spacing: boolean | { bar: number; rowGap: number }
): CyclesLayout {
	const compact = spacing === true;
	const S =
		spacing === true
			? { ...CYCLES_SIZES, ...COMPACT }
			: spacing === false
				? CYCLES_SIZES
				: { ...CYCLES_SIZES, ...spacing };
	const state = toCyclesState(stateId);
	const lh = lineHeight(FONT);
	const left = S.margin;
	const right = width - S.margin;
	const maxWidth = right - left;
	const labels: CyclesLayout['labels'] = [];
	const dropped: CyclesLayout['dropped'] = [];
	const add = (l: Label, tone: 'ink' | 'muted' = 'ink') => labels.push({ ...l, tone });

	// Key: swatch + word, flowing into rows.
	const key: CyclesLayout['key'] = [];
	let kx = left;
	let ky = S.margin;
	const keyItems: [WindowKind | 'editorial', string][] = [
		['drafting', t.drafting],
		['carryingOut', t.carryingOut],
		['editorial', t.editorialKey]
	];
	for (const [kind, word] of keyItems) {
		const swatch = kind === 'editorial' ? 0 : S.swatch + 5;
		const w = swatch + textWidth(word, FONT) + 14;
		if (kx + w - 14 > right && kx > left) {
			kx = left;
			ky += lh + 2;
		}
		if (kind !== 'editorial') key.push({ kind, x: kx, y: ky + (lh - S.bar) / 2 });
		add(
			toLabel(
				`key-${kind}`,
				wrapText(word, { maxWidth, fontSize: FONT }),
				'start',
				kx + swatch,
				ky
			),
			'muted'
		);
		kx += w;
	}
	const axisTop = ky + lh + 8;

	// Years along the top.
	const years: number[] = [];
	for (
		let y = new Date(data.domain[0]).getUTCFullYear();
		y < new Date(data.domain[1]).getUTCFullYear();
		y++
	)
		years.push(y);
	const x = scaleLinear().domain(data.domain).range([left, right]);
	const yearW = textWidth('0000', FONT);
	const band = (right - left) / years.length;
	const every = band >= yearW + 8 ? 1 : 2;
	years.forEach((yr, i) => {
		if (i % every) return;
		add(
			toLabel(
				`year-${yr}`,
				wrapText(String(yr), { maxWidth: yearW + 1, fontSize: FONT }),
				'middle',
				x(Date.UTC(yr, 6, 2)),
				axisTop
			),
			'muted'
		);
	});
	const top = axisTop + lh + 4;

	// The conclusion, at the bottom, if there is room.
	const conclusion = wrapText(t.conclusion, { maxWidth, fontSize: FONT });

	// Rows: plans with a window the sources bound; the others share one line under them.
	const bars: CyclesBar[] = [];
	let y = top;
	const windowless: string[] = [];
	for (const plan of data.plans) {
		const windows = planWindows(plan);
		if (windows.length === 0) {
			windowless.push(plan.name);
			continue;
		}
		const count =
			plan.commitments === null ? null : t.commitments(formatNumber(plan.commitments, locale));
		const name = wrapText([plan.name, count].filter(Boolean).join(' · '), {
			maxWidth,
			fontSize: FONT,
			bold: true
		});
		add(toLabel(`${plan.id}:name`, name, 'start', left, y));
		y += name.height + 2;
		for (const w of windows)
			bars.push({
				id: `${plan.id}:${w.kind}`,
				kind: w.kind,
				x: x(w.start),
				y,
				width: Math.max(2, x(w.end) - x(w.start)),
				height: S.bar
			});
		y += S.bar + S.gap;
		const parts = windows.map((w) => {
			const r = durationRange(w);
			const d = (r.unit === 'months' ? t.months : t.days)(
				formatNumber(r.from, locale),
				formatNumber(r.to, locale)
			);
			const what =
				w.kind === 'drafting' ? t.drafting : w.kind === 'carryingOut' ? t.carryingOut : t.both;
			return t.window(what, `${d}${w.editorial ? EDITORIAL_MARK : ''}`);
		});
		const missing = missingDates(plan);
		if (missing.length > 0) parts.push(t.missing(missing));
		const note = wrapText(parts.join('; '), { maxWidth, fontSize: FONT });
		add(toLabel(`${plan.id}:note`, note, 'start', left, y), 'muted');
		y += note.height + S.rowGap;
	}
	if (windowless.length > 0) {
		const note = wrapText(compact ? t.noWindowShort(windowless.length) : t.noWindow(windowless), {
			maxWidth,
			fontSize: FONT
		});
		add(toLabel('no-window', note, 'start', left, y), 'muted');
		y += note.height + S.rowGap;
	}
	const bottom = y - S.rowGap;
	const room = height - S.margin - (bottom + S.rowGap);
	const said = [conclusion, wrapText(t.conclusionShort, { maxWidth, fontSize: FONT })].find(
		(c) => c.height <= room
	);
	// The conclusion follows the rows.
	if (said) add(toLabel('conclusion', said, 'start', left, bottom + S.rowGap + 4));
	else dropped.push({ id: 'conclusion', reason: 'outside' });
	// Rows that do not fit are left out whole (and reported), never drawn past the box.
	const limit = height - S.margin;
	if (bottom > limit) {
		dropped.push({ id: 'rows', reason: 'outside' });
		const cut = labels.filter((l) => l.box.y + l.box.height > limit).map((l) => l.id.split(':')[0]);
		const out = (id: string) => cut.includes(id.split(':')[0]!);
		labels.splice(0, labels.length, ...labels.filter((l) => !out(l.id)));
		bars.splice(0, bars.length, ...bars.filter((b) => !out(b.id)));
	}

	return {
		width,
		height,
		state,
		ticks: [...years, years.at(-1)! + 1].map((yr) => ({ year: yr, x: x(Date.UTC(yr, 0, 1)) })),
		plot: { left, right, top, bottom },
		bars,
		key,
		labels,
		dropped
	};
}

/** The drawing's accessible name, from its years. */
export function toCyclesLabel(data: CyclesData, strings: CyclesStrings): string {
	return strings.label(
		String(new Date(data.domain[0]).getUTCFullYear()),
		String(new Date(data.domain[1]).getUTCFullYear() - 1)
	);
}
