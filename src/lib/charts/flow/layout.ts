/**
 * The commitment flow in pixels for one state: every mark of every plan is always laid out (so it
 * keeps its element and moves between states); marks a state does not show sit, invisible, where
 * the plan-by-plan view would draw them, so they enter and leave in place.
 */
import type { FlowData } from './data';
import { kindKey, lookOf, type MarkKind } from './encoding';
import { bandsScene, unknownCountId } from './scenes/bands';
import { laterScene } from './scenes/later';
import { rowsScene } from './scenes/rows';
import type { Placed, Scene, SceneLabel, Size } from './scenes/types';
import { toFlowState, type FlowState } from './states';

/** Room kept clear around the drawing (px). */
export const FLOW_MARGIN = 4;

export interface LaidMark extends Placed {
	id: string;
	/** data-kind: e.g. "opened-Major", "unknown". */
	key: string;
	title: string | null;
	visible: boolean;
}

export interface FlowLayout {
	state: FlowState;
	width: number;
	height: number;
	marks: LaidMark[];
	cells: LaidMark[];
	labels: SceneLabel[];
}

function scene(data: FlowData, state: FlowState, size: Size): Scene {
	const words = (k: MarkKind): string => {
		const w = data.words;
		switch (k.kind) {
			case 'plain':
				return w.commitmentMark;
			case 'claim':
				return w.claimComplete;
			case 'unknown':
				return w.unknown;
			case 'report':
				return w.selfReportParts[k.value];
			case 'opened':
				return w.opened[k.value];
			case 'completion':
				return w.completion[k.value];
		}
	};
	if (state === 'third-verdict') return laterScene(data, size, words);
	if (state === 'by-cluster' || state === 'claim' || state === 'verdict' || state === 'dispute')
		return rowsScene(data, state, size, words);
	return bandsScene(data, state, size, words);
}

/** Every mark id of the chart, in drawing order. */
export function markIds(data: FlowData): string[] {
	return data.stages.flatMap((s) =>
		s.count === null ? [unknownCountId(s.stage)] : s.marks.map((m) => m.id)
	);
}

export function toFlowLayout(
	data: FlowData,
	state: string,
	width: number,
	height: number
): FlowLayout {
	const st = toFlowState(state);
	const size = { width: width - 2 * FLOW_MARGIN, height: height - 2 * FLOW_MARGIN };
	const now = scene(data, st, size);
	// Where hidden marks wait: the plan-by-plan view with every plan.
	const home = scene(data, 'third', size);
	const titles = new Map(data.stages.flatMap((s) => s.marks.map((m) => [m.id, m.title])));
	const shift = (p: Placed) => ({ ...p, x: p.x + FLOW_MARGIN, y: p.y + FLOW_MARGIN });
	const marks = markIds(data).map((id): LaidMark => {
		const p = now.marks.get(id);
		const at = p ?? home.marks.get(id)!;
		return {
			...shift(at),
			id,
			key: kindKey(at.kind),
			title: titles.get(id) ?? data.words.unknown,
			visible: p !== undefined,
			opacity: p ? (p.opacity ?? 1) : 0
		};
	});
	const cells = [...now.cells].map(([id, p]): LaidMark => ({
		...shift(p),
		id,
		key: kindKey(p.kind),
		title: null,
		visible: true
	}));
	const labels = now.labels.map((l) => ({ ...l, x: l.x + FLOW_MARGIN, y: l.y + FLOW_MARGIN }));
	return { state: st, width, height, marks, cells, labels };
}

export { lookOf };
