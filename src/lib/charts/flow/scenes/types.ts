/** What every flow scene returns: marks, small cells, labels and legend entries, in pixels. */
import type { MarkKind } from '../encoding';

export interface Size {
	width: number;
	height: number;
}

/** Where one mark (or cell) sits in a scene and what it shows; top-left corner at x, y. */
export interface Placed {
	x: number;
	y: number;
	size: number;
	kind: MarkKind;
	/** Drawn with a ring in the dispute colour. */
	highlight?: boolean;
	/** Below 1 for context marks. */
	opacity?: number;
}

export interface SceneLabel {
	id: string;
	x: number;
	/** Top of the first line. */
	y: number;
	lines: string[];
	fontSize: number;
	bold: boolean;
	color: string;
}

export interface Scene {
	/** Marks by id; a mark of the chart not listed here is hidden in this state. */
	marks: Map<string, Placed>;
	/** Cells that exist only in this scene (self-report units, tallies), by id. */
	cells: Map<string, Placed>;
	labels: SceneLabel[];
	/** Kinds the legend explains, in order. */
	legend: MarkKind[];
}
