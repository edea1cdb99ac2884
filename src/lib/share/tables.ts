/**
 * Build time: the rows and columns one chart draws in one state, as a table for the CSV download,
 * in the reader's language. Every value comes from the chart's own build-time data (the same the
 * drawing comes from) or, for source ids, from the data rows those marks rest on. A value the data
 * lacks stays an empty cell: nothing is filled in.
 */
import type { ChartId, ChartsData } from '$lib/charts/registry';
import {
	BAND_STAGES,
	CLUSTERED_STAGE,
	LATER_STAGE,
	type FlowStageId
} from '$lib/charts/flow/states';
import { FLOW_FACTS } from '$lib/charts/flow/facts';
import { TIMELINE_STEPS, type TimelineState } from '$lib/charts/timeline/states';
import type { Dataset } from '$lib/data/types';
import type { Locale } from '$lib/format/dates';
import { SHARE_STRINGS, type ColumnId } from './strings';

export type CellValue = string | number | null;
export interface Table {
	columns: ColumnId[];
	rows: CellValue[][];
}

const ids = (list: readonly string[] | undefined) =>
	list && list.length > 0 ? list.join('; ') : null;

function timeline(
	data: ChartsData['timeline'],
	state: string,
	dataset: Dataset,
	locale: Locale
): Table {
	const t = SHARE_STRINGS[locale];
	const lit = new Set(TIMELINE_STEPS[state as TimelineState]?.lit ?? []);
	const events = new Map(dataset.events.map((e) => [e.event_id, e]));
	return {
		columns: ['event_id', 'date', 'event', 'highlighted', 'source_ids'],
		rows: data.items.map((i) => [
			i.id,
			i.date.value,
			i.text,
			lit.has(i.id) ? t.yes : t.no,
			ids(events.get(i.id)?.source_ids)
		])
	};
}

/** The plans a flow state draws: its bands, or the one plan its scene is about. */
export function flowStages(state: string): readonly FlowStageId[] {
	const bands = BAND_STAGES[state as keyof typeof BAND_STAGES];
	if (bands) return bands;
	return state === 'third-verdict' ? [LATER_STAGE] : [CLUSTERED_STAGE];
}

/** The one column a flow scene adds to the marks, by state. */
const FLOW_EXTRA: Partial<Record<string, ColumnId>> = {
	'by-cluster': 'cluster',
	claim: 'dashboard_progress_pct',
	verdict: 'did_it_open_government',
	dispute: 'disputed',
	'third-verdict': 'did_it_open_government'
};

/**
 * The figures (figures.csv) a flow state quotes beside its marks, with the plan each is about:
 * who wrote each plan drawn as a band, the first self-report's tallies, the disputed commitment's
 * figures, the 2016–2018 aggregates.
 */
export function flowStateFigures(state: string): { stage: FlowStageId; id: string }[] {
	const F = FLOW_FACTS;
	const of = (stage: FlowStageId, ids: readonly string[]) => ids.map((id) => ({ stage, id }));
	const bands = BAND_STAGES[state as keyof typeof BAND_STAGES];
	if (bands) {
		const who = bands.flatMap((stage) => of(stage, F.who[stage]));
		return state === 'self-report'
			? [...who, ...of('extended-2012', Object.values(F.selfReport))]
			: who;
	}
	if (state === 'dispute') return of(CLUSTERED_STAGE, Object.values(F.dispute));
	if (state === 'third-verdict') return of(LATER_STAGE, Object.values(F.third));
	return [];
}

