/**
 * The hero graphic's rows: what the government claimed against what independent review found, for
 * the two plans where our data holds both. Every count is a figure from data/ (never typed here),
 * and the rest of a row is drawn as what it is: for 2013–2015 the commitments without a rating on
 * record stay "unknown"; for 2016–2018 the reviewers' verdict covers all eleven.
 */
import type { Dataset } from '$lib/data/types';
import type { StoryCopy } from './copy';

export type Cell = 'yes' | 'no' | 'unknown';

export interface HeroRow {
	/** The plan, as a short label ("2013–2015"). */
	plan: string;
	/** Whose statement: the government's claim or the independent review. */
	kind: 'claim' | 'review';
	label: string;
	count: number;
	total: number;
	/** One cell per commitment: counted, not counted, or no rating on record. */
	cells: Cell[];
	/** Sources of the count and the total. */
	sourceIds: string[];
}

const FIGURES = {
	'2013–2015': {
		total: 'pa15_commitments',
		claim: 'pa15_dashboard_claim',
		review: 'pa15_irm_rated_major',
		rest: 'unknown' as Cell
	},
	'2016–2018': {
		total: 'pa18_commitments',
		claim: 'pa18_dashboard_completed',
		review: 'pa18_significant_results',
		rest: 'no' as Cell
	}
} as const;

export function heroRows(data: Dataset, hero: StoryCopy['hero']): HeroRow[] {
	const figure = (id: string) => {
		const f = data.figures.find((x) => x.figure_id === id);
		if (!f) throw new Error(`hero graphic: figure "${id}" is not in data/figures.csv`);
		return f;
	};
	const labels = {
		'2013–2015': { claim: hero.claim, review: hero.review },
		'2016–2018': { claim: hero.claim2018, review: hero.review2018 }
	};
	return Object.entries(FIGURES).flatMap(([plan, ids]) => {
		const total = figure(ids.total);
		return (['claim', 'review'] as const).map((kind) => {
			const f = figure(ids[kind]);
			const rest: Cell = kind === 'claim' ? 'no' : ids.rest;
			return {
				plan,
				kind,
				label: labels[plan as keyof typeof labels][kind],
				count: f.value,
				total: total.value,
				cells: Array.from({ length: total.value }, (_, i) => (i < f.value ? 'yes' : rest)),
				sourceIds: [...new Set([...f.source_ids, ...total.source_ids])]
			};
		});
	});
}
