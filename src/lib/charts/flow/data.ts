/**
 * Build-time reduction of the dataset to what the commitment-flow chart draws: three plans with
 * their stated counts, one mark per commitment where a count or a row exists, the 2013–2015
 * commitments by IRM sector cluster, and links between plans only where the data states them.
 */
import { groupByCluster, NOT_IN_SOURCES, planLinks, summarizeStages } from '$lib/data/derive';
import type { DRAFTING_METHODS } from '$lib/data/schema';
import type { Commitment, Dataset, Plan } from '$lib/data/types';
import { formatPartialDate, type Locale } from '$lib/format/dates';
import { formatNumber } from '$lib/format/figures';
import { CHART_STRINGS, type FlowStrings } from '$lib/i18n/charts';
import { CLUSTERED_STAGE, FLOW_STAGES, type FlowStageId } from './states';

export type DraftingMethod = (typeof DRAFTING_METHODS)[number];

export interface FlowMarkDatum {
	/** Stable key: the row_id, or `<stage>-<n>` for marks generated from a stated count. */
	id: string;
	stage: FlowStageId;
	/** Commitment number within its plan, when known. */
	number: number | null;
	/** Tooltip text ("Commitment 5: …", Spanish official title); null for marks from a count alone. */
	title: string | null;
	/** IRM cluster id, NOT_IN_SOURCES, or null when the chart does not cluster this plan. */
	cluster: string | null;
	/** True for a commitment the plan's count implies but no row of ours lists. */
	unlisted: boolean;
}

export interface FlowStageDatum {
	stage: FlowStageId;
	/** Short name for the column header, e.g. "Extended Plan, 2012", in the page's language. */
	name: string;
	method: DraftingMethod;
	/** How it was built, as the header prints it ("jointly built"). */
	methodLabel: string;
	/** Stated number of commitments; null when no source gives it. */
	count: number | null;
	/** "36 commitments", or "count not in our sources". */
	countLabel: string;
	/** One per commitment; empty when the count is not in our sources. */
	marks: FlowMarkDatum[];
	sourceIds: string[];
}

export interface FlowGroupDatum {
	/** cluster_id, or NOT_IN_SOURCES. */
	id: string;
	/** Cluster name in the page's language (clusters.csv), or "Cluster not in our sources". */
	name: string;
	/** False for the group of commitments no source places in a cluster. */
	known: boolean;
	count: number;
	markIds: string[];
	sourceIds: string[];
}

/** One end of a link: a drawn mark, or (when the row has no mark) its plan's column. */
export interface FlowEndpoint {
	stage: FlowStageId;
	markId: string | null;
}

export interface FlowLinkDatum {
	/** `<from row_id>--<to row_id>`. */
	id: string;
	from: FlowEndpoint;
	to: FlowEndpoint;
}

export interface FlowData {
	/** The three plans, in FLOW_STAGES order. */
	stages: FlowStageDatum[];
	/** The clustered plan's commitments by cluster, in report order, unknown group last. */
	groups: FlowGroupDatum[];
	/** Commitment-to-commitment links from the `continues` column (empty when none is stated). */
	links: FlowLinkDatum[];
	/** Links in the data whose earlier row has no plan we draw (stage blank): not drawable. */
	undrawableLinks: number;
}

/** Header names built from the plan's own dates, so no year is typed here. */
function stageName(stage: FlowStageId, plan: Plan, t: FlowStrings, locale: Locale): string {
	const presented = plan.presented;
	const name = locale === 'es' ? plan.name_es : plan.name_en;
	switch (stage) {
		case 'original-2011':
			return presented && presented.precision !== 'year'
				? t.stageNames.original(
						formatPartialDate({ value: presented.value.slice(0, 7), precision: 'month' }, locale)
					)
				: name;
		case 'extended-2012':
			return presented ? t.stageNames.extended(presented.value.slice(0, 4)) : name;
		case 'plan-2013-2015':
			return t.stageNames.cycle(plan.action_plan.replace('-', '–'));
	}
}

/** Prefix of generated mark ids: `extended-1` … for the Extended Plan. */
function markPrefix(stage: FlowStageId): string {
	return stage.split('-')[0]!;
}

