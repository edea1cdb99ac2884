/**
 * Counts about commitments, derived from commitments.csv at build time. Copy and captions state
 * these, never a number typed elsewhere: where figures.csv also states one, the two must agree or
 * the build fails naming both (checkFigures).
 */
import { groupByCluster, NOT_IN_SOURCES } from '$lib/data/derive';
import { COMPLETION, DID_IT_OPEN_GOVERNMENT } from '$lib/data/schema';
import type { Commitment, Dataset } from '$lib/data/types';
import { CLUSTERED_STAGE, LATER_STAGE } from './states';

/** `pa15_irm_rated` → 3, … (every key is listed in the charts README and NOTES.md). */
export type FlowDerived = Record<string, number>;

/** A rating as a key part: "Did Not Change" → "did_not_change". */
export function ratingKey(rating: string): string {
	return rating.toLowerCase().replace(/\s+/g, '_');
}

function rows(data: Dataset, stage: string): Commitment[] {
	return data.commitments.filter((c) => c.stage === stage && c.row_kind === 'commitment');
}

function planCounts(prefix: string, list: readonly Commitment[], total: number): FlowDerived {
	const out: FlowDerived = {};
	const rated = list.filter((c) => c.did_it_open_government !== null).length;
	out[`${prefix}_listed`] = list.length;
	out[`${prefix}_irm_rated`] = rated;
	out[`${prefix}_irm_unrated`] = total - rated;
	for (const v of DID_IT_OPEN_GOVERNMENT)
		out[`${prefix}_irm_rated_${ratingKey(v)}`] = list.filter(
			(c) => c.did_it_open_government === v
		).length;
	const completed = list.filter((c) => c.completion_end !== null).length;
	out[`${prefix}_completion_rated`] = completed;
	out[`${prefix}_completion_unrated`] = total - completed;
	for (const v of COMPLETION)
		out[`${prefix}_completion_${ratingKey(v)}`] = list.filter((c) => c.completion_end === v).length;
	out[`${prefix}_dashboard_complete`] = list.filter((c) => c.dashboard_progress_pct === 100).length;
	out[`${prefix}_disputed`] = list.filter((c) => c.dispute_note !== null).length;
	return out;
}

/** Every derived count: per plan, per rating category and per cluster. */
export function deriveFlowCounts(data: Dataset): FlowDerived {
	const plan = (stage: string) => data.plans.find((p) => p.stage_id === stage);
	const pa15 = rows(data, CLUSTERED_STAGE);
	const pa18 = rows(data, LATER_STAGE);
	const total15 = plan(CLUSTERED_STAGE)?.commitment_count ?? pa15.length;
	const total18 = plan(LATER_STAGE)?.commitment_count ?? pa18.length;
	const out: FlowDerived = {
		pa15_commitments: total15,
		pa18_commitments: total18,
		...planCounts('pa15', pa15, total15),
		...planCounts('pa18', pa18, total18)
	};
	const groups = groupByCluster(data, CLUSTERED_STAGE);
	const unplaced = groups.find((g) => g.id === NOT_IN_SOURCES)?.commitments.length ?? 0;
	// Commitments the count implies but no row lists are not placed in a cluster either.
	out.pa15_unclustered = unplaced + (total15 - pa15.length);
	out.pa15_clustered = total15 - out.pa15_unclustered;
	out.pa15_clusters = groups.filter((g) => g.id !== NOT_IN_SOURCES).length;
	for (const g of groups)
		if (g.id !== NOT_IN_SOURCES)
			out[`pa15_cluster_${g.id.replace(/-/g, '_')}`] = g.commitments.length;
	return out;
}

/**
 * figures.csv rows that state a count derivable from commitments.csv, and the derived key each
 * must equal. A figure not in figures.csv is not checked (it is simply not quoted).
 */
export const FIGURES_DERIVED: Record<string, string> = {
	pa15_commitments: 'pa15_commitments',
	pa15_irm_rated_major: 'pa15_irm_rated_major',
	pa15_irm_unrated: 'pa15_irm_unrated',
	pa15_unclustered: 'pa15_unclustered',
	pa15_dashboard_claim: 'pa15_dashboard_complete',
	pa18_commitments: 'pa18_commitments'
};

/** Each figure that disagrees with its derived count, as a sentence naming both. */
export function figureMismatches(data: Dataset, derived: FlowDerived): string[] {
	const problems: string[] = [];
	for (const [figureId, key] of Object.entries(FIGURES_DERIVED)) {
		const f = data.figures.find((x) => x.figure_id === figureId);
		if (!f) continue;
		const value = derived[key];
		if (value !== f.value)
			problems.push(
				`figures.csv ${figureId} says ${f.value}, but commitments.csv gives ${key} = ${value}`
			);
	}
	return problems;
}

/** Throws (failing the build) when a figure and its derived count disagree. */
export function checkFigures(data: Dataset, derived: FlowDerived = deriveFlowCounts(data)): void {
	const problems = figureMismatches(data, derived);
	if (problems.length > 0)
		throw new Error(
			`Counts typed in figures.csv disagree with commitments.csv:\n${problems.join('\n')}`
		);
}
