/** Which sources each chart rests on, for its source line. Build time only. */
import type { ChartId } from '$lib/charts/types';
import type { Dataset } from '$lib/data/types';

const MEMBERSHIP = /^ogp_members_/;
const COMPLETION_FIGURES = /^(paa_status_|paa_commitments|pa15_)/;
const DASHBOARD_EVENTS = /dashboard-cut|pa15-results/;

/** Source ids in order of first use, without repeats. */
export function chartSourceIds(chart: ChartId, data: Dataset): string[] {
	const plan2 = data.commitments.filter((c) => c.stage === 'plan-2013-2015');
	const lists: (readonly string[])[] = {
		timeline: data.events.map((e) => e.source_ids),
		flow: [
			...data.plans.filter((p) => p.stage_id !== 'plan-2016-2018').map((p) => p.source_ids),
			...data.clusters.map((c) => c.source_ids)
		],
		completion: [
			...data.figures.filter((f) => COMPLETION_FIGURES.test(f.figure_id)).map((f) => f.source_ids),
			...plan2.map((c) => c.source_ids)
		],
		cycles: [
			...data.plans.map((p) => p.source_ids),
			...data.events.filter((e) => DASHBOARD_EVENTS.test(e.event_id)).map((e) => e.source_ids)
		],
		membership: data.figures.filter((f) => MEMBERSHIP.test(f.figure_id)).map((f) => f.source_ids)
	}[chart];
	return [...new Set(lists.flat())];
}
