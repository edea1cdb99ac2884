/**
 * Sizes, colours, durations and breakpoints, in one place. Colours are from the Okabe–Ito
 * colour-blind-safe palette, darkened where needed so marks reach 3:1 and text 4.5:1 on the
 * background (WCAG 2.2 AA); tests/unit/theme.test.ts checks every pair.
 */

export const COLORS = {
	background: '#ffffff',
	ink: '#1a1a1a',
	muted: '#595959',
	rule: '#d9d9d9',
	faint: '#ececec',
	/** The one accent: headings' rules, active step, focus. */
	accent: '#0b5c4a',
	/** What the government built or claimed. */
	government: '#0072b2',
	/** Independent review (IRM). */
	independent: '#00785a',
	/** Civil-society objection or dispute. */
	dispute: '#b8460b',
	/** Summits and the world stage. */
	summit: '#a1487f',
	/** Unknown: outline only, never a filled value. */
	unknown: '#767676',
	/** The one highlight colour: what a step points at (Okabe–Ito vermillion, darkened). */
	highlight: '#c24e00',
	/** Context: every mark a step does not point at. */
	context: '#8a8a8a'
} as const;

/** Colours used as text must reach 4.5:1 on the background. */
export const TEXT_COLORS = [
	'ink',
	'muted',
	'accent',
	'government',
	'independent',
	'dispute',
	'summit',
	'unknown',
	'highlight'
] as const;
/** Colours used for marks and lines must reach 3:1 on the background. */
export const MARK_COLORS = [...TEXT_COLORS, 'context'] as const;

export const FONTS = {
	serif: "'Source Serif 4', 'Source Serif Fallback', Georgia, serif",
	sans: "'Source Sans 3', 'Source Sans Fallback', system-ui, sans-serif"
} as const;

/** Chart label sizes in CSS pixels: readable at 320 px wide. */
export const LABEL_SIZE = { small: 13, normal: 14, large: 16 } as const;

/** Layout breakpoint: side-by-side text and sticky graphic from this width up. */
export const WIDE_MIN_PX = 900;

/** Before JavaScript measures anything, charts are drawn at this size and scaled to fit. */
export const NOMINAL_CHART = { width: 360, height: 420 } as const;

export const DURATION = {
	/** A chart moving between two states. */
	state: 700,
	/** Marks entering or leaving. */
	fade: 300
} as const;

/** Minimum tap target for buttons and controls (px). */
export const TAP_TARGET_PX = 44;
