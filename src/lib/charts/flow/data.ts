/**
 * Build time: the dataset reduced to what the commitment flow draws, in the page's language:
 * four plans with their stated counts and who wrote them, one mark per commitment (with what the
 * dashboard claimed and what the IRM rated, where our data holds it), the 2013–2015 plan by
 * cluster, and the facts (figures, events) its captions quote. Nothing is estimated: a value our
 * data lacks stays null and is drawn as the one quiet unknown glyph.
 */
import { groupByCluster, NOT_IN_SOURCES, summarizeStages } from '$lib/data/derive';
import type { Commitment, Dataset, Figure, Plan, TimelineEvent } from '$lib/data/types';
import { formatPartialDate, type Locale } from '$lib/format/dates';
import { formatFigure, formatNumber } from '$lib/format/figures';
import { checkFigures, deriveFlowCounts, type FlowDerived } from './derived';
import type { Completion, Opened } from './encoding';
import { FLOW_FACTS } from './facts';
import { FLOW_STRINGS, type FlowStrings } from './strings';
import { CLUSTERED_STAGE, FLOW_STAGES, type FlowStageId } from './states';

export interface FlowMarkDatum {
	/** Stable key: the row_id, or `<stage>-<n>` for marks known only from a stated count. */
	id: string;
	stage: FlowStageId;
	/** Tooltip: number and official title (Spanish in both languages), or "not listed". */
	title: string;
	/** Short name the chart may print beside the mark; null for most. */
	short: string | null;
	/** cluster_id, NOT_IN_SOURCES, or null outside the clustered plan. */
	cluster: string | null;
	/** The government dashboard's final progress (a claim), null where our data has none. */
	dashboardPct: number | null;
	opened: Opened | null;
	completion: Completion | null;
	disputed: boolean;
}

export interface FlowStageDatum {
	stage: FlowStageId;
	/** "Extended Plan, 2012: 36 commitments"; the name alone where the count is unknown. */
	header: string;
	count: number | null;
	/** Who wrote the commitments, from figures.csv; null where the data has nothing. */
	who: string | null;
	/** "presented June 2012, due September 2012", only where both dates are in plans.csv. */
	window: string | null;
	marks: FlowMarkDatum[];
}

export interface FlowGroupDatum {
	id: string;
	label: string;
	known: boolean;
	markIds: string[];
}

export interface SelfReportDatum {
	title: string;
	sum: string;
	parts: { id: 'met' | 'partial' | 'none'; n: number; label: string }[];
	stated: number;
}

export interface FlowData {
	stages: FlowStageDatum[];
	groups: FlowGroupDatum[];
	selfReport: SelfReportDatum | null;
	claim: { cuts: string | null; final: string | null };
	dispute: { markId: string; claim: string | null; objection: string | null } | null;
	third: {
		dashboard: string | null;
		irm: string | null;
		/** Unit tallies of the two aggregate measures (which commitments: not in our sources). */
		done: number | null;
		significant: number | null;
		total: number | null;
	};
	/** Plain words only: this travels to the browser as page data in some editions. */
	words: Pick<FlowStrings, 'unknown' | 'opened' | 'completion'> & {
		third: { early: string; measures: string };
		verdictTitle: string;
		completionTitle: string;
		noRating: string;
		claimComplete: string;
		commitmentMark: string;
		selfReportParts: { met: string; partial: string; none: string };
	};
	derived: FlowDerived;
}

type Facts = { fig: (id: string) => Figure | null; ev: (id: string) => TimelineEvent | null };

function facts(data: Dataset): Facts {
	return {
		fig: (id) => data.figures.find((f) => f.figure_id === id) ?? null,
		ev: (id) => data.events.find((e) => e.event_id === id) ?? null
	};
}

function monthOf(d: Plan['presented'], locale: Locale): string | null {
	if (!d || d.precision === 'year') return null;
	return formatPartialDate({ value: d.value.slice(0, 7), precision: 'month' }, locale);
}

