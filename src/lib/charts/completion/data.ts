/**
 * Build-time reduction of the dataset to what the completion chart draws: the first plan's
 * self-reported status (with its arithmetic) and the second plan's commitments by sector cluster,
 * each with the three lenses (government claim, independent rating, civil-society dispute).
 */
import {
	completionLenses,
	figure,
	groupByCluster,
	NOT_IN_SOURCES,
	selfReportedStatus,
	type LensCounts
} from '$lib/data/derive';
import type { Dataset, Figure, PartialDate } from '$lib/data/types';
import type { Locale } from '$lib/format/dates';
import { formatFigure } from '$lib/format/figures';
import { CHART_STRINGS } from '$lib/i18n/charts';

/** A number the chart quotes, with the sources it rests on. */
export interface CompletionFigure {
	id: string;
	value: number;
	qualifier: Figure['qualifier'];
	/** The number as a reader sees it, with its qualifier ("at least 4"), in the page's language. */
	text: string;
	unit: string;
	asOf: PartialDate | null;
	sourceIds: string[];
}

/** One commitment of the 2013–2015 plan: one square. */
export interface CompletionSquare {
	/** row_id: the square's identity across states. */
	id: string;
	/** Commitment number in the plan; null if no source gives it. */
	number: number | null;
	/** Official Spanish title; null when not in our sources (never made up). */
	titleEs: string | null;
	/** The dashboard's final progress (a government claim); null = not in our sources. */
	dashboardPct: number | null;
	/** IRM "did it open government?" rating; null = not rated in our sources. */
	rating: string | null;
	/** True when a civil-society organisation disputed the claim for it. */
	disputed: boolean;
	sourceIds: string[];
}

/** A sector cluster (or the group whose cluster is not in our sources), in report order. */
export interface CompletionGroup {
	/** cluster_id, or NOT_IN_SOURCES. */
	id: string;
	/** Name from clusters.csv in the page's language, or "Cluster not in our sources". */
	name: string;
	/** False for the group whose cluster our sources do not give. */
	known: boolean;
	squares: CompletionSquare[];
	counts: LensCounts;
}

export interface SelfReportSegment {
	id: 'met' | 'partial' | 'none';
	/** What the status means, in a few words, in the page's language. */
	meaning: string;
	figure: CompletionFigure;
}

export interface CompletionData {
	selfReport: {
		/** Name of the plan the report is about (plans.csv, in the page's language). */
		planName: string;
		segments: SelfReportSegment[];
		/** The parts added up (our arithmetic). */
		sum: number;
		/** Our published sum figure, when figures.csv holds it. */
		sumFigure: CompletionFigure | null;
		/** The number of commitments the plan had. */
		stated: CompletionFigure;
		inconsistent: boolean;
	};
	/** Name of the plan whose commitments the lenses show (plans.csv, in the page's language). */
	planName: string;
	groups: CompletionGroup[];
	/**
	 * The highest progress the dashboard shows for any commitment (dashboard_progress_pct), and how
	 * many it shows there: the government's claim, as the headline states it. Null when our sources
	 * give no dashboard value at all.
	 */
	dashboardTop: { pct: number; count: number } | null;
	/** All groups together, counted from the rows. */
	totals: LensCounts;
	/** The dispute's numbers, and the commitment they are about. */
	dispute: {
		rowId: string;
		disputed: CompletionFigure;
		objectives: CompletionFigure;
	};
	/** Sourced figures for the plan-wide counts (the chart draws the counts from the rows). */
	figures: {
		commitments: CompletionFigure;
		dashboardClaim: CompletionFigure;
		irmRatedMajor: CompletionFigure;
		irmUnrated: CompletionFigure;
	};
}

function toFigure(f: Figure, locale: Locale): CompletionFigure {
	return {
		id: f.figure_id,
		value: f.value,
		qualifier: f.qualifier,
		text: formatFigure(f, locale),
		unit: f.unit,
		asOf: f.as_of,
		sourceIds: [...f.source_ids]
	};
}

export function toCompletionData(dataset: Dataset, locale: Locale): CompletionData {
	const t = CHART_STRINGS[locale].completion;
	const report = selfReportedStatus(dataset);
	if (!report) throw new Error('figures.csv lacks the self-reported status figures (paa_status_*)');
	const planName = (stage: string) => {
		const plan = dataset.plans.find((p) => p.stage_id === stage);
		if (!plan) throw new Error(`plans.csv has no ${stage} row`);
		return locale === 'es' ? plan.name_es : plan.name_en;
	};
	const sumFigure = dataset.figures.find((f) => f.figure_id === 'paa_status_sum');
	const fig = (id: string) => toFigure(figure(dataset, id), locale);

	const clusterGroups = groupByCluster(dataset, 'plan-2013-2015');
	const lenses = completionLenses(clusterGroups);
	const groups: CompletionGroup[] = clusterGroups.map((g, i) => ({
		id: g.id,
		name: g.cluster ? (locale === 'es' ? g.cluster.name_es : g.cluster.name_en) : t.clusterUnknown,
		known: g.id !== NOT_IN_SOURCES,
		squares: g.commitments.map((c) => ({
			id: c.row_id,
			number: c.commitment_number,
			titleEs: c.title_es,
			dashboardPct: c.dashboard_progress_pct,
			rating: c.did_it_open_government,
			disputed: c.dispute_note !== null,
			sourceIds: [...c.source_ids]
		})),
		counts: lenses[i]!
	}));

	const squares = groups.flatMap((g) => g.squares);
	const c26 = squares.find((s) => s.number === 26);
	if (!c26?.disputed)
		throw new Error('figures pa15_c26_* describe a dispute that commitments.csv does not record');
	const pcts = squares.flatMap((s) => (s.dashboardPct === null ? [] : [s.dashboardPct]));
	const top = pcts.length > 0 ? Math.max(...pcts) : null;

	return {
		selfReport: {
			planName: planName('extended-2012'),
			segments: (['met', 'partial', 'none'] as const).map((id) => ({
				id,
				meaning: t.meanings[id],
				figure: toFigure(report[id], locale)
			})),
			sum: report.sum,
			sumFigure: sumFigure ? toFigure(sumFigure, locale) : null,
			stated: toFigure(report.stated, locale),
			inconsistent: report.inconsistent
		},
		planName: planName('plan-2013-2015'),
		groups,
		dashboardTop: top === null ? null : { pct: top, count: pcts.filter((p) => p === top).length },
		totals: sumLenses(lenses),
		dispute: {
			rowId: c26.id,
			disputed: fig('pa15_c26_disputed'),
			objectives: fig('pa15_c26_objectives')
		},
		figures: {
			commitments: fig('pa15_commitments'),
			dashboardClaim: fig('pa15_dashboard_claim'),
			irmRatedMajor: fig('pa15_irm_rated_major'),
			irmUnrated: fig('pa15_irm_unrated')
		}
	};
}

function sumLenses(lenses: readonly LensCounts[]): LensCounts {
	const irm: Record<string, number> = {};
	for (const l of lenses) for (const [k, v] of Object.entries(l.irm)) irm[k] = (irm[k] ?? 0) + v;
	const add = (key: 'total' | 'claimedComplete' | 'claimUnknown' | 'irmUnrated' | 'disputed') =>
		lenses.reduce((n, l) => n + l[key], 0);
	return {
		id: 'all',
		total: add('total'),
		claimedComplete: add('claimedComplete'),
		claimUnknown: add('claimUnknown'),
		irm,
		irmUnrated: add('irmUnrated'),
		disputed: add('disputed')
	};
}
