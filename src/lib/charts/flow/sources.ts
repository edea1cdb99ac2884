/** The sources the flow's data rests on: exactly the rows it draws from. Build time only. */
import type { Dataset } from '$lib/data/types';
import { uniqueSources } from '../define';
import { flowEventIds, flowFigureIds } from './facts';
import { FLOW_STAGES } from './states';

export function flowSources(data: Dataset): string[] {
	const stages = new Set<string>(FLOW_STAGES);
	const figures = new Set(flowFigureIds());
	const events = new Set(flowEventIds());
	const rows = data.commitments.filter((c) => c.stage !== null && stages.has(c.stage));
	const clusters = new Set(rows.map((c) => c.irm_cluster));
	return uniqueSources([
		...data.plans.filter((p) => stages.has(p.stage_id)).map((p) => p.source_ids),
		...rows.map((c) => c.source_ids),
		...data.clusters.filter((c) => clusters.has(c.cluster_id)).map((c) => c.source_ids),
		...data.figures.filter((f) => figures.has(f.figure_id)).map((f) => f.source_ids),
		...data.events.filter((e) => events.has(e.event_id)).map((e) => e.source_ids)
	]);
}