function flow(data: ChartsData['flow'], state: string, dataset: Dataset, locale: Locale): Table {
	const t = SHARE_STRINGS[locale];
	const stages = flowStages(state);
	const extra = FLOW_EXTRA[state];
	const rows = new Map(dataset.commitments.map((c) => [c.row_id, c]));
	const plans = new Map(dataset.plans.map((p) => [p.stage_id, p]));
	const group = new Map(data.groups.flatMap((g) => g.markIds.map((id) => [id, g.label] as const)));
	const figures = new Map(dataset.figures.map((f) => [f.figure_id, f]));
	const quoted = flowStateFigures(state).filter(({ id }) => figures.has(id));
	const out: CellValue[][] = [];
	for (const stage of data.stages.filter((s) => stages.includes(s.stage))) {
		const planSources = ids(plans.get(stage.stage)?.source_ids);
		// A plan whose commitments are not even counted is drawn as one unknown glyph: one row,
		// its commitment cells empty.
		const marks = stage.marks.length > 0 ? stage.marks : [null];
		for (const m of marks) {
			const row = m ? rows.get(m.id) : undefined;
			const value = (): CellValue => {
				if (!m || !extra) return null;
				if (extra === 'cluster') return group.get(m.id) ?? null;
				if (extra === 'dashboard_progress_pct') return m.dashboardPct;
				if (extra === 'did_it_open_government')
					return m.opened ? data.words.opened[m.opened] : null;
				return m.disputed ? t.yes : t.no;
			};
			out.push([
				stage.header,
				row ? row.row_id : null,
				m ? m.title : null,
				...(extra ? [value()] : []),
				...(quoted.length > 0 ? [null, null, null, null] : []),
				row ? ids(row.source_ids) : planSources
			]);
		}
	}
	// Then the figures the state quotes, one row each, as figures.csv has them.
	const headers = new Map(data.stages.map((s) => [s.stage, s.header]));
	for (const { stage, id } of quoted) {
		const f = figures.get(id);
		if (!f) continue;
		out.push([
			headers.get(stage) ?? null,
			null,
			null,
			...(extra ? [null] : []),
			f.figure_id,
			f.value,
			f.qualifier,
			locale === 'es' ? f.description_es : f.description_en,
			ids(f.source_ids)
		]);
	}
	const columns: ColumnId[] = [
		'plan',
		'commitment_id',
		'commitment',
		...(extra ? [extra] : []),
		...(quoted.length > 0 ? (['figure_id', 'value', 'qualifier', 'description'] as const) : []),
		'source_ids'
	];
	return { columns, rows: out };
}

function cycles(data: ChartsData['cycles']): Table {
	return {
		columns: [
			'plan',
			'commitments',
			'drafting_start',
			'presented',
			'implementation_end',
			'source_ids'
		],
		rows: data.plans.map((p) => [
			p.name,
			p.commitments,
			p.draftingStart?.value ?? null,
			p.presented?.value ?? null,
			p.implementationEnd?.value ?? null,
			ids(p.sourceIds)
		])
	};
}

function membership(data: ChartsData['membership']): Table {
	return {
		columns: ['figure_id', 'date', 'value', 'measure', 'description', 'source_ids'],
		rows: data.figures.map((f) => [
			f.id,
			f.date?.value ?? null,
			f.text,
			f.measureLabel,
			f.description,
			ids(f.sourceIds)
		])
	};
}

/** What one chart shows in one state, as rows. */
export function chartTable(
	chart: ChartId,
	state: string,
	charts: ChartsData,
	dataset: Dataset,
	locale: Locale
): Table {
	switch (chart) {
		case 'timeline':
			return timeline(charts.timeline, state, dataset, locale);
		case 'flow':
			return flow(charts.flow, state, dataset, locale);
		case 'cycles':
			return cycles(charts.cycles);
		case 'membership':
			return membership(charts.membership);
	}
}

const quote = (v: CellValue): string => {
	if (v === null) return '';
	const s = String(v);
	return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * RFC 4180 text with a header comment: `# ` lines naming the story and the chart, then the header
 * row and the rows (LF line ends, UTF-8). Readers that take comments (pandas `comment='#'`,
 * csv-parse `comment: '#'`) read it as is; the comment lines are the only non-table lines.
 */
export function toCsv(table: Table, comments: readonly string[], locale: Locale): string {
	const header = table.columns.map((c) => SHARE_STRINGS[locale].columns[c]);
	const lines = [
		...comments.map((c) => `# ${c.replace(/[\r\n]+/g, ' ')}`),
		header.map(quote).join(','),
		...table.rows.map((r) => r.map(quote).join(','))
	];
	return `${lines.join('\n')}\n`;
}
