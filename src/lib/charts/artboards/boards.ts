/**
 * Artboards: the fixed sizes every chart state is drawn at when the site is built (as graphics desks
 * do with ai2html). The page picks the one that best fits a chart's box and scales it through the
 * SVG viewBox, so readers' phones never run the layout maths, d3 or Layer Cake.
 *
 * The sizes cover the boxes the story's CSS produces, from a 320 px phone (about 288×330) through
 * tablets (about 736×510) to desktops (about 530–660 × 400–560); see boards.test.ts.
 */
import { NOMINAL_CHART } from '$lib/theme';

export interface Artboard {
	readonly width: number;
	readonly height: number;
}

/** A 390 px phone's chart box, the most common reader's: the board drawn into the HTML. */
const PHONE_BOARD: Artboard = { width: 360, height: 390 };

export const ARTBOARDS: readonly Artboard[] = [
	{ width: 280, height: 330 },
	{ width: 320, height: 380 },
	PHONE_BOARD,
	NOMINAL_CHART,
	{ width: 400, height: 480 },
	{ width: 480, height: 420 },
	{ width: 540, height: 540 },
	{ width: 640, height: 420 },
	{ width: 660, height: 540 },
	{ width: 760, height: 520 }
];

/**
 * The artboard the server draws into the HTML, before anything is measured: the most common
 * phone's, so most readers' charts need no redrawing for their box when they come near.
 */
export const NOMINAL_BOARD: Artboard = PHONE_BOARD;

/** "360x420": how an artboard is named in file names and attributes. */
export function boardId(board: Artboard): string {
	return `${board.width}x${board.height}`;
}

/** The artboard named by an id, or undefined for anything else (e.g. a hand-edited URL). */
export function parseBoardId(id: string): Artboard | undefined {
	return ARTBOARDS.find((b) => boardId(b) === id);
}

/** How much a board is scaled to fit (contain) a box. */
export function fitScale(board: Artboard, width: number, height: number): number {
	return Math.min(width / board.width, height / board.height);
}

/**
 * How badly a board fits a box: text scaled away from its designed size costs most (a scale of 0.9
 * or 1.1 costs 0.1), empty bands around the scaled board cost half their share of the box.
 */
export function fitCost(board: Artboard, width: number, height: number): number {
	const s = fitScale(board, width, height);
	const coverage = (board.width * s * board.height * s) / (width * height);
	return Math.abs(Math.log(s)) + 0.5 * (1 - coverage);
}

/**
 * The best artboard for a box. A box that is not measurable yet (zero or not finite) keeps the
 * nominal board, which is what the HTML already shows.
 */
export function pickArtboard(width: number, height: number): Artboard {
	if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height)))
		return NOMINAL_BOARD;
	let best = NOMINAL_BOARD;
	let bestCost = Infinity;
	for (const board of ARTBOARDS) {
		const cost = fitCost(board, width, height);
		if (cost < bestCost) {
			best = board;
			bestCost = cost;
		}
	}
	return best;
}
