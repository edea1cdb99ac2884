/** The legend along the bottom of a flow scene: swatches drawn with the marks' own shapes. */
import { COLORS } from '$lib/theme';
import { LABEL, lineHeight, textWidth } from '../../kit';
import { kindKey, type MarkKind } from '../encoding';
import type { Placed, SceneLabel, Size } from './types';

const LEGEND_SWATCH = 12;
const LEGEND_GAP = 12;

/** Legend entries flowing left to right, wrapping; returns cells, labels and the height used. */
export function layoutLegend(
	kinds: readonly MarkKind[],
	words: (k: MarkKind) => string,
	size: Size
): { cells: Map<string, Placed>; labels: SceneLabel[]; height: number } {
	const cells = new Map<string, Placed>();
	const labels: SceneLabel[] = [];
	const fs = LABEL.small;
	const lh = lineHeight(fs);
	const entries = kinds.map((k) => ({ k, text: words(k) }));
	let x = 0;
	let row = 0;
	const placed: { k: MarkKind; text: string; x: number; row: number }[] = [];
	for (const e of entries) {
		const w = LEGEND_SWATCH + 4 + textWidth(e.text, fs);
		if (x > 0 && x + w > size.width) {
			x = 0;
			row++;
		}
		placed.push({ ...e, x, row });
		x += w + LEGEND_GAP;
	}
	const rows = placed.length === 0 ? 0 : row + 1;
	const top = size.height - rows * lh;
	for (const p of placed) {
		const y = top + p.row * lh;
		cells.set(`legend-${kindKey(p.k)}`, {
			x: p.x,
			y: y + (lh - LEGEND_SWATCH) / 2,
			size: LEGEND_SWATCH,
			kind: p.k
		});
		labels.push({
			id: `legend-${kindKey(p.k)}`,
			x: p.x + LEGEND_SWATCH + 4,
			y,
			lines: [p.text],
			fontSize: fs,
			bold: false,
			color: COLORS.muted
		});
	}
	return { cells, labels, height: rows * lh };
}