function stageName(stage: FlowStageId, plan: Plan, t: FlowStrings, locale: Locale): string {
	const month = monthOf(plan.presented, locale);
	if (stage === 'original-2011' && month) return t.stageNames.original(month);
	if (stage === 'extended-2012' && plan.presented)
		return t.stageNames.extended(plan.presented.value.slice(0, 4));
	if (stage === 'original-2011' || stage === 'extended-2012')
		return locale === 'es' ? plan.name_es : plan.name_en;
	return t.stageNames.cycle(plan.action_plan.replace('-', '–'));
}

function who(stage: FlowStageId, f: Facts, t: FlowStrings, locale: Locale): string | null {
	const n = (id: string) => {
		const x = f.fig(id);
		return x ? formatFigure(x, locale) : null;
	};
	const F = FLOW_FACTS.who;
	const all = (ids: readonly string[]) => {
		const v = ids.map(n);
		return v.every((x) => x !== null) ? (v as string[]) : null;
	};
	const v = all(F[stage]);
	if (!v) return null;
	if (stage === 'original-2011') return t.who.original(v[0]!);
	if (stage === 'extended-2012') return t.who.extended(v[0]!, v[1]!, v[2]!);
	if (stage === 'plan-2013-2015') return t.who.second(v[0]!, v[1]!);
	return t.who.third(v[0]!);
}

function mark(c: Commitment, stage: FlowStageId, t: FlowStrings, locale: Locale): FlowMarkDatum {
	const title = c.title_es ?? c.title_en ?? c.topic_en ?? t.titleUnknown;
	const label = c.commitment_number ?? c.ogp_id;
	return {
		id: c.row_id,
		stage,
		title:
			label !== null
				? t.commitment(typeof label === 'number' ? formatNumber(label, locale) : label, title)
				: t.commitmentNoNumber(title),
		short: t.shortNames[c.row_id] ?? (stage === CLUSTERED_STAGE ? null : c.ogp_id),
		cluster: stage === CLUSTERED_STAGE ? (c.irm_cluster ?? NOT_IN_SOURCES) : null,
		dashboardPct: c.dashboard_progress_pct,
		opened: c.did_it_open_government,
		completion: c.completion_end,
		disputed: c.dispute_note !== null
	};
}

function stageMarks(
	stage: FlowStageId,
	count: number | null,
	list: readonly Commitment[],
	t: FlowStrings,
	locale: Locale
): FlowMarkDatum[] {
	const marks = list.map((c) => mark(c, stage, t, locale));
	if (count === null) return marks;
	// A stated count with fewer rows: the rest are commitments our data cannot list.
	// Short ids: every state of every mark ships in the artboard files.
	const prefix = list.length === 0 ? stage.split('-')[0]! : `${SHORT[stage]}-u`;
	for (let n = marks.length + 1; n <= count; n++)
		marks.push({
			id: `${prefix}-${n}`,
			stage,
			title: t.unlisted,
			short: null,
			cluster: stage === CLUSTERED_STAGE ? NOT_IN_SOURCES : null,
			dashboardPct: null,
			opened: null,
			completion: null,
			disputed: false
		});
	return marks;
}

/** Id prefixes of marks known only from a plan's stated count. */
const SHORT: Record<FlowStageId, string> = {
	'original-2011': 'p11',
	'extended-2012': 'ext',
	'plan-2013-2015': 'pa15',
	'plan-2016-2018': 'pa18'
};

