/**
 * Plan by plan: one band per plan, top to bottom, each with its header (name and count), who
 * wrote it, how long it had, and one mark per commitment. The 2011 plan, whose count no source
 * gives, shows the one quiet unknown glyph instead of marks. The self-report state adds, under the
 * Extended Plan's 36 marks, the 38 units its December 2012 report adds up to.
 */
import { COLORS } from '$lib/theme';
import type { FlowData } from '../data';
import type { MarkKind } from '../encoding';
import { BAND_STAGES, type FlowState } from '../states';
import { stackScene, type Block } from './stack';
import type { Scene, Size } from './types';

/** The mark standing for a plan whose count is not in our sources. */
export const unknownCountId = (stage: string) => `${stage}-count`;

const PLAIN: MarkKind = { kind: 'plain' };
const UNKNOWN: MarkKind = { kind: 'unknown' };

export function bandsScene(
	data: FlowData,
	state: FlowState,
	size: Size,
	legendWords: (k: MarkKind) => string
): Scene {
	const stages = BAND_STAGES[state] ?? BAND_STAGES.third!;
	const focus = stages[stages.length - 1];
	const blocks: Block[] = [];
	const legend: MarkKind[] = [];
	for (const id of stages) {
		const s = data.stages.find((x) => x.stage === id)!;
		const detail = s.stage !== focus;
		const block: Block = {
			id: `band-${s.stage}`,
			texts: [
				{ text: s.header, bold: true },
				...(s.who ? [{ text: s.who, optional: detail ? 1 : 2 } as const] : []),
				...(s.window ? [{ text: s.window, optional: detail ? 1 : 2 } as const] : [])
			],
			items:
				s.count === null
					? [{ id: unknownCountId(s.stage), kind: UNKNOWN }]
					: s.marks.map((m) => ({ id: m.id, kind: PLAIN }))
		};
		blocks.push(block);
		if (state === 'self-report' && s.stage === 'extended-2012' && data.selfReport) {
			const r = data.selfReport;
			blocks.push({
				id: 'self-report',
				texts: [
					{ text: r.title, bold: true, color: COLORS.government },
					{ text: r.sum, color: COLORS.government }
				],
				items: r.parts.flatMap((p) =>
					Array.from({ length: p.n }, (_, i) => ({
						id: `report-${p.id}-${i + 1}`,
						kind: { kind: 'report', value: p.id } as MarkKind,
						cell: true
					}))
				)
			});
			for (const p of r.parts) legend.push({ kind: 'report', value: p.id });
		}
	}
	if (stages.some((id) => data.stages.find((x) => x.stage === id)?.count !== null))
		legend.unshift(PLAIN);
	legend.push(UNKNOWN);
	return stackScene(blocks, size, legend, legendWords);
}
