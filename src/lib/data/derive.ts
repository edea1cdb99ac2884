/**
 * What the charts need, computed from the validated rows. Pure functions, no Svelte: each is
 * unit-tested on fixtures and on the real data.
 */
import { compareDates, toRange, type DateRange } from './dates';
import { STAGES, type StageId } from './schema';
import type { Cluster, Commitment, Dataset, Figure, Plan, PartialDate, TimelineEvent } from './types';

/** Group key for commitments our sources do not place in an IRM cluster. */
export const NOT_IN_SOURCES = 'not-in-our-sources';

export interface StageSummary {
	stage: StageId;
	plan: Plan;
	/** Stated number of commitments; null when no source gives it. */
	count: number | null;
	/** Rows we hold for this stage (official commitments only). */
	commitments: readonly Commitment[];
	/** Described topics or outcomes with no official title (first plan). */
	topics: readonly Commitment[];
}

/** Each stage in plan order, with its stated count and the rows we hold. */
export function summarizeStages(data: Dataset): StageSummary[] {
	return STAGES.flatMap((stage) => {
		const plan = data.plans.find((p) => p.stage_id === stage);
		if (!plan) return [];
		const rows = data.commitments.filter((c) => c.stage === stage);
		return [
			{
				stage,
				plan,
				count: plan.commitment_count,
				commitments: rows
					.filter((c) => c.row_kind === 'commitment')
					.sort((a, b) => (a.commitment_number ?? 0) - (b.commitment_number ?? 0)),
				topics: rows.filter((c) => c.row_kind !== 'commitment')
			}
		];
	});
}

export interface ClusterGroup {
	/** cluster_id, or NOT_IN_SOURCES. */
	id: string;
	cluster: Cluster | null;
	commitments: readonly Commitment[];
}

/**
 * The plan's commitments by IRM cluster, in the report's order (numbered clusters first), with
 * the commitments no source places as their own, last group: drawn, never dropped.
 */
export function groupByCluster(data: Dataset, stage: StageId = 'plan-2013-2015'): ClusterGroup[] {
	const rows = data.commitments
		.filter((c) => c.stage === stage && c.row_kind === 'commitment')
		.sort((a, b) => (a.commitment_number ?? 0) - (b.commitment_number ?? 0));
	const clusters = [...data.clusters].sort(
		(a, b) =>
			(a.report_number ?? Infinity) - (b.report_number ?? Infinity) ||
			firstNumber(rows, a.cluster_id) - firstNumber(rows, b.cluster_id)
	);
	const groups: ClusterGroup[] = clusters
		.map((cluster) => ({
			id: cluster.cluster_id,
			cluster,
			commitments: rows.filter((c) => c.irm_cluster === cluster.cluster_id)
		}))
		.filter((g) => g.commitments.length > 0);
	const unplaced = rows.filter((c) => c.irm_cluster === null);
	if (unplaced.length > 0) groups.push({ id: NOT_IN_SOURCES, cluster: null, commitments: unplaced });
	return groups;
}

function firstNumber(rows: readonly Commitment[], clusterId: string): number {
	return rows.find((c) => c.irm_cluster === clusterId)?.commitment_number ?? Infinity;
}

export interface LensCounts {
	id: string;
	total: number;
	/** Government lens: commitments the dashboard showed at 100%. */
	claimedComplete: number;
	/** Government lens: commitments with no dashboard value in our data. */
	claimUnknown: number;
	/** IRM lens: count per "did it open government?" rating; unrated is not in our sources. */
	irm: Record<string, number>;
	irmUnrated: number;
	/** Civil-society lens: commitments whose claim a CSO disputed. */
	disputed: number;
}

/** Per cluster group, the three lenses the completion chart switches between. */
export function completionLenses(groups: readonly ClusterGroup[]): LensCounts[] {
	return groups.map((g) => {
		const irm: Record<string, number> = {};
		for (const c of g.commitments)
			if (c.did_it_open_government) irm[c.did_it_open_government] = (irm[c.did_it_open_government] ?? 0) + 1;
		return {
			id: g.id,
			total: g.commitments.length,
			claimedComplete: g.commitments.filter((c) => c.dashboard_progress_pct === 100).length,
			claimUnknown: g.commitments.filter((c) => c.dashboard_progress_pct === null).length,
			irm,
			irmUnrated: g.commitments.filter((c) => c.did_it_open_government === null).length,
			disputed: g.commitments.filter((c) => c.dispute_note !== null).length
		};
	});
}

export interface SelfReport {
	met: Figure;
	partial: Figure;
	none: Figure;
	/** 21 + 15 + 2 as printed. */
	sum: number;
	/** The number of commitments the same report describes. */
	stated: Figure;
	/** True when the parts do not add up to the stated whole. */
	inconsistent: boolean;
}

/** The first plan's self-reported status (December 2012), with its arithmetic laid bare. */
export function selfReportedStatus(data: Dataset): SelfReport | null {
	const fig = (id: string) => data.figures.find((f) => f.figure_id === id);
	const met = fig('paa_status_met');
	const partial = fig('paa_status_partial');
	const none = fig('paa_status_none');
	const stated = fig('paa_commitments');
	if (!met || !partial || !none || !stated) return null;
	const sum = met.value + partial.value + none.value;
	return { met, partial, none, sum, stated, inconsistent: sum !== stated.value };
}

export interface CycleWindow {
	stage: StageId;
	plan: Plan;
	/** From drafting start to presentation; null where either end is unknown. */
	drafting: (DateRange & { from: PartialDate; to: PartialDate }) | null;
	/** From presentation (or end of drafting) to the deadline; null where unknown. */
	implementation: (DateRange & { from: PartialDate; to: PartialDate }) | null;
}

/**
 * Drafting and implementation windows per plan. A window exists only between two dates the data
 * holds (drafting: start → presentation; implementation: presentation → deadline); otherwise it
 * is null and the chart says the window is unknown. Nothing is estimated.
 */
export function planCycles(data: Dataset): CycleWindow[] {
	return summarizeStages(data).map(({ stage, plan }) => {
		const window = (from: PartialDate | null, to: PartialDate | null) =>
			from && to ? { from, to, start: toRange(from).start, end: toRange(to).end } : null;
		return {
			stage,
			plan,
			drafting: window(plan.drafting_start, plan.presented),
			implementation: window(plan.presented, plan.implementation_end)
		};
	});
}

/** Events in a chronologically sound order (see compareDates), ties by id for stability. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
	return [...events].sort(
		(a, b) => compareDates(a.date, b.date) || a.event_id.localeCompare(b.event_id)
	);
}

export interface PlanLink {
	from: Commitment;
	to: Commitment;
}

/** Links from a later commitment to the earlier one it continues: only where the data says so. */
export function planLinks(data: Dataset): PlanLink[] {
	const byId = new Map(data.commitments.map((c) => [c.row_id, c]));
	return data.commitments.flatMap((to) => {
		const from = to.continues ? byId.get(to.continues) : undefined;
		return from ? [{ from, to }] : [];
	});
}

/** Look up a figure the story cites; a missing id is a build error, not a blank on the page. */
export function figure(data: Dataset, id: string): Figure {
	const f = data.figures.find((x) => x.figure_id === id);
	if (!f) throw new Error(`figures.csv has no figure_id "${id}", which the story cites`);
	return f;
}
