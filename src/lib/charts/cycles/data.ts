/**
 * Build-time reduction of the dataset to what the plan-cycles chart draws: each plan's three
 * dates (as the spans they cover), the windows `planCycles` finds between known dates, and the
 * 2013–2015 plan's dashboard cuts and results presentation. Plain, serialisable values only.
 */
import { toRange } from '$lib/data/dates';
import { planCycles } from '$lib/data/derive';
import type { DatePrecision, StageId } from '$lib/data/schema';
import type { Dataset, PartialDate, Plan } from '$lib/data/types';
import { formatPartialDate, type Locale } from '$lib/format/dates';
import type { CycleDateField } from '$lib/i18n/charts';

/** A date as precise as the sources give it, with the span it covers (UTC ms, end exclusive). */
export interface CycleDate {
	value: string;
	precision: DatePrecision;
	start: number;
	end: number;
	/** "20 September 2011", "April 2013", "2014": never more precise than the data; page language. */
	label: string;
}

export interface Span {
	start: number;
	end: number;
}

export interface CyclesPlan {
	id: StageId;
	/** plans.csv name_en or name_es, in the page's language. */
	name: string;
	draftingStart: CycleDate | null;
	presented: CycleDate | null;
	implementationEnd: CycleDate | null;
	/** Drafting start → presentation; null unless both are known. */
	drafting: Span | null;
	/** Presentation → end of the window; null unless both are known. */
	implementation: Span | null;
	/** Dates that are our editorial judgement, not a source's (plans.csv editorial_fields). */
	editorial: CycleDateField[];
	sourceIds: string[];
}

export type CyclesEventKind = 'dashboard-cut' | 'results';

export interface CyclesEvent {
	id: string;
	kind: CyclesEventKind;
	date: CycleDate;
	sourceIds: string[];
}

export interface CyclesData {
	plans: CyclesPlan[];
	/** The plan the dashboard state zooms on. */
	focus: StageId;
	/** The focus plan's public progress cuts and results presentation, in date order. */
	events: CyclesEvent[];
}

/** The 2013–2015 plan: its dashboard is the one the story follows. */
const FOCUS: StageId = 'plan-2013-2015';

/** events.csv rows the dashboard state draws, with the kind each must have. */
const FOCUS_EVENTS: readonly { id: string; kind: CyclesEventKind; csvKind: string }[] = [
	{ id: '2014-10-27-dashboard-cut-1', kind: 'dashboard-cut', csvKind: 'milestone' },
	{ id: '2015-03-08-dashboard-cut-2', kind: 'dashboard-cut', csvKind: 'milestone' },
	{ id: '2015-07-22-dashboard-cut-3', kind: 'dashboard-cut', csvKind: 'milestone' },
	{ id: '2015-09-17-pa15-results', kind: 'results', csvKind: 'plan' }
];

function toCycleDate(d: PartialDate | null, locale: Locale): CycleDate | null {
	if (!d) return null;
	const { start, end } = toRange(d);
	return {
		value: d.value,
		precision: d.precision,
		start,
		end,
		label: formatPartialDate(d, locale)
	};
}

/** plans.csv columns this chart draws, by the name the chart gives them. */
const DATE_COLUMNS: Record<CycleDateField, keyof Plan & Plan['editorial_fields'][number]> = {
	draftingStart: 'drafting_start',
	presented: 'presented',
	implementationEnd: 'implementation_end'
};

/** The plan's dates that editorial_fields names as our judgement, in drawing order. */
export function editorialDates(plan: Pick<Plan, 'editorial_fields'>): CycleDateField[] {
	return (Object.keys(DATE_COLUMNS) as CycleDateField[]).filter((f) =>
		plan.editorial_fields.includes(DATE_COLUMNS[f])
	);
}

export function toCyclesData(dataset: Dataset, locale: Locale): CyclesData {
	const plans = planCycles(dataset).map(({ stage, plan, drafting, implementation }) => ({
		id: stage,
		name: locale === 'es' ? plan.name_es : plan.name_en,
		draftingStart: toCycleDate(plan.drafting_start, locale),
		presented: toCycleDate(plan.presented, locale),
		implementationEnd: toCycleDate(plan.implementation_end, locale),
		drafting: drafting && { start: drafting.start, end: drafting.end },
		implementation: implementation && { start: implementation.start, end: implementation.end },
		editorial: editorialDates(plan),
		sourceIds: [...plan.source_ids]
	}));
	if (!plans.some((p) => p.id === FOCUS)) throw new Error(`plans.csv has no stage "${FOCUS}"`);
	const events = FOCUS_EVENTS.map(({ id, kind, csvKind }) => {
		const e = dataset.events.find((x) => x.event_id === id);
		if (!e) throw new Error(`events.csv has no event_id "${id}", which the cycles chart draws`);
		if (e.kind !== csvKind)
			throw new Error(`events.csv "${id}" has kind "${e.kind}", not "${csvKind}"`);
		return { id, kind, date: toCycleDate(e.date, locale)!, sourceIds: [...e.source_ids] };
	}).sort((a, b) => a.date.end - b.date.end);
	return { plans, focus: FOCUS, events };
}
