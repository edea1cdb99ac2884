/** The one label type every chart draws: wrapped lines, their box, and where they hang. */
import { baseline, type TextBlock } from './text';
import type { Box } from './geometry';

export type Anchor = 'start' | 'middle' | 'end';

export interface Label {
	id: string;
	lines: string[];
	fontSize: number;
	lineHeight: number;
	bold: boolean;
	/** SVG text-anchor. */
	anchor: Anchor;
	/** The anchor's x (start: left edge, middle: centre, end: right edge). */
	x: number;
	/** Top of the first line box. */
	y: number;
	/** Baseline of the first line, relative to y. */
	baseline: number;
	/** Everything the lines cover. */
	box: Box;
	/** A thin line from the mark to the label, when the label sits away from its mark. */
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** A label of wrapped text anchored at (x, y-top). */
export function toLabel(id: string, block: TextBlock, anchor: Anchor, x: number, y: number): Label {
	const left = anchor === 'start' ? x : anchor === 'middle' ? x - block.width / 2 : x - block.width;
	return {
		id,
		lines: block.lines,
		fontSize: block.fontSize,
		lineHeight: block.lineHeight,
		bold: block.bold,
		anchor,
		x,
		y,
		baseline: baseline(block.fontSize),
		box: { x: left, y, width: block.width, height: block.height }
	};
}

/** The same label moved by (dx, dy). */
export function moveLabel(label: Label, dx: number, dy: number): Label {
	return {
		...label,
		x: label.x + dx,
		y: label.y + dy,
		box: { ...label.box, x: label.box.x + dx, y: label.box.y + dy }
	};
}

/** Baseline y of line i. */
export function lineY(label: Pick<Label, 'y' | 'baseline' | 'lineHeight'>, i: number): number {
	return label.y + label.baseline + i * label.lineHeight;
}