function rowMark(
	c: Commitment,
	stage: FlowStageId,
	clustered: boolean,
	t: FlowStrings,
	locale: Locale
): FlowMarkDatum {
	// The official Spanish title in both languages (it is the title; we do not translate it).
	const title = c.title_es ?? c.title_en ?? t.titleUnknown;
	return {
		id: c.row_id,
		stage,
		number: c.commitment_number,
		title:
			c.commitment_number !== null
				? t.commitment(formatNumber(c.commitment_number, locale), title)
				: t.commitmentNoNumber(title),
		cluster: clustered ? (c.irm_cluster ?? NOT_IN_SOURCES) : null,
		unlisted: false
	};
}

function stageMarks(
	stage: FlowStageId,
	count: number | null,
	rows: readonly Commitment[],
	t: FlowStrings,
	locale: Locale
): FlowMarkDatum[] {
	const clustered = stage === CLUSTERED_STAGE;
	const marks = rows.map((c) => rowMark(c, stage, clustered, t, locale));
	if (count === null) return marks;
	// A stated count with fewer rows than it: draw the rest as commitments we cannot list.
	const generated = rows.length === 0;
	for (let n = marks.length + 1; n <= count; n++)
		marks.push({
			id: generated ? `${markPrefix(stage)}-${n}` : `${stage}-unlisted-${n}`,
			stage,
			number: null,
			title: generated ? null : t.unlisted(formatNumber(n, locale)),
			cluster: clustered ? NOT_IN_SOURCES : null,
			unlisted: !generated
		});
	return marks;
}

/** The data the commitment-flow chart draws, from the validated dataset, in the page's language. */
export function toFlowData(dataset: Dataset, locale: Locale): FlowData {
	const t = CHART_STRINGS[locale].flow;
	const summaries = summarizeStages(dataset);
	const stages: FlowStageDatum[] = FLOW_STAGES.map((stage) => {
		const s = summaries.find((x) => x.stage === stage);
		if (!s)
			throw new Error(`plans.csv has no row for stage "${stage}", which the flow chart draws`);
		return {
			stage,
			name: stageName(stage, s.plan, t, locale),
			method: s.plan.drafting_method,
			methodLabel: t.methods[s.plan.drafting_method],
			count: s.count,
			countLabel: s.count === null ? t.countUnknown : t.commitments(formatNumber(s.count, locale)),
			marks: s.count === null ? [] : stageMarks(stage, s.count, s.commitments, t, locale),
			sourceIds: [...s.plan.source_ids]
		};
	});

	const clustered = stages.find((s) => s.stage === CLUSTERED_STAGE)!;
	const groups: FlowGroupDatum[] = groupByCluster(dataset, CLUSTERED_STAGE).map((g) => ({
		id: g.id,
		name: g.cluster ? (locale === 'es' ? g.cluster.name_es : g.cluster.name_en) : t.clusterUnknown,
		known: g.cluster !== null,
		count: g.commitments.length,
		markIds: g.commitments.map((c) => c.row_id),
		sourceIds: g.cluster ? [...g.cluster.source_ids] : []
	}));
	// Marks the count implies beyond the rows we hold have no cluster in our sources either.
	const unlisted = clustered.marks.filter((m) => m.unlisted).map((m) => m.id);
	if (unlisted.length > 0) {
		const unknown = groups.find((g) => g.id === NOT_IN_SOURCES);
		if (unknown) {
			unknown.markIds.push(...unlisted);
			unknown.count += unlisted.length;
		} else
			groups.push({
				id: NOT_IN_SOURCES,
				name: t.clusterUnknown,
				known: false,
				count: unlisted.length,
				markIds: unlisted,
				sourceIds: []
			});
	}

	const markIds = new Set(stages.flatMap((s) => s.marks.map((m) => m.id)));
	const endpoint = (c: Commitment): FlowEndpoint | null => {
		const stage = FLOW_STAGES.find((s) => s === c.stage);
		if (!stage) return null;
		const generated =
			c.commitment_number !== null ? `${markPrefix(stage)}-${c.commitment_number}` : null;
		const markId = markIds.has(c.row_id)
			? c.row_id
			: generated && markIds.has(generated)
				? generated
				: null;
		return { stage, markId };
	};
	const links: FlowLinkDatum[] = [];
	let undrawableLinks = 0;
	for (const link of planLinks(dataset)) {
		const from = endpoint(link.from);
		const to = endpoint(link.to);
		if (from && to) links.push({ id: `${link.from.row_id}--${link.to.row_id}`, from, to });
		else undrawableLinks++;
	}

	return { stages, groups, links, undrawableLinks };
}
