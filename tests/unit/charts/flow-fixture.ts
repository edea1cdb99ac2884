/**
 * Small synthetic flow data for layout tests (never real data): plans with a few marks, ratings
 * chosen per case. Every title says it is synthetic.
 */
import type { FlowData, FlowMarkDatum, FlowStageDatum } from '$lib/charts/flow/data';
import type { Completion, Opened } from '$lib/charts/flow/encoding';
import { FLOW_STRINGS } from '$lib/charts/flow/strings';
import type { FlowStageId } from '$lib/charts/flow/states';

export interface FixtureOptions {
	extended?: number;
	second?: number;
	later?: number;
	/** Ratings of the second plan's marks, in order (missing = unrated). */
	opened?: (Opened | null)[];
	completion?: (Completion | null)[];
	laterOpened?: (Opened | null)[];
	clusters?: number;
}

const t = FLOW_STRINGS.en;

function marks(stage: FlowStageId, n: number, o: FixtureOptions): FlowMarkDatum[] {
	return Array.from({ length: n }, (_, i) => ({
		id: `${stage}-syn-${i + 1}`,
		stage,
		title: `Synthetic commitment ${i + 1}`,
		short: stage === 'plan-2013-2015' && i === 0 ? 'Synthetic one' : null,
		cluster: stage === 'plan-2013-2015' ? `cluster-${i % (o.clusters ?? 3)}` : null,
		dashboardPct: stage === 'plan-2013-2015' ? 100 : null,
		opened:
			(stage === 'plan-2013-2015'
				? o.opened?.[i]
				: stage === 'plan-2016-2018'
					? o.laterOpened?.[i]
					: null) ?? null,
		completion: stage === 'plan-2013-2015' ? (o.completion?.[i] ?? null) : null,
		disputed: stage === 'plan-2013-2015' && i === n - 1
	}));
}

function stage(id: FlowStageId, count: number | null, o: FixtureOptions): FlowStageDatum {
	return {
		stage: id,
		header: count === null ? `Synthetic ${id}` : `Synthetic ${id}: ${count} commitments`,
		count,
		who: `synthetic authors of ${id}`,
		window: id === 'extended-2012' ? t.window('June 2012', 'September 2012') : null,
		marks: count === null ? [] : marks(id, count, o)
	};
}

export function flowFixture(o: FixtureOptions = {}): FlowData {
	const second = stage('plan-2013-2015', o.second ?? 26, o);
	const clusters = o.clusters ?? 3;
	return {
		stages: [
			stage('original-2011', null, o),
			stage('extended-2012', o.extended ?? 36, o),
			second,
			stage('plan-2016-2018', o.later ?? 11, o)
		],
		groups: Array.from({ length: clusters }, (_, c) => ({
			id: `cluster-${c}`,
			label: `Synthetic cluster ${c}`,
			known: true,
			markIds: second.marks.filter((m) => m.cluster === `cluster-${c}`).map((m) => m.id)
		})),
		selfReport: {
			title: 'Self-report, synthetic',
			sum: '21 + 15 + 2 = 38, not 36',
			parts: [
				{ id: 'met', n: 21, label: 'met' },
				{ id: 'partial', n: 15, label: 'partly met' },
				{ id: 'none', n: 2, label: 'not met' }
			],
			stated: 36
		},
		claim: { cuts: t.claim.cuts('1 · 2 · 3'), final: t.claim.final('synthetic date', '26', '26') },
		dispute: {
			markId: second.marks.at(-1)!.id,
			claim: t.dispute.claim('9'),
			objection: t.dispute.objection('at least 4')
		},
		third: {
			dashboard: t.third.dashboard('8', '11', '93'),
			irm: t.third.irm('2', '11'),
			done: 8,
			significant: 2,
			total: o.later ?? 11
		},
		words: {
			unknown: t.unknown,
			opened: t.opened,
			completion: t.completion,
			third: { early: t.third.early, measures: t.third.measures },
			verdictTitle: t.verdict.title,
			completionTitle: t.verdict.completionTitle,
			noRating: t.verdict.noRating,
			claimComplete: t.claim.complete,
			commitmentMark: t.commitmentMark,
			selfReportParts: { met: 'met', partial: 'partly met', none: 'not met' }
		},
		derived: {}
	};
}
