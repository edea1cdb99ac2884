import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import {
	checkFigures,
	deriveFlowCounts,
	figureMismatches,
	FIGURES_DERIVED
} from '$lib/charts/flow/derived';
import type { Dataset } from '$lib/data/types';

const real = loadDataset();

/** The dataset with some commitments changed (synthetic edits, never written to data/). */
function edited(
	change: (c: Dataset['commitments'][number]) => Partial<Dataset['commitments'][number]>
): Dataset {
	return { ...real, commitments: real.commitments.map((c) => ({ ...c, ...change(c) })) };
}

describe('counts derived from commitments.csv', () => {
	it('match every figure that states one (the real data)', () => {
		expect(figureMismatches(real, deriveFlowCounts(real))).toEqual([]);
		const d = deriveFlowCounts(real);
		expect(d).toMatchObject({
			pa15_commitments: 26,
			pa15_irm_rated: 3,
			pa15_irm_unrated: 23,
			pa15_irm_rated_major: 3,
			pa15_unclustered: 13,
			pa15_clustered: 13,
			pa15_clusters: 4,
			pa15_dashboard_complete: 26,
			pa15_disputed: 1,
			pa18_commitments: 11,
			pa18_listed: 4,
			pa18_irm_rated: 4,
			pa18_irm_rated_marginal: 3,
			pa18_irm_rated_did_not_change: 1,
			pa18_irm_unrated: 7
		});
	});

	it.each([
		[
			'a complete export rates every commitment',
			edited((c) => (c.stage === 'plan-2013-2015' ? { did_it_open_government: 'Marginal' } : {})),
			[
				'pa15_irm_rated_major says 3, but commitments.csv gives pa15_irm_rated_major = 0',
				'pa15_irm_unrated says 23, but commitments.csv gives pa15_irm_unrated = 0'
			]
		],
		[
			'every commitment gets a cluster',
			edited((c) => (c.stage === 'plan-2013-2015' ? { irm_cluster: 'competitiveness' } : {})),
			['pa15_unclustered says 13, but commitments.csv gives pa15_unclustered = 0']
		]
	])('fail the build naming figure and derived value when %s', (_, data, expected) => {
		const problems = figureMismatches(data, deriveFlowCounts(data));
		for (const e of expected)
			expect(
				problems.some((p) => p.includes(e)),
				e
			).toBe(true);
		expect(() => checkFigures(data)).toThrow(/figures\.csv pa15_/);
	});

	it('checks only figures that exist (a figure may simply not be quoted)', () => {
		const data = {
			...real,
			figures: real.figures.filter((f) => !(f.figure_id in FIGURES_DERIVED))
		};
		expect(() => checkFigures(data)).not.toThrow();
	});
});
