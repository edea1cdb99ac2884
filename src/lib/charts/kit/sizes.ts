/**
 * Named text sizes for chart labels, in CSS px at the size a chart is drawn (artboards are drawn at
 * the phone's native box size, so these are the sizes a reader sees). Nothing a chart draws is
 * smaller than LABEL.min.
 */
export const LABEL = {
	/** The floor: no chart text below this, at any width, with or without JavaScript. */
	min: 12,
	/** Axis ticks, keys and notes. */
	small: 13,
	/** Annotations and labels. */
	text: 13,
	/** Values and names that matter most. */
	value: 14,
	/** Annotations on wide (desktop) boards, where the drawing has room to be read from further. */
	wide: 15,
	/** A chart's own headings inside the drawing. */
	heading: 16
} as const;

/** Clear space between two labels, px. */
export const LABEL_PAD = 3;
/** Between a mark and its label, px. */
export const LABEL_GAP = 4;
