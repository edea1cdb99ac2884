/**
 * The 2016–2018 plan's verdict: the dashboard's "8 of 11 complete, 93 %" and the IRM's "2 of 11
 * with significant results" as two tallies (our sources do not say which commitments, so the
 * tallies are not the marks), then the 11 marks by the IRM's early results where OGP's pages give
 * them. The two measures are set side by side and named as different; nothing is subtracted.
 */
import { COLORS } from '$lib/theme';
import type { FlowData } from '../data';
import { OPENED_ORDER, type MarkKind, type Opened } from '../encoding';
import { LATER_STAGE } from '../states';
import { categoryRows } from './rows';
import { stackScene, type Block } from './stack';
import type { Scene, Size } from './types';

function tally(id: string, n: number, total: number, kind: MarkKind): Block['items'] {
	return Array.from({ length: total }, (_, i) => ({
		id: `${id}-${i + 1}`,
		kind: i < n ? kind : ({ kind: 'report', value: 'none' } as MarkKind),
		cell: true
	}));
}

export function laterScene(
	data: FlowData,
	size: Size,
	legendWords: (k: MarkKind) => string
): Scene {
	const t = data.third;
	const marks = data.stages.find((s) => s.stage === LATER_STAGE)!.marks;
	const blocks: Block[] = [];
	if (t.dashboard && t.done !== null && t.total !== null)
		blocks.push({
			id: 'later-dashboard',
			texts: [{ text: t.dashboard, bold: true, color: COLORS.government }],
			items: tally('tally-dashboard', t.done, t.total, { kind: 'claim' })
		});
	if (t.irm && t.significant !== null && t.total !== null)
		blocks.push({
			id: 'later-irm',
			texts: [{ text: t.irm, bold: true, color: COLORS.independent }],
			items: tally('tally-irm', t.significant, t.total, { kind: 'opened', value: 'Major' })
		});
	blocks.push({
		id: 'later-measures',
		texts: [
			{ text: data.words.third.measures, color: COLORS.ink },
			{ text: data.words.third.early, optional: true }
		],
		items: []
	});
	const opened = (v: Opened): MarkKind => ({ kind: 'opened', value: v });
	const rows = categoryRows(
		'later',
		marks,
		OPENED_ORDER,
		(m) => m.opened,
		opened,
		(c) => data.words.opened[c],
		data.words.noRating,
		{ labelsOptional: true }
	);
	const words = (k: MarkKind) => (k.kind === 'unknown' ? data.words.noRating : legendWords(k));
	return stackScene([...blocks, ...rows.blocks], size, rows.legend, words, {
		legendOptional: true
	});
}
