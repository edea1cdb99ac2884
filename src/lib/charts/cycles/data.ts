/**
 * Build-time reduction of the dataset to what the plan-cycles chart draws: each plan's three
 * dates (as the spans they cover), the windows `planCycles` finds between known dates, and the
 * 2013–2015 plan's dashboard cuts and results presentation. Plain, serialisable values only.
 */
import { toRange } from '$lib/data/dates';
import { planCycles } from '$lib/data/derive';
import type { DatePrecision, StageId } from '$lib/data/schema';
import type { Dataset, PartialDate, Plan } from '$lib/data/types';
import { formatPartialDate } from '$lib/format/dates';

/** A date as precise as the sources give it, with the span it covers (UTC ms, end exclusive). */
export interface CycleDate {
	value: string;
	precision: DatePrecision;
	start: number;
	end: number;
	/** "20 September 2011", "April 2013", "2014": never more precise than the data. */
	label: string;
}

export interface Span {
	start: number;
	end: number;
}

export interface CyclesPlan {
	id: StageId;
	/** plans.csv name_en. */
	name: string;
	draftingStart: CycleDate | null;
	presented: CycleDate | null;
	implementationEnd: CycleDate | null;
	/** Drafting start → presentation; null unless both are known. */
	drafting: Span | null;
	/** Presentation → end of the window; null unless both are known. */
	implementation: Span | null;
	/** The notes call drafting_start an editorial judgement (ours, not a source's). */
	draftingStartIsEditorial: boolean;
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

function toCycleDate(d: PartialDate | null): CycleDate | null {
	if (!d) return null;
	const { start, end } = toRange(d);
	return { value: d.value, precision: d.precision, start, end, label: formatPartialDate(d, 'en') };
}

/** True when the plan's notes flag drafting_start as our editorial judgement. */
export function isEditorialDraftingStart(plan: Pick<Plan, 'notes'>): boolean {
	const notes = plan.notes ?? '';
	return notes
		.split(/(?<=\.)\s+/)
		.some(
			(sentence) => sentence.includes('Editorial judgement') && sentence.includes('drafting_start')
		);
}

export function toCyclesData(dataset: Dataset): CyclesData {
	const plans = planCycles(dataset).map(({ stage, plan, drafting, implementation }) => ({
		id: stage,
		name: plan.name_en,
		draftingStart: toCycleDate(plan.drafting_start),
		presented: toCycleDate(plan.presented),
		implementationEnd: toCycleDate(plan.implementation_end),
		drafting: drafting && { start: drafting.start, end: drafting.end },
		implementation: implementation && { start: implementation.start, end: implementation.end },
		draftingStartIsEditorial: isEditorialDraftingStart(plan),
		sourceIds: [...plan.source_ids]
	}));
	if (!plans.some((p) => p.id === FOCUS)) throw new Error(`plans.csv has no stage "${FOCUS}"`);
	const events = FOCUS_EVENTS.map(({ id, kind, csvKind }) => {
		const e = dataset.events.find((x) => x.event_id === id);
		if (!e) throw new Error(`events.csv has no event_id "${id}", which the cycles chart draws`);
		if (e.kind !== csvKind)
			throw new Error(`events.csv "${id}" has kind "${e.kind}", not "${csvKind}"`);
		return { id, kind, date: toCycleDate(e.date)!, sourceIds: [...e.source_ids] };
	}).sort((a, b) => a.date.end - b.date.end);
	return { plans, focus: FOCUS, events };
}
