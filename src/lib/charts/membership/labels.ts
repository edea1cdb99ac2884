/**
 * The membership chart's labels: the kit's label with a tone and bold first lines, and the
 * candidate spots around a dot its value label may take (beside, above or below, slid sideways, or
 * further away on a leader), best first, for the kit's placement engine.
 */
import { LABEL, lineHeight, toLabel, wrapText, type Label } from '../kit';

const FONT = LABEL.small;

export type Tone = 'ink' | 'muted' | 'unknown';
/** A label of this chart: the kit's, with a tone and how many first lines are bold. */
export type ChartLabel = Label & {
	kind: 'title' | 'key' | 'value' | 'axis' | 'unknown';
	tone: Tone;
	boldLines: number;
};

export function label(
	id: string,
	kind: ChartLabel['kind'],
	lines: string[],
	anchor: Label['anchor'],
	x: number,
	y: number,
	{
		tone = 'ink',
		fontSize = FONT,
		boldLines = 0
	}: { tone?: Tone; fontSize?: number; boldLines?: number } = {}
): ChartLabel {
	const block = wrapText(lines.join('\n'), { maxWidth: Infinity, fontSize, bold: boldLines > 0 });
	return { ...toLabel(id, block, anchor, x, y), kind, tone, boldLines };
}

/** Where a dot's value label may go, best first. */
export function valueCandidates(
	p: { id: string; cx: number; cy: number },
	lines: string[],
	o: { half: number; xr: number; xl: number; gap: number; lh: number; font: number }
): ChartLabel[] {
	const { half, xr, xl, gap, lh } = o;
	const h = lines.length * lineHeight(o.font);
	const spots: [Label['anchor'], number, number][] = [];
	const side = p.cy - lineHeight(o.font) / 2;
	for (const dy of [0, -lh, lh, -2 * lh, 2 * lh, -3 * lh, 3 * lh, -4 * lh])
		spots.push(['start', xr, side + dy], ['end', xl, side + dy]);
	// Just above or below, slid sideways to clear a neighbour.
	for (const dx of [-36, -24, -12, 12, 24, 36])
		spots.push(
			['middle', p.cx + dx, p.cy - half - gap - h],
			['middle', p.cx + dx, p.cy + half + gap]
		);
	for (const away of [0, 10, 22, 36, 52, 70, 90, 110, 130]) {
		const up = p.cy - half - gap - h - away;
		const down = p.cy + half + gap + away;
		spots.push(
			['middle', p.cx, up],
			['middle', p.cx, down],
			['start', p.cx - 4, up],
			['end', p.cx + 4, up],
			['start', p.cx - 4, down],
			['end', p.cx + 4, down]
		);
	}
	return spots.map(([anchor, lx, ly]) => {
		const l = label(`${p.id}:value`, 'value', lines, anchor, lx, ly, {
			fontSize: o.font,
			boldLines: 1
		});
		const far = ly > p.cy + half + gap + 1 || ly + l.box.height < p.cy - half - gap - 1;
		const leader = far
			? {
					x1: p.cx,
					y1: ly > p.cy ? p.cy + half + 1 : p.cy - half - 1,
					x2: p.cx,
					y2: ly > p.cy ? ly - 1 : ly + l.box.height + 1
				}
			: undefined;
		return { ...l, leader };
	});
}
