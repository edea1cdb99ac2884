/**
 * The figures and events (by id) the flow's captions quote. Listing them here, not matching ids
 * with patterns, lets the chart's source line be exactly the rows it draws from (sources.ts).
 */
import type { FlowStageId } from './states';

export const FLOW_FACTS = {
	who: {
		'original-2011': ['plan1_cso_proposals'],
		'extended-2012': ['paa_proposals', 'paa_csos', 'paa_meetings'],
		'plan-2013-2015': ['pa15_tables', 'pa15_specialists'],
		'plan-2016-2018': ['pa18_participants']
	} satisfies Record<FlowStageId, readonly string[]>,
	selfReport: {
		met: 'paa_status_met',
		partial: 'paa_status_partial',
		none: 'paa_status_none',
		stated: 'paa_commitments'
	},
	dashboardCuts: [
		'2014-10-27-dashboard-cut-1',
		'2015-03-08-dashboard-cut-2',
		'2015-07-22-dashboard-cut-3'
	],
	dashboardResults: '2015-09-17-pa15-results',
	dispute: { objectives: 'pa15_c26_objectives', disputed: 'pa15_c26_disputed' },
	third: {
		done: 'pa18_dashboard_completed',
		pct: 'pa18_dashboard_pct_complete',
		significant: 'pa18_significant_results'
	}
} as const;

/** Every figure id the flow quotes. */
export function flowFigureIds(): string[] {
	const F = FLOW_FACTS;
	return [
		...Object.values(F.who).flat(),
		...Object.values(F.selfReport),
		...Object.values(F.dispute),
		...Object.values(F.third)
	];
}

/** Every event id the flow quotes. */
export function flowEventIds(): string[] {
	return [...FLOW_FACTS.dashboardCuts, FLOW_FACTS.dashboardResults];
}
