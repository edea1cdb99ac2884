/**
 * Artboards: the fixed sizes every chart state is drawn at when the site is built (as graphics desks
 * do with ai2html). The page picks the one that best fits a chart's box and scales it through the
 * SVG viewBox, so readers' phones never run the layout maths, d3 or Layer Cake.
 *
 * The sizes cover the boxes the story's CSS produces, from a 360 px phone (about 328×220) through
 * tablets (about 736×510) to desktops (about 530–660 × 400–560); tests/unit/charts/artboards.test.ts
 * checks each measured box gets a board at (nearly) native size.
 */
import { NOMINAL_CHART } from '$lib/theme';

export interface Artboard {
	readonly width: number;
	readonly height: number;
}

/**
 * Phone boards: the plot boxes the story's sticky figure leaves on phones (full width minus the
 * page's side padding: 328 px at 360, 343 at 375, 358 at 390; see tests/unit/charts/artboards.test.ts
 * and the box contract in the brief), in height steps of about 12%, so every phone box has a board
 * drawn at its native size: text at its designed size (never under 0.95 of it, so never under
 * 12 px) and thin empty bands at most.
 */
const PHONE_WIDTHS = [328, 358] as const;
const PHONE_HEIGHTS = [220, 250, 285, 320, 360, 405] as const;
export const PHONE_BOARDS: readonly Artboard[] = PHONE_WIDTHS.flatMap((width) =>
	PHONE_HEIGHTS.map((height) => ({ width, height }))
);

/** The board the HTML carries, before anything is measured and without JavaScript (see below). */
const HTML_BOARD = PHONE_BOARDS.find((b) => b.width === 328 && b.height === 250)!;

export const ARTBOARDS: readonly Artboard[] = [
	...PHONE_BOARDS,
	NOMINAL_CHART,
	{ width: 400, height: 480 },
	{ width: 480, height: 420 },
	{ width: 540, height: 540 },
	{ width: 640, height: 420 },
	{ width: 660, height: 540 },
	{ width: 760, height: 520 }
];

/**
 * The artboard the server draws into the HTML: the narrowest phone plot box (328 px wide), so a
 * page read without JavaScript shows it at scale 1 or larger on any phone from 360 px up, and text
 * never falls under its designed size (13 px) there.
 */
export const NOMINAL_BOARD: Artboard = HTML_BOARD;

/**
 * Slides draw every chart on one board per orientation: the plot box a slide's figure leaves at its
 * design size (1280×720 and 720×1280, see present/layout.ts) divided by the slides' magnification
 * (1.85), rounded down, so the drawing is only ever scaled up and 13 px labels reach 24 px on the
 * screen. Measured in Chromium on every slide in both languages: the smallest box (the longest
 * chart title) is 848×504 landscape and 624×728 portrait.
 */
export const SLIDE_BOARDS = {
	landscape: { width: 458, height: 272 },
	portrait: { width: 337, height: 393 }
} as const satisfies Record<string, Artboard>;

/**
 * The printed handout's chart box: the sheet's printable width (180 mm, 680 px) by about the
 * height its page leaves under the chart's title (304–323 px, measured on screen, where it is laid
 * out the same), so the drawing is never shrunk below MIN_SCALE. Shorter boards at this width drop
 * a timeline note.
 */
export const PRINT_BOARD: Artboard = { width: 680, height: 320 };

/**
 * Every board the site draws into files: the story's (picked by the box, above), the slides' and
 * the handout's (used as they are). Chart tests check the layouts on all of them.
 */
export const DRAWN_BOARDS: readonly Artboard[] = [
	...ARTBOARDS,
	SLIDE_BOARDS.landscape,
	SLIDE_BOARDS.portrait,
	PRINT_BOARD
];

/** Boards are never shrunk below this share of their size when picked (13 px text stays ≥ 12). */
export const MIN_SCALE = 0.95;

/** "360x420": how an artboard is named in file names and attributes. */
export function boardId(board: Artboard): string {
	return `${board.width}x${board.height}`;
}

/** The artboard named by an id, or undefined for anything else (e.g. a hand-edited URL). */
export function parseBoardId(id: string): Artboard | undefined {
	return DRAWN_BOARDS.find((b) => boardId(b) === id);
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
	const readable = ARTBOARDS.filter((b) => fitScale(b, width, height) >= MIN_SCALE);
	for (const board of readable.length > 0 ? readable : ARTBOARDS) {
		const cost = fitCost(board, width, height);
		if (cost < bestCost) {
			best = board;
			bestCost = cost;
		}
	}
	return best;
}
