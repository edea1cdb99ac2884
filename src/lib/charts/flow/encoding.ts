/**
 * How the flow draws each rating: a colour AND a shape (and, in the rating scenes, a row), so no
 * category depends on colour alone. Colours are the theme's colour-blind-safe, contrast-checked
 * ones; legend swatches are drawn with the same shapes as the marks.
 */
import type { COMPLETION, DID_IT_OPEN_GOVERNMENT } from '$lib/data/schema';
import { COLORS } from '$lib/theme';

export type Opened = (typeof DID_IT_OPEN_GOVERNMENT)[number];
export type Completion = (typeof COMPLETION)[number];

/** What a mark shows in a state: a category, or nothing known (one quiet glyph). */
export type MarkKind =
	| { kind: 'plain' }
	| { kind: 'report'; value: 'met' | 'partial' | 'none' }
	| { kind: 'unknown' }
	| { kind: 'claim' }
	| { kind: 'opened'; value: Opened }
	| { kind: 'completion'; value: Completion };

export type Shape =
	| 'square'
	| 'dot'
	| 'ring'
	| 'diamond'
	| 'triangle-down'
	| 'star'
	| 'quarter'
	| 'half'
	| 'three-quarter'
	| 'outline';

export interface Look {
	shape: Shape;
	fill: string;
	stroke: string;
}

/** Best first: the order of rows and legend entries. */
export const OPENED_ORDER: readonly Opened[] = [
	'Outstanding',
	'Major',
	'Marginal',
	'Did Not Change',
	'Worsened'
];
export const COMPLETION_ORDER: readonly Completion[] = [
	'Complete',
	'Substantial',
	'Limited',
	'Not Started'
];

const OPENED_LOOK: Record<Opened, Look> = {
	Outstanding: { shape: 'star', fill: COLORS.accent, stroke: COLORS.accent },
	Major: { shape: 'square', fill: COLORS.independent, stroke: COLORS.independent },
	Marginal: { shape: 'diamond', fill: COLORS.government, stroke: COLORS.government },
	'Did Not Change': { shape: 'ring', fill: 'none', stroke: COLORS.muted },
	Worsened: { shape: 'triangle-down', fill: COLORS.dispute, stroke: COLORS.dispute }
};
const COMPLETION_LOOK: Record<Completion, Look> = {
	Complete: { shape: 'square', fill: COLORS.independent, stroke: COLORS.independent },
	Substantial: { shape: 'three-quarter', fill: COLORS.independent, stroke: COLORS.independent },
	Limited: { shape: 'quarter', fill: COLORS.independent, stroke: COLORS.independent },
	'Not Started': { shape: 'outline', fill: 'none', stroke: COLORS.independent }
};

/** The December 2012 self-report's three statuses (the government's words). */
const REPORT_LOOK: Record<'met' | 'partial' | 'none', Look> = {
	met: { shape: 'square', fill: COLORS.government, stroke: COLORS.government },
	partial: { shape: 'half', fill: COLORS.government, stroke: COLORS.government },
	none: { shape: 'outline', fill: 'none', stroke: COLORS.government }
};

/** A stable key for a kind: legend entries and data attributes. */
export function kindKey(k: MarkKind): string {
	return 'value' in k ? `${k.kind}-${k.value.replace(/ /g, '-')}` : k.kind;
}

export function lookOf(k: MarkKind): Look {
	switch (k.kind) {
		case 'plain':
			return { shape: 'square', fill: COLORS.accent, stroke: COLORS.accent };
		case 'claim':
			return { shape: 'square', fill: COLORS.government, stroke: COLORS.government };
		case 'report':
			return REPORT_LOOK[k.value];
		case 'unknown':
			return { shape: 'dot', fill: COLORS.unknown, stroke: COLORS.unknown };
		case 'opened':
			return OPENED_LOOK[k.value];
		case 'completion':
			return COMPLETION_LOOK[k.value];
	}
}

const r = (n: number) => Math.round(n * 100) / 100;

/** An SVG path for a shape in a box of side s with its top-left corner at 0,0. */
export function shapePath(shape: Shape, s: number): string {
	const h = s / 2;
	switch (shape) {
		case 'square':
		case 'outline':
			return `M0 0H${r(s)}V${r(s)}H0Z`;
		case 'quarter':
		case 'half':
		case 'three-quarter':
			return shapePath('square', s);
		case 'dot': {
			// The quiet glyph: a small dot, a third of a mark.
			const d = s / 6;
			return `M${r(h - d)} ${r(h)}a${r(d)} ${r(d)} 0 1 0 ${r(2 * d)} 0a${r(d)} ${r(d)} 0 1 0 ${r(-2 * d)} 0Z`;
		}
		case 'ring': {
			const d = h - 1;
			return `M${r(h - d)} ${r(h)}a${r(d)} ${r(d)} 0 1 0 ${r(2 * d)} 0a${r(d)} ${r(d)} 0 1 0 ${r(-2 * d)} 0Z`;
		}
		case 'diamond':
			return `M${r(h)} 0L${r(s)} ${r(h)}L${r(h)} ${r(s)}L0 ${r(h)}Z`;
		case 'triangle-down':
			return `M0 ${r(s * 0.1)}H${r(s)}L${r(h)} ${r(s * 0.95)}Z`;
		case 'star': {
			const pts: string[] = [];
			for (let i = 0; i < 10; i++) {
				const rad = i % 2 === 0 ? h : h * 0.45;
				const a = -Math.PI / 2 + (i * Math.PI) / 5;
				pts.push(`${r(h + rad * Math.cos(a))} ${r(h + rad * Math.sin(a))}`);
			}
			return `M${pts.join('L')}Z`;
		}
	}
}

/** The two paths a mark draws: a filled part and an outlined part (either may be empty). */
export interface ShapeParts {
	fill: string;
	outline: string;
}

const NONE = '';

/** Fill and outline of a shape in a box of side s: partial fills show how much was completed. */
export function shapeParts(shape: Shape, s: number): ShapeParts {
	const box = shapePath('square', s);
	switch (shape) {
		case 'outline':
		case 'ring':
			return { fill: NONE, outline: shapePath(shape, s) };
		case 'quarter':
			return { fill: `M0 ${r(s * 0.75)}H${r(s)}V${r(s)}H0Z`, outline: box };
		case 'half':
			return { fill: `M0 ${r(s * 0.5)}H${r(s)}V${r(s)}H0Z`, outline: box };
		case 'three-quarter':
			return { fill: `M0 ${r(s * 0.25)}H${r(s)}V${r(s)}H0Z`, outline: box };
		default:
			return { fill: shapePath(shape, s), outline: NONE };
	}
}