/** The data the commitment flow draws; fails the build if a typed count disagrees with the rows. */
export function toFlowData(dataset: Dataset, locale: Locale): FlowData {
	const t = FLOW_STRINGS[locale];
	const derived = deriveFlowCounts(dataset);
	checkFigures(dataset, derived);
	const f = facts(dataset);
	const n = (v: number) => formatNumber(v, locale);
	const fmt = (id: string) => {
		const x = f.fig(id);
		return x ? formatFigure(x, locale) : null;
	};
	const summaries = summarizeStages(dataset);
	const stages = FLOW_STAGES.map((stage): FlowStageDatum => {
		const s = summaries.find((x) => x.stage === stage);
		if (!s) throw new Error(`plans.csv has no row for stage "${stage}", which the flow draws`);
		const name = stageName(stage, s.plan, t, locale);
		const presented = monthOf(s.plan.presented, locale);
		const due = s.plan.implementation_end
			? formatPartialDate(s.plan.implementation_end, locale)
			: null;
		return {
			stage,
			header: s.count === null ? name : `${name}: ${t.commitments(n(s.count))}`,
			count: s.count,
			who: who(stage, f, t, locale),
			window: stage === 'extended-2012' && presented && due ? t.window(presented, due) : null,
			marks: stageMarks(stage, s.count, s.commitments, t, locale)
		};
	});
	const clustered = stages.find((s) => s.stage === CLUSTERED_STAGE)!;
	const groups: FlowGroupDatum[] = groupByCluster(dataset, CLUSTERED_STAGE)
		.filter((g) => g.id !== NOT_IN_SOURCES)
		.map((g) => ({
			id: g.id,
			label: t.cluster(
				locale === 'es' ? g.cluster!.name_es : g.cluster!.name_en,
				n(g.commitments.length)
			),
			known: true,
			markIds: g.commitments.map((c) => c.row_id)
		}));
	const placed = new Set(groups.flatMap((g) => g.markIds));
	const unplaced = clustered.marks.filter((m) => !placed.has(m.id)).map((m) => m.id);
	if (unplaced.length > 0)
		groups.push({
			id: NOT_IN_SOURCES,
			label: t.cluster(t.clusterUnknown, n(unplaced.length)),
			known: false,
			markIds: unplaced
		});

	const S = FLOW_FACTS.selfReport;
	const [met, partial, none, stated] = [S.met, S.partial, S.none, S.stated].map(f.fig);
	const selfReport: SelfReportDatum | null =
		met && partial && none && stated
			? {
					title: t.selfReport.title(met.as_of ? formatPartialDate(met.as_of, locale) : ''),
					sum: t.selfReport.sum(
						n(met.value),
						n(partial.value),
						n(none.value),
						n(met.value + partial.value + none.value),
						n(stated.value)
					),
					parts: [
						{ id: 'met', n: met.value, label: t.selfReport.met },
						{ id: 'partial', n: partial.value, label: t.selfReport.partial },
						{ id: 'none', n: none.value, label: t.selfReport.none }
					],
					stated: stated.value
				}
			: null;

	const cutDates = FLOW_FACTS.dashboardCuts
		.map(f.ev)
		.filter((e): e is TimelineEvent => e !== null)
		.map((e) => formatPartialDate(e.date, locale));
	const results = f.ev(FLOW_FACTS.dashboardResults);
	const claimed = derived.pa15_dashboard_complete!;
	const disputedMark = clustered.marks.find((m) => m.disputed);
	const objectives = fmt(FLOW_FACTS.dispute.objectives);
	const disputedN = fmt(FLOW_FACTS.dispute.disputed);
	const T = FLOW_FACTS.third;
	const done = f.fig(T.done);
	const pct = f.fig(T.pct);
	const sig = f.fig(T.significant);
	const total = stages.find((s) => s.stage === 'plan-2016-2018')!.count;
	return {
		stages,
		groups,
		selfReport,
		claim: {
			cuts: cutDates.length > 0 ? t.claim.cuts(cutDates.join(' · ')) : null,
			final:
				results && claimed > 0
					? t.claim.final(
							formatPartialDate(results.date, locale),
							n(claimed),
							n(clustered.marks.length)
						)
					: null
		},
		dispute: disputedMark
			? {
					markId: disputedMark.id,
					claim: objectives ? t.dispute.claim(objectives) : null,
					objection: disputedN ? t.dispute.objection(disputedN) : null
				}
			: null,
		third: {
			dashboard:
				done && pct && total !== null
					? t.third.dashboard(n(done.value), n(total), n(pct.value))
					: null,
			irm: sig && total !== null ? t.third.irm(n(sig.value), n(total)) : null,
			done: done?.value ?? null,
			significant: sig?.value ?? null,
			total
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
			selfReportParts: {
				met: t.selfReport.met,
				partial: t.selfReport.partial,
				none: t.selfReport.none
			}
		},
		derived
	};
}
