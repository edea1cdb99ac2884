/**
 * Golden SVG snapshots of the timeline, plan-windows and membership charts: every state on the
 * HTML's phone board and on a desktop board, as the build draws them (real data, English). A
 * change to a drawing shows up as a reviewable diff of one element per line; run
 * `npx vitest run --project unit tests/unit/charts/golden.test.ts -u` to accept it.
 */
import { describe, expect, it } from 'vitest';
import { ARTBOARDS, boardId, NOMINAL_BOARD } from '$lib/charts/artboards/boards';
import { renderArtboard } from '$lib/charts/artboards/render';
import { chartStates } from '$lib/charts/artboards/states';

const DESKTOP = ARTBOARDS.find((b) => b.width === 660 && b.height === 540)!;
const CHARTS = ['timeline', 'cycles', 'membership'] as const;

/** One element per line, so a diff says which mark or label moved. */
const pretty = (svg: string) => `${svg.replace(/></g, '>\n<')}\n`;

describe.each(CHARTS)('%s golden drawings', (chart) => {
	it.each(chartStates(chart).flatMap((s) => [NOMINAL_BOARD, DESKTOP].map((b) => [s, b] as const)))(
		'%s on %o',
		async (state, board) => {
			const svg = renderArtboard(chart, state, board, 'en', 'golden');
			await expect(pretty(svg)).toMatchFileSnapshot(
				`__snapshots__/${chart}/${state}.${boardId(board)}.svg`
			);
		}
	);
});
